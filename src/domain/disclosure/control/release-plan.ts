/**
 * The disclosure control (docs/disclosure-control.md), pure: for the örtliche Jobcenter of one
 * Träger, which series-years (series-year.ts) a viewer without the microdata grant may read month
 * by month, as a year total only, or not at all. The Träger's own figures (and everything above
 * it) are the published Kennzahlen and stay exact; they are what makes the lines (lines.ts) bind.
 *
 * 1. Primary: a series-year with a month of 1 or 2 persons or events is not released month by
 *    month; its year total, formed from the exact months, is released unless it tells a count of
 *    1 or 2 (events: the total; stocks: the average of the twelve Stichtage),
 *    a month is missing, or the year is not complete (a year-to-date total would be a month's
 *    difference away from the next Datenstand's).
 * 2. Secondary: every line holds none or at least two series-years not released month by month,
 *    and none or at least two without their year total; partners are added until nothing changes.
 */
import type { BaseQuantity, Sex } from '../../kpi/catalog.ts';
import { SEXES } from '../../kpi/catalog.ts';
import { linesOf } from './lines.ts';
import {
  COUNT_QUANTITIES,
  seriesYearKey,
  STOCK_QUANTITIES,
  yearOfIndex,
  type SeriesYearStatus,
} from './series-year.ts';
import { isSmallCount, MIN_CELL_COUNT } from './small-count.ts';

export interface ReleaseInput {
  /** the örtliche Jobcenter of one Träger */
  units: readonly string[];
  /** first and last month index (domain/shared/month.ts) the store holds figures for */
  first: number;
  last: number;
  /** the exact count; null where the store has none */
  count(unitId: string, sex: Sex, quantity: BaseQuantity, month: number): number | null;
}

export interface ReleasePlan {
  /** the protected units: figures of other units are not governed by this plan */
  readonly units: ReadonlySet<string>;
  /** 'monate' for every series-year not withheld (and for units outside the plan) */
  status(unitId: string, sex: Sex, quantity: BaseQuantity, year: number): SeriesYearStatus;
  /** whether the plan saw the count: a figure resting on a count it did not see is not vouched for */
  has(unitId: string, sex: Sex, quantity: BaseQuantity, month: number): boolean;
}

interface SeriesYearFacts {
  total: number;
  /** the total tells a count of 1 or 2 (for a stock: its average over the twelve Stichtage) */
  smallTotal: boolean;
  /** a total can be released: twelve months, none missing */
  whole: boolean;
  small: boolean;
}

function factsOf(input: ReleaseInput, unitId: string, sex: Sex, q: BaseQuantity, year: number) {
  let total = 0;
  let small = false;
  let months = 0;
  for (let m = Math.max(input.first, year * 12); m <= Math.min(input.last, year * 12 + 11); m++) {
    const v = input.count(unitId, sex, q, m);
    if (v === null) continue;
    months++;
    total += v;
    if (isSmallCount(v)) small = true;
  }
  const smallTotal = STOCK_QUANTITIES.has(q)
    ? total > 0 && total / Math.max(months, 1) < MIN_CELL_COUNT
    : isSmallCount(total);
  return { total, smallTotal, whole: months === 12, small };
}

export function planRelease(input: ReleaseInput): ReleasePlan {
  const units = [...new Set(input.units)].sort();
  const withheld = new Map<string, SeriesYearStatus>();
  const seen = new Set<string>();
  const plan: ReleasePlan = {
    units: new Set(units),
    status: (u, s, q, y) => withheld.get(seriesYearKey(u, s, q, y)) ?? 'monate',
    has: (u, s, q, m) => seen.has(`${u}|${s}|${q}|@${m}`),
  };
  for (const u of units)
    for (const s of SEXES)
      for (const q of COUNT_QUANTITIES)
        for (let m = input.first; m <= input.last; m++)
          if (input.count(u, s, q, m) !== null) seen.add(`${u}|${s}|${q}|@${m}`);
  // a Träger with one örtliches Jobcenter publishes that Jobcenter's figures as its own
  if (units.length < 2 || input.last < input.first) return plan;
  const years: number[] = [];
  for (let y = yearOfIndex(input.first); y <= yearOfIndex(input.last); y++) years.push(y);
  const facts = new Map<string, SeriesYearFacts>();
  for (const u of units)
    for (const s of SEXES)
      for (const q of COUNT_QUANTITIES)
        for (const y of years) facts.set(seriesYearKey(u, s, q, y), factsOf(input, u, s, q, y));

  const noMonths = new Set<string>();
  const noTotal = new Set<string>();
  const withhold = (key: string, total: boolean) => {
    noMonths.add(key);
    const f = facts.get(key)!;
    if (total || !f.whole || f.smallTotal) noTotal.add(key);
  };
  for (const [key, f] of facts) if (f.small) withhold(key, false);

  const lines = linesOf(units, years, (key) => facts.get(key)!.total);
  for (let changed = true; changed;) {
    changed = false;
    for (const line of lines)
      for (const [set, total] of [
        [noMonths, false],
        [noTotal, true],
      ] as const) {
        const inSet = line.members.filter((k) => set.has(k));
        if (inSet.length !== 1) continue;
        const partner = line.partners(inSet[0]!).find((k) => !set.has(k));
        if (partner === undefined) continue;
        withhold(partner, total);
        changed = true;
      }
  }
  for (const key of noMonths) withheld.set(key, noTotal.has(key) ? 'keine' : 'jahr');
  return plan;
}
