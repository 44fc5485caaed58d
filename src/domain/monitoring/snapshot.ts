/** Reading a MetricSnapshot: which months have usable figures. Months are 1–12. */
import type { MetricSnapshot, Observation } from './types.ts';

/** An observation whose value can be judged ('fehlend' or a null value cannot). */
export function usableValue(observation: Observation | null | undefined): number | null {
  if (observation === null || observation === undefined || observation.quality === 'fehlend')
    return null;
  return observation.value;
}

/** The latest month of the target year with a usable figure, null if none. */
export function latestUsableMonth(snapshot: MetricSnapshot): number | null {
  for (let month = Math.min(12, snapshot.current.length); month >= 1; month--) {
    if (usableValue(snapshot.current[month - 1]) !== null) return month;
  }
  return null;
}

export function currentValue(snapshot: MetricSnapshot, month: number): number | null {
  return usableValue(snapshot.current[month - 1]);
}

export function referenceValue(snapshot: MetricSnapshot, month: number): number | null {
  return usableValue(snapshot.reference[month - 1]);
}
