/** Helpers for the stage-1 unit tests: a calendar without DuckDB and a seeded random source. */
import { dayOf, type Calendar } from './calendar.ts';

/** Day number of an ISO date. */
export const isoDay = (iso: string): number =>
  Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

/**
 * The calendar of months `first` … `last` (absolute month indexes) with the 15th as Stichtag,
 * except `custom` (month index → day of the month).
 */
export function calendarOf(
  first: number,
  last: number,
  custom: ReadonlyMap<number, number> = new Map(),
): Calendar {
  const stichtag = new Map<number, number>();
  for (let mi = first - 1; mi <= last + 13; mi++) stichtag.set(mi, dayOf(mi, custom.get(mi) ?? 15));
  return { first, last, firstDay: dayOf(first, 1), lastDay: dayOf(last + 1, 1) - 1, stichtag };
}

/** A seeded pseudo-random source (mulberry32): int(a, b) is uniform in a … b. */
export function randomSource(seed: number): { int: (a: number, b: number) => number } {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return { int: (a, b) => a + Math.floor(next() * (b - a + 1)) };
}
