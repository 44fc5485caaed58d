/**
 * Zugänge and Abgänge of the eLb by the movement concept (kennzahlen.md §2, contract version 2):
 * a status period of a person in unit u is a maximal run of days on each of which the person is
 * assigned to u or to a unit in u's subtree. ZUGANG_ELB(u,m) counts the periods that begin in
 * (St(m−1), St(m)], ABGANG_ELB(u,m) those that end in [St(m−1), St(m)): the last day e of a
 * period lies there exactly when e + 1 lies in (St(m−1), St(m)], so both are found by firstK.
 *
 * The person's day runs (day-runs.ts) change unit or AE flag from one to the next. Where run r
 * begins, the periods of the units from its unit up to, not including, the lowest common ancestor
 * with the run before begin — of every ancestor if the run before is not adjacent (a gap of a
 * day or more ends every period). So the pass adds +1 at the unit and −1 at that common ancestor,
 * and rolling the counts up the tree (QuantityCube.finish) gives every level its count
 * (unit-moves.ts). Ends mirror this with the run after.
 *
 * The ELB stock is rolled up from Zugänge minus Abgänge (QuantityCube); month 0 has no flows
 * (m − 1 lies outside the observation period, availability.ts) and takes the stock at St(0)
 * instead, which is what makes the two agree: ELB(m) = ELB(m−1) + ZUGANG_ELB(m) − ABGANG_ELB(m).
 */
import type { QuantityCube } from '../quantity-cube.ts';
import type { StichtagMonths } from './calendar.ts';
import type { MonthStates } from './month-states.ts';
import { Q } from './quantities.ts';
import type { UnitTree } from './unit-moves.ts';

export function addElbFlows(s: MonthStates, sex: number, tree: UnitTree, cube: QuantityCube): void {
  const { days, months } = s;
  const atFirst = s.runs.at(0);
  if (atFirst >= 0) cube.add(Q.ZUGANG_ELB, s.runs.unit[atFirst]!, sex, 0, 1);
  for (let r = 0; r < days.count; r++) {
    const unit = days.unit[r]!;
    const before = r > 0 && days.to[r - 1]! + 1 === days.from[r]! ? days.unit[r - 1]! : -1;
    flow(Q.ZUGANG_ELB, unit, before, months.firstK(days.from[r]!), sex, tree, cube, months);
    const after =
      r + 1 < days.count && days.from[r + 1]! === days.to[r]! + 1 ? days.unit[r + 1]! : -1;
    flow(Q.ABGANG_ELB, unit, after, months.firstK(days.to[r]! + 1), sex, tree, cube, months);
  }
}

/** A period of `unit` begins (or ends) in month k where the adjacent run is in `other` (−1: none). */
function flow(
  slot: number,
  unit: number,
  other: number,
  k: number,
  sex: number,
  tree: UnitTree,
  cube: QuantityCube,
  months: StichtagMonths,
): void {
  if (k < 1 || k >= months.months || unit === other) return;
  cube.add(slot, unit, sex, k, 1);
  const common = other >= 0 ? tree.commonAncestor(unit, other) : -1;
  if (common >= 0) cube.add(slot, common, sex, k, -1);
}
