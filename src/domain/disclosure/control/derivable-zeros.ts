/**
 * Withheld months a viewer can work out to be 0 from what is shown are shown as 0 (release-plan.ts):
 * showing what follows from the shown figures adds nothing to what they tell, and a withheld
 * figure whose value is known protects nobody — it only pretends to. Each rule is an identity
 * of the data (relations.ts) with nothing left to share out:
 *
 * - tree: the Träger's count equals the sum of its örtliche Jobcenter's and the shown ones use
 *   it up — every withheld one is 0 (additive quantities only);
 * - sexes: insgesamt is shown as 0 — Männer and Frauen are 0;
 * - subsets: the whole is shown as 0 — the part is 0;
 * - a year total shown as 0 — every month is 0.
 *
 * Repeated until nothing changes: a zero shown may use up another line.
 */
import { SEXES, type BaseQuantity, type Sex } from '../../kpi/catalog.ts';
import { NOT_ADDITIVE, SUBSETS } from './relations.ts';
import type { ReleaseInput } from './release-plan.ts';
import { COUNT_QUANTITIES, yearOfIndex, type SeriesYearStatus } from './series-year.ts';

export interface ZeroInput extends ReleaseInput {
  status(unitId: string, sex: Sex, quantity: BaseQuantity, year: number): SeriesYearStatus;
  yearTotal(unitId: string, sex: Sex, quantity: BaseQuantity, year: number): number;
}

export const monthKey = (unitId: string, sex: Sex, q: BaseQuantity, m: number) =>
  `${unitId}|${sex}|${q}|@${m}`;

export function derivableZeros(z: ZeroInput): Set<string> {
  const zeros = new Set<string>();
  const withheld = (u: string, s: Sex, q: BaseQuantity, m: number) =>
    z.status(u, s, q, yearOfIndex(m)) !== 'monate' && !zeros.has(monthKey(u, s, q, m));
  /** the value the viewer sees, undefined where withheld */
  const seen = (u: string, s: Sex, q: BaseQuantity, m: number) =>
    withheld(u, s, q, m) ? undefined : zeros.has(monthKey(u, s, q, m)) ? 0 : z.count(u, s, q, m);
  let changed = false;
  const show = (u: string, s: Sex, q: BaseQuantity, m: number) => {
    if (!withheld(u, s, q, m) || z.count(u, s, q, m) !== 0) return;
    zeros.add(monthKey(u, s, q, m));
    changed = true;
  };

  for (const u of z.units)
    for (const s of SEXES)
      for (const q of COUNT_QUANTITIES)
        for (let y = yearOfIndex(z.first); y <= yearOfIndex(z.last); y++)
          if (z.status(u, s, q, y) === 'jahr' && z.yearTotal(u, s, q, y) === 0)
            for (let m = Math.max(z.first, 12 * y); m <= Math.min(z.last, 12 * y + 11); m++)
              show(u, s, q, m);

  do {
    changed = false;
    for (let m = z.first; m <= z.last; m++) {
      for (const s of SEXES)
        for (const q of COUNT_QUANTITIES) {
          if (NOT_ADDITIVE.has(q)) continue;
          const parent = z.parentCount(s, q, m);
          const counts = z.units.map((u) => z.count(u, s, q, m));
          if (parent === null || counts.some((c) => c === null)) continue;
          if (counts.reduce((a, b) => a! + b!, 0) !== parent) continue;
          const hidden = z.units.filter((u) => withheld(u, s, q, m));
          if (hidden.length > 0 && hidden.every((u) => z.count(u, s, q, m) === 0))
            for (const u of hidden) show(u, s, q, m);
        }
      for (const u of z.units) {
        for (const q of COUNT_QUANTITIES)
          if (seen(u, 'insgesamt', q, m) === 0)
            for (const s of ['m', 'w'] as const) show(u, s, q, m);
        for (const s of SEXES)
          for (const [part, whole, lag] of SUBSETS)
            if (m + lag >= z.first && seen(u, s, whole, m + lag) === 0) show(u, s, part, m);
      }
    }
  } while (changed);
  return zeros;
}
