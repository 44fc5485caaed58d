/**
 * The unit of the disclosure control: one series-year, i.e. one base quantity of one örtliches
 * Jobcenter and sex over the twelve months of a calendar year. It is released month by month
 * ('monate'), as its year total only ('jahr'), or not at all ('keine').
 */
import {
  BASE_QUANTITIES,
  MONEY_QUANTITIES,
  type BaseQuantity,
  type Sex,
} from '../../kpi/catalog.ts';

export type SeriesYearStatus = 'monate' | 'jahr' | 'keine';

/** Base quantities that count persons or events (money counts nobody: kennzahlen.md §2). */
export const COUNT_QUANTITIES: readonly BaseQuantity[] = BASE_QUANTITIES.filter(
  (q) => !MONEY_QUANTITIES.has(q),
);

export interface SeriesYear {
  unitId: string;
  sex: Sex;
  quantity: BaseQuantity;
  year: number;
}

export const seriesYearKey = (unitId: string, sex: Sex, quantity: BaseQuantity, year: number) =>
  `${unitId}|${sex}|${quantity}|${year}`;

export function parseSeriesYearKey(key: string): SeriesYear {
  const parts = key.split('|');
  const year = Number(parts.pop());
  const quantity = parts.pop() as BaseQuantity;
  const sex = parts.pop() as Sex;
  return { unitId: parts.join('|'), sex, quantity, year };
}

/** Calendar year of an absolute month index (domain/shared/month.ts: January ≡ 0 mod 12). */
export const yearOfIndex = (m: number): number => Math.floor(m / 12);

/**
 * Stocks (persons on a Stichtag): their year total is Σ of twelve Stichtage, so the count it
 * tells is the average Σ/12 — small when it lies strictly between 0 and 3. Events count as summed.
 */
export const STOCK_QUANTITIES: ReadonlySet<BaseQuantity> = new Set([
  'ELB',
  'ELB_AE',
  'LZB',
  'LZB_AKTIV',
]);
