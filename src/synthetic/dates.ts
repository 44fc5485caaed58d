/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC) and month indices
 * (months since 2010-01, the first month of the synthetic histories).
 */

export const FIRST_YEAR = 2010;
/** Last month index of the histories: 2015-12. */
export const LAST_MONTH = 71;
/** `leistungen` start 2012-01 (month index 24). */
export const FIRST_MONEY_MONTH = 24;
const MS_PER_DAY = 86_400_000;

export function dayOf(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

function computeMonthStart(t: number): number {
  return dayOf(FIRST_YEAR + Math.floor(t / 12), (((t % 12) + 12) % 12) + 1, 1);
}

/** Lookup tables for the months 1990-01 … 2049-12 and their days (the simulation's hot path). */
const TABLE_FIRST_MONTH = -240;
const TABLE_MONTHS = 720;
const MONTH_START = Int32Array.from({ length: TABLE_MONTHS + 1 }, (_, i) =>
  computeMonthStart(TABLE_FIRST_MONTH + i),
);
const TABLE_FIRST_DAY = MONTH_START[0] ?? 0;
const MONTH_OF_DAY = new Int16Array((MONTH_START[TABLE_MONTHS] ?? 0) - TABLE_FIRST_DAY);
for (let i = 0; i < TABLE_MONTHS; i++)
  MONTH_OF_DAY.fill(
    TABLE_FIRST_MONTH + i,
    (MONTH_START[i] ?? 0) - TABLE_FIRST_DAY,
    (MONTH_START[i + 1] ?? 0) - TABLE_FIRST_DAY,
  );

/** Month index of 2010-01 = 0; negative before. */
export function monthStart(t: number): number {
  const i = t - TABLE_FIRST_MONTH;
  return i >= 0 && i <= TABLE_MONTHS ? (MONTH_START[i] ?? 0) : computeMonthStart(t);
}

export function monthEnd(t: number): number {
  return monthStart(t + 1) - 1;
}

/** The BA count day: the 15th (kennzahlen.md §1 default). */
export function stichtag(t: number): number {
  return monthStart(t) + 14;
}

export const FIRST_DAY = monthStart(0);
export const LAST_DAY = monthEnd(LAST_MONTH);

export function monthOfDay(day: number): number {
  const i = day - TABLE_FIRST_DAY;
  if (i >= 0 && i < MONTH_OF_DAY.length) return MONTH_OF_DAY[i] ?? 0;
  const d = new Date(day * MS_PER_DAY);
  return (d.getUTCFullYear() - FIRST_YEAR) * 12 + d.getUTCMonth();
}

export function yearOfDay(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** The same calendar date `years` later; 29 February maps to 1 March (as Date.UTC rolls over). */
export function addYears(day: number, years: number): number {
  const d = new Date(day * MS_PER_DAY);
  return dayOf(d.getUTCFullYear() + years, d.getUTCMonth() + 1, d.getUTCDate());
}

export function addMonthsToDay(day: number, months: number): number {
  const d = new Date(day * MS_PER_DAY);
  return dayOf(d.getUTCFullYear(), d.getUTCMonth() + 1 + months, d.getUTCDate());
}

const ISO_BASE = dayOf(1940, 1, 1);
const isoCache: string[] = [];

export function isoDate(day: number): string {
  const i = day - ISO_BASE;
  let s = isoCache[i];
  if (s === undefined) {
    s = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (i >= 0) isoCache[i] = s;
  }
  return s;
}

export function isoMonth(t: number): string {
  const y = FIRST_YEAR + Math.floor(t / 12);
  const m = (((t % 12) + 12) % 12) + 1;
  return `${y}-${m < 10 ? '0' : ''}${m}`;
}

/**
 * Last day before the Regelaltersgrenze (§ 7a SGB II, § 235 SGB VI): 65 years, plus one
 * month per birth year from 1947, plus two months per year from 1959, 67 years from 1964.
 */
export function lastDayBeforeRetirement(birth: number): number {
  const year = yearOfDay(birth);
  let extra = 0;
  if (year >= 1964) extra = 24;
  else if (year >= 1959) extra = 12 + 2 * (year - 1958);
  else if (year >= 1947) extra = year - 1946;
  return addMonthsToDay(addYears(birth, 65), extra) - 1;
}
