/**
 * Observation period and Stichtage (kennzahlen.md §1): the period runs from the first to the
 * last month of any date or month in elb_zeiten, beschaeftigungen, massnahmen and leistungen
 * (an open `bis` adds no month); the Stichtag of a month is taken from `stichtage` or is the 15th.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { dayNumber } from './sql-helpers.ts';

export interface Calendar {
  /** First and last month index of the observation period. */
  first: number;
  last: number;
  /** Day number of the first day of the first month and of the last day of the last month. */
  firstDay: number;
  lastDay: number;
  /** Stichtag (day number) per month index, for months first−1 … last+13. */
  stichtag: Map<number, number>;
}

/** Day number standing for an open `bis`: later than any day the computation looks at. */
export const OPEN_END_DAY = 1_000_000;

const MONTH_OF = (dateExpr: string) => `(year(${dateExpr}) * 12 + month(${dateExpr}) - 1)`;

export async function readCalendar(connection: DuckDBConnection): Promise<Calendar> {
  const span = await connection.runAndReadAll(`
    WITH spans AS (
      SELECT min(von) AS lo, max(greatest(von, coalesce(bis, von))) AS hi FROM in_elb
      UNION ALL SELECT min(von), max(greatest(von, coalesce(bis, von))) FROM in_beschaeftigungen
      UNION ALL SELECT min(von), max(greatest(von, coalesce(bis, von))) FROM in_massnahmen
      UNION ALL SELECT min(monat), max(monat) FROM in_leistungen
    )
    SELECT CAST(${MONTH_OF('min(lo)')} AS INTEGER) AS first, CAST(${MONTH_OF('max(hi)')} AS INTEGER) AS last FROM spans`);
  const [row] = span.getRowObjectsJS();
  if (!row || row.first === null || row.last === null) {
    throw new Error(
      'the microdata hold no dates: elb_zeiten, beschaeftigungen, massnahmen and leistungen are all empty',
    );
  }
  const first = Number(row.first);
  const last = Number(row.last);
  const custom = await connection.runAndReadAll(
    `SELECT CAST(${MONTH_OF('monat')} AS INTEGER) AS mi, ${dayNumber('stichtag')} AS st FROM in_stichtage`,
  );
  const given = new Map<number, number>();
  for (const r of custom.getRowObjectsJS()) given.set(Number(r.mi), Number(r.st));
  const stichtag = new Map<number, number>();
  for (let mi = first - 1; mi <= last + 13; mi++) stichtag.set(mi, given.get(mi) ?? dayOf(mi, 15));
  return { first, last, firstDay: dayOf(first, 1), lastDay: dayOf(last + 1, 1) - 1, stichtag };
}

/** Day number of day `day` of month index `mi`. */
export function dayOf(mi: number, day: number): number {
  const year = Math.floor(mi / 12);
  return Math.round(Date.UTC(year, mi - year * 12, day) / 86_400_000);
}

/**
 * Day → Stichtag month, as month indexes k = 0 … K−1 into the observation period: `firstK(d)` is
 * the first month whose Stichtag is on or after d, `lastK(d)` the last month whose Stichtag is on
 * or before d, so a period [von, bis] covers exactly the Stichtage of months firstK(von) …
 * lastK(bis). Days are clipped to the day before and the day after the period first, so results
 * lie in −1 … K and an open `bis` (OPEN_END_DAY) covers every month to the end.
 */
export class StichtagMonths {
  /** K, the number of months of the observation period. */
  readonly months: number;
  /** Stichtag (day number) of month k. */
  readonly st: Int32Array;
  private readonly lo: number;
  private readonly hi: number;
  private readonly first: Int32Array;
  private readonly last: Int32Array;

  constructor(calendar: Calendar) {
    this.months = calendar.last - calendar.first + 1;
    this.st = Int32Array.from({ length: this.months }, (_, k) =>
      calendar.stichtag.get(calendar.first + k)!,
    );
    this.lo = calendar.firstDay - 1;
    this.hi = calendar.lastDay + 1;
    const days = this.hi - this.lo + 1;
    this.first = new Int32Array(days);
    this.last = new Int32Array(days);
    // Months first−1 … last+1: the months of the clipped days.
    for (let mi = calendar.first - 1, d = this.lo; mi <= calendar.last + 1; mi++) {
      const st = calendar.stichtag.get(mi)!;
      for (const end = Math.min(dayOf(mi + 1, 1) - 1, this.hi); d <= end; d++) {
        this.first[d - this.lo] = mi - calendar.first + (d > st ? 1 : 0);
        this.last[d - this.lo] = mi - calendar.first - (d < st ? 1 : 0);
      }
    }
  }

  firstK(day: number): number {
    return this.first[(day < this.lo ? this.lo : day > this.hi ? this.hi : day) - this.lo]!;
  }

  lastK(day: number): number {
    return this.last[(day < this.lo ? this.lo : day > this.hi ? this.hi : day) - this.lo]!;
  }
}
