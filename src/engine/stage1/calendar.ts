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
    throw new Error('the microdata hold no dates: elb_zeiten, beschaeftigungen, massnahmen and leistungen are all empty');
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
 * SQL macros mapping a day to month indexes: `first_mi(d)` is the first month whose Stichtag is
 * on or after d, `last_mi(d)` the last month whose Stichtag is on or before d. A period
 * [von, bis] covers exactly the Stichtage of months first_mi(von) … last_mi(bis).
 */
export async function createCalendarMacros(connection: DuckDBConnection, calendar: Calendar): Promise<void> {
  const base = calendar.first - 1;
  const list = [...calendar.stichtag.entries()].sort((x, y) => x[0] - y[0]).map(([, st]) => st).join(',');
  const lo = calendar.firstDay - 1;
  const hi = calendar.lastDay + 1;
  await connection.run(`
    CREATE OR REPLACE MACRO st_of(mi) AS ([${list}])[mi - ${base} + 1];
    CREATE OR REPLACE MACRO clip_day(d) AS CAST(least(greatest(d, ${lo}), ${hi}) AS INTEGER);
    CREATE OR REPLACE MACRO mi_of_day(d) AS CAST(${MONTH_OF("(DATE '1970-01-01' + clip_day(d))")} AS INTEGER);
    CREATE OR REPLACE MACRO first_mi(d) AS CAST(mi_of_day(d) + CASE WHEN clip_day(d) > st_of(mi_of_day(d)) THEN 1 ELSE 0 END AS INTEGER);
    CREATE OR REPLACE MACRO last_mi(d) AS CAST(mi_of_day(d) - CASE WHEN clip_day(d) < st_of(mi_of_day(d)) THEN 1 ELSE 0 END AS INTEGER);
  `);
}
