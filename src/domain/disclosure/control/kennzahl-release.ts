/**
 * Which Kennzahl figures of a protected unit may be shown (release-plan.ts): exactly those that
 * can be computed from released figures, so that a shown Kennzahl adds nothing to what the
 * released base quantities already tell. The months a Kennzahl reads are found by running its
 * formula (domain/kpi/kennzahlen.ts) — no second list of them to keep in step.
 *
 * A Kennzahl may read a series-year released only as its year total when it reads all twelve
 * months of it and only their sum (quotas, shares, year values: kennzahlen.md §3–4); the
 * averaged rates need every month (MONTHS_ONLY). A Kennzahl resting on a
 * count the store does not hold (a Kennzahl loaded without its base quantities, a rate reaching
 * before the first month) is withheld: nothing shows that its counts are not small.
 */
import {
  MONEY_QUANTITIES,
  type BaseQuantity,
  type KennzahlId,
  type Sex,
} from '../../kpi/catalog.ts';
import { computeKennzahl } from '../../kpi/kennzahlen.ts';
import type { ReleasePlan } from './release-plan.ts';
import { yearOfIndex } from './series-year.ts';

/** The months of each base quantity the Kennzahl `id` of month index `m` reads. */
export function monthsRead(id: KennzahlId, m: number): ReadonlyMap<BaseQuantity, number[]> {
  const key = `${id}|${m}`;
  let found = traced.get(key);
  if (found === undefined) {
    const read = new Map<BaseQuantity, Set<number>>();
    computeKennzahl(
      id,
      (q, month) => {
        read.set(q, (read.get(q) ?? new Set()).add(month));
        return 1;
      },
      m,
    );
    found = new Map([...read].map(([q, months]) => [q, [...months].sort((a, b) => a - b)]));
    if (traced.size > 100_000) traced.clear();
    traced.set(key, found);
  }
  return found;
}
const traced = new Map<string, ReadonlyMap<BaseQuantity, number[]>>();

/**
 * The averaged rates need every month they read released, although since contract version 2
 * they too read only sums (Σ12 flows, Σ12 stocks): released on a year total, the attack through
 * the API (src/server/disclosure-attack.test.ts) worked out 31 counts of 1 or 2 on the small
 * Kreis that the audit did not see.
 */
const MONTHS_ONLY: ReadonlySet<KennzahlId> = new Set(['K1E3', 'K1E4', 'K3E3', 'K3E4']);

export function kennzahlReleased(
  plan: ReleasePlan,
  unitId: string,
  sex: Sex,
  id: KennzahlId,
  m: number,
): boolean {
  if (!plan.units.has(unitId) || plan.derivedKennzahl(unitId, sex, id, m)) return true;
  for (const [q, months] of monthsRead(id, m)) {
    if (MONEY_QUANTITIES.has(q)) continue;
    // a count the plan did not see (not loaded, before the first month) cannot be vouched for
    if (months.some((month) => !plan.has(unitId, sex, q, month))) return false;
    const read = new Map<number, number>();
    const hidden = new Set<number>();
    for (const month of months) {
      const year = yearOfIndex(month);
      read.set(year, (read.get(year) ?? 0) + 1);
      if (!monthReleased(plan, unitId, sex, q, month)) hidden.add(year);
    }
    for (const year of hidden)
      if (
        plan.status(unitId, sex, q, year) !== 'jahr' ||
        read.get(year) !== 12 ||
        MONTHS_ONLY.has(id)
      )
        return false;
  }
  return true;
}

/** Whether a base quantity's month is shown. */
export function monthReleased(
  plan: ReleasePlan,
  unitId: string,
  sex: Sex,
  q: BaseQuantity,
  m: number,
): boolean {
  return (
    MONEY_QUANTITIES.has(q) ||
    plan.status(unitId, sex, q, yearOfIndex(m)) === 'monate' ||
    plan.derivedShown(unitId, sex, q, m)
  );
}

/** Whether a base quantity's calendar-year total is shown. */
export function yearTotalReleased(
  plan: ReleasePlan,
  unitId: string,
  sex: Sex,
  q: BaseQuantity,
  year: number,
): boolean {
  return MONEY_QUANTITIES.has(q) || plan.status(unitId, sex, q, year) !== 'keine';
}
