/** Wall-clock timing of repeated runs: the first (cold) run apart, then median and minimum of the rest. */
export interface Timing {
  label: string;
  coldMs: number;
  medianMs: number;
  minMs: number;
  runs: number;
  /** what one run produced (bytes, pages …), for the report line */
  note: string;
}

export async function time(
  label: string,
  runs: number,
  work: () => Promise<string> | string,
): Promise<Timing> {
  let started = performance.now();
  const note = await work();
  const coldMs = performance.now() - started;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const mid = samples.length >> 1;
  const medianMs =
    samples.length % 2 === 1 ? samples[mid]! : (samples[mid - 1]! + samples[mid]!) / 2;
  return { label, coldMs, medianMs, minMs: samples[0]!, runs, note };
}

const ms = (x: number) => `${x.toFixed(0).padStart(6)} ms`;

export function formatTimings(
  timings: readonly Timing[],
  targets: Readonly<Record<string, number>>,
): string {
  const width = Math.max(...timings.map((t) => t.label.length));
  return timings
    .map((t) => {
      const target = targets[t.label];
      const verdict =
        target === undefined
          ? ''
          : `  target < ${target} ms: ${t.medianMs < target ? 'ok' : 'MISSED'}`;
      return `${t.label.padEnd(width)}  median ${ms(t.medianMs)}  min ${ms(t.minMs)}  first ${ms(t.coldMs)}  (${t.runs} runs; ${t.note})${verdict}`;
    })
    .join('\n');
}
