/**
 * Time and memory per phase of the engine, for `kpi compute --timings` and the benchmark: the
 * budget (bund scale in 60 s on two cores) is met or missed phase by phase. CPU time is the whole
 * process's user + system time, so it includes DuckDB's threads.
 */

export interface PhaseTiming {
  phase: string;
  /** Wall time, milliseconds. */
  wallMs: number;
  /** User + system CPU time of the process, milliseconds. */
  cpuMs: number;
  /** Resident set size at the end of the phase and its peak so far, MiB. */
  rssMiB: number;
  peakRssMiB: number;
}

export type PhaseListener = (timing: PhaseTiming) => void;

/** Returns `end(phase)`, which reports the phase that began at the previous call (or at creation). */
export function startPhaseClock(listener: PhaseListener | undefined): (phase: string) => void {
  if (listener === undefined) return () => {};
  let wall = performance.now();
  let cpu = process.cpuUsage();
  return (phase) => {
    const wallNow = performance.now();
    const cpuNow = process.cpuUsage();
    listener({
      phase,
      wallMs: wallNow - wall,
      cpuMs: (cpuNow.user - cpu.user + cpuNow.system - cpu.system) / 1000,
      rssMiB: process.memoryUsage.rss() / 2 ** 20,
      // maxRSS is in KiB (getrusage).
      peakRssMiB: process.resourceUsage().maxRSS / 1024,
    });
    wall = wallNow;
    cpu = cpuNow;
  };
}

/** One stderr line per phase: `timing <phase>: wall 1.23 s, cpu 2.34 s, rss 567 MiB (peak 890 MiB)`. */
export function formatPhaseTiming(t: PhaseTiming): string {
  return `timing ${t.phase}: wall ${(t.wallMs / 1000).toFixed(2)} s, cpu ${(t.cpuMs / 1000).toFixed(2)} s, rss ${Math.round(t.rssMiB)} MiB (peak ${Math.round(t.peakRssMiB)} MiB)`;
}
