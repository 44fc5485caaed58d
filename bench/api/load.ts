/**
 * One route under load with autocannon's programmatic API.
 *
 * Percentiles: autocannon's result.latency carries p2_5, p50, p75, p90, p97_5, p99 … (from
 * hdr-histogram-percentiles-obj's fixed list) but no p95. Its instance emits 'response'
 * (client, statusCode, resBytes, responseTime in ms from process.hrtime) for every response
 * (lib/run.js, onResponse): the benchmark keeps every response time and computes p50/p95/p99
 * exactly from them (nearest rank), over all responses as autocannon's histogram does by default.
 * resBytes are the bytes read from the socket for that response (status line and headers included).
 */
import autocannon from 'autocannon';
import { percentile } from './percentile.ts';

export interface LoadRequest {
  url: string;
  headers: Record<string, string>;
  connections: number;
  /** seconds of load, or a fixed number of requests (`amount`) */
  durationS?: number;
  amount?: number;
  timeoutS: number;
}

export interface LoadResult {
  requests: number;
  durationS: number;
  rps: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  /** autocannon's own figures, for comparison */
  autocannon: { p50: number; p90: number; p97_5: number; p99: number; rpsMean: number };
  non2xx: number;
  statusCodes: Record<string, number>;
  errors: number;
  timeouts: number;
  bytesPerResponse: number;
  /** monotonic clock (µs, CLOCK_MONOTONIC like V8's profile timestamps) at start and end */
  startedUs: number;
  endedUs: number;
}

const nowUs = () => Number(process.hrtime.bigint() / 1000n);

let current: autocannon.Instance | null = null;
/** Stops the load that is running, if any (Ctrl+C). */
export function stopLoad(): void {
  current?.stop();
}

export function runLoad(req: LoadRequest): Promise<LoadResult> {
  const times: number[] = [];
  let bytes = 0;
  const startedUs = nowUs();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: req.url,
        headers: req.headers,
        connections: req.connections,
        ...(req.amount === undefined ? { duration: req.durationS ?? 10 } : { amount: req.amount }),
        timeout: req.timeoutS,
      },
      (error, result) => {
        current = null;
        if (error) return reject(error);
        const endedUs = nowUs();
        times.sort((a, b) => a - b);
        const durationS = (endedUs - startedUs) / 1e6;
        resolve({
          requests: times.length,
          durationS,
          rps: times.length / durationS,
          latencyMs: {
            p50: percentile(times, 50),
            p95: percentile(times, 95),
            p99: percentile(times, 99),
            max: times.at(-1) ?? Number.NaN,
            mean: times.length === 0 ? Number.NaN : times.reduce((s, t) => s + t, 0) / times.length,
          },
          autocannon: {
            p50: result.latency.p50,
            p90: result.latency.p90,
            p97_5: result.latency.p97_5,
            p99: result.latency.p99,
            rpsMean: result.requests.average,
          },
          non2xx: result.non2xx,
          statusCodes: Object.fromEntries(
            Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [
              code,
              (s as { count: number }).count,
            ]),
          ),
          errors: result.errors,
          timeouts: result.timeouts,
          bytesPerResponse: times.length === 0 ? 0 : bytes / times.length,
          startedUs,
          endedUs,
        });
      },
    );
    current = instance;
    instance.on('response', (_client, _status, resBytes, responseTime) => {
      times.push(responseTime);
      bytes += resBytes;
    });
  });
}
