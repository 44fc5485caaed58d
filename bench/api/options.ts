/** Command line of the API load benchmark (`npm run bench -- api …`). */
import { parseArgs } from 'node:util';

export const API_BENCH_USAGE = `usage: npm run bench -- api [--duration S] [--connections N] [--only name,name] [--json FILE]
                          [--timeout S] [--fresh] [--keep-data] [--profile DIR [--requests N]]
  --duration     seconds of load per route (default 10)
  --connections  concurrent connections per route (default 50)
  --only         routes to measure, comma-separated (default: all); names: ROUTE_NAMES
  --json         also write the results to FILE
  --timeout      seconds after which autocannon counts a request as timed out (default 10)
  --fresh        rebuild the cached demo data folder (tmp/bench-api/demo-data) first
  --keep-data    keep this run's data folder (tmp/bench-api/run-…) instead of removing it
  --profile DIR  profiling run instead: server under node --cpu-prof, PostgreSQL with
                 pg_stat_statements; a fixed number of requests per route (--requests, default 100);
                 default routes: the slow ones; summary printed and written to DIR`;

/** Every route the benchmark knows, in the order measured. */
export const ROUTE_NAMES = [
  'health',
  'agreements',
  'agreement',
  'monitoring',
  'monitoring-m6',
  'values-kreis',
  'values-unit',
  'comparison',
  'report-pdf',
  'overview',
] as const;
export type RouteName = (typeof ROUTE_NAMES)[number];

/** The routes a profiling run looks at unless --only says otherwise. */
export const SLOW_ROUTES: readonly RouteName[] = [
  'monitoring',
  'values-kreis',
  'comparison',
  'report-pdf',
  'overview',
];

export interface ApiBenchOptions {
  durationS: number;
  connections: number;
  only: RouteName[] | null;
  jsonFile: string | null;
  timeoutS: number;
  fresh: boolean;
  keepData: boolean;
  profileDir: string | null;
  requests: number;
}

const usage = () => API_BENCH_USAGE.replace('ROUTE_NAMES', ROUTE_NAMES.join(', '));

function positive(name: string, text: string, integer: boolean): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n)))
    throw new Error(
      `--${name} must be a positive ${integer ? 'whole ' : ''}number, got ${JSON.stringify(text)}\n${usage()}`,
    );
  return n;
}

export function parseApiBenchOptions(args: string[]): ApiBenchOptions {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '50' },
      only: { type: 'string' },
      json: { type: 'string' },
      timeout: { type: 'string', default: '10' },
      fresh: { type: 'boolean', default: false },
      'keep-data': { type: 'boolean', default: false },
      profile: { type: 'string' },
      requests: { type: 'string', default: '100' },
    },
  });
  let only: RouteName[] | null = null;
  if (values.only !== undefined) {
    const names = values.only
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const unknown = names.filter((n) => !(ROUTE_NAMES as readonly string[]).includes(n));
    if (names.length === 0 || unknown.length > 0)
      throw new Error(`--only: unknown route ${unknown.join(', ') || '(none given)'}\n${usage()}`);
    only = names as RouteName[];
  }
  const connections = positive('connections', values.connections, true);
  const requests = positive('requests', values.requests, true);
  return {
    durationS: positive('duration', values.duration, false),
    connections,
    only,
    jsonFile: values.json ?? null,
    timeoutS: positive('timeout', values.timeout, false),
    fresh: values.fresh,
    keepData: values['keep-data'],
    profileDir: values.profile ?? null,
    // autocannon needs at least one request per connection
    requests: Math.max(requests, connections),
  };
}
