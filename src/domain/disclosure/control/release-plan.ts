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
 * 3. Months of withheld series-years that the shown figures prove to be 0 are shown
 *    (derivable-zeros.ts).
 * 4. Audit (audit.ts): the derivation attack runs against the plan. A withheld month it pins to 0
 *    or to 3 or more is shown, and so is a Kennzahl whose every count it pins (they tell nothing
 *    new); a count of 1 or 2 it pins gets one more partner in each line of its series-years,
 *    preferring one not 0 in that month (where no line has one left, a wider circle: docs), and
 *    the plan runs again from 2.
 */
import type { BaseQuantity, KennzahlId, Sex } from '../../kpi/catalog.ts';
import { SEXES } from '../../kpi/catalog.ts';
import { derivableZeros, monthKey } from './derivable-zeros.ts';
import { auditRelease } from './audit.ts';
import { kennzahlReleased, monthReleased } from './kennzahl-release.ts';
import { linesOf, type Line } from './lines.ts';
import { closeLines, subsetNeighbours, unitYear } from './partners.ts';
import {
  COUNT_QUANTITIES,
  parseSeriesYearKey,
  seriesYearKey,
  STOCK_QUANTITIES,
  yearOfIndex,
  type SeriesYearStatus,
} from './series-year.ts';
import { isSmallCount } from './small-count.ts';

export interface ReleaseInput {
  /** the örtliche Jobcenter of one Träger */
  units: readonly string[];
  /** first and last month index (domain/shared/month.ts) the store holds figures for */
  first: number;
  last: number;
  /** the exact count; null where the store has none */
  count(unitId: string, sex: Sex, quantity: BaseQuantity, month: number): number | null;
  /** the Träger's own count, shown exactly to everyone; null where the store has none */
  parentCount(sex: Sex, quantity: BaseQuantity, month: number): number | null;
}

export interface ReleasePlan {
  /** the protected units: figures of other units are not governed by this plan */
  readonly units: ReadonlySet<string>;
  /** 'monate' for every series-year not withheld (and for units outside the plan) */
  status(unitId: string, sex: Sex, quantity: BaseQuantity, year: number): SeriesYearStatus;
  /** whether the plan saw the count: a figure resting on a count it did not see is not vouched for */
  has(unitId: string, sex: Sex, quantity: BaseQuantity, month: number): boolean;
  /**
   * a month of a withheld series-year shown because the shown figures pin it to its value, which
   * is 0 or at least 3 (derivable-zeros.ts, audit.ts)
   */
  derivedShown(unitId: string, sex: Sex, quantity: BaseQuantity, month: number): boolean;
  /** a Kennzahl shown because the shown figures pin every count it rests on (audit.ts) */
  derivedKennzahl(unitId: string, sex: Sex, id: KennzahlId, month: number): boolean;
}

const kennzahlKey = (u: string, s: Sex, id: KennzahlId, m: number) => `${u}|${s}|${id}|@${m}`;

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
  const smallTotal = isSmallCount(total, STOCK_QUANTITIES.has(q) ? Math.max(months, 1) : 1);
  return { total, smallTotal, whole: months === 12, small };
}

export interface PlanOptions {
  /** run the derivation attack against the plan (audit.ts); off only to test the rules alone */
  audit?: boolean;
}

export function planRelease(input: ReleaseInput, options: PlanOptions = {}): ReleasePlan {
  const units = [...new Set(input.units)].sort();
  const withheld = new Map<string, SeriesYearStatus>();
  const seen = new Set<string>();
  let derived = new Set<string>();
  const derivedKennzahlen = new Set<string>();
  const plan: ReleasePlan = {
    units: new Set(units),
    status: (u, s, q, y) => withheld.get(seriesYearKey(u, s, q, y)) ?? 'monate',
    has: (u, s, q, m) => seen.has(monthKey(u, s, q, m)),
    derivedShown: (u, s, q, m) => derived.has(monthKey(u, s, q, m)),
    derivedKennzahl: (u, s, id, m) => derivedKennzahlen.has(kennzahlKey(u, s, id, m)),
  };
  for (const u of units)
    for (const s of SEXES)
      for (const q of COUNT_QUANTITIES)
        for (let m = input.first; m <= input.last; m++)
          if (input.count(u, s, q, m) !== null) seen.add(monthKey(u, s, q, m));
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
  const linesOfMember = new Map<string, Line[]>();
  for (const line of lines)
    for (const k of line.members) linesOfMember.set(k, [...(linesOfMember.get(k) ?? []), line]);
  for (;;) {
    closeLines(lines, noMonths, noTotal, withhold);
    for (const key of noMonths) withheld.set(key, noTotal.has(key) ? 'keine' : 'jahr');
    derived = derivableZeros({
      ...input,
      units,
      status: plan.status,
      yearTotal: (u, s, q, y) => facts.get(seriesYearKey(u, s, q, y))!.total,
    });
    if (options.audit === false) return plan;
    const view = {
      month: (u: string, s: Sex, q: BaseQuantity, m: number) => monthReleased(plan, u, s, q, m),
      kennzahl: (u: string, s: Sex, id: KennzahlId, m: number) =>
        kennzahlReleased(plan, u, s, id, m),
    };
    const audit = auditRelease({ ...input, units }, view);
    // 4. what the attack pins to 0 or to 3 or more is shown: it tells nothing new
    for (const p of audit.months)
      if (!isSmallCount(p.value)) derived.add(monthKey(p.unitId, p.sex, p.quantity, p.month));
    for (const k of audit.kennzahlen)
      derivedKennzahlen.add(kennzahlKey(k.unitId, k.sex, k.id, k.month));
    if (audit.exposed.length === 0) return plan;
    // 5. a count of 1 or 2 still pinned: each line of its series-years gets one more partner,
    //    preferring one not 0 in that month
    let added = false;
    for (const { key, month } of audit.exposed)
      for (const line of linesOfMember.get(key) ?? []) {
        const free = line.partners(key).filter((k) => !noMonths.has(k));
        const partner = free.find((k) => countAt(input, k, month) > 0) ?? free[0];
        if (partner === undefined) continue;
        withhold(partner, false);
        added = true;
      }
    // no line has a partner left: the circle widens — the quantities it is a part or a whole of
    // (relations.ts), every series-year of its Jobcenter, of all Jobcenter in that year — then
    // the year totals go too
    const circles = [
      subsetNeighbours,
      (key: string) => unitYear(key, [parseSeriesYearKey(key).unitId]),
      (key: string) => unitYear(key, units),
    ];
    for (const around of circles) {
      if (added) break;
      for (const { key } of audit.exposed)
        for (const k of around(key))
          if (facts.has(k) && !noMonths.has(k)) {
            withhold(k, false);
            added = true;
          }
    }
    if (!added) {
      const before = noTotal.size;
      for (const { key } of audit.exposed) for (const k of unitYear(key, units)) withhold(k, true);
      // nothing of that year is shown: nothing more a plan can do (the audit test would report it)
      if (noTotal.size === before) return plan;
    }
  }
}

function countAt(input: ReleaseInput, key: string, m: number): number {
  const { unitId, sex, quantity } = parseSeriesYearKey(key);
  return input.count(unitId, sex, quantity, m) ?? 0;
}
