/**
 * Stage 1, per person (kennzahlen.md §2): one pass over persons that adds stock changes and
 * events to the QuantityCube at the unit where they happen. A person's history is a handful of
 * periods, so one pass over persons replaces a dozen passes of window functions over all rows
 * (see ARCHITECTURE.md, "Why stage 1 walks persons"); and the work per person is per change of
 * its state, not per month (month-states.ts).
 *
 * Months are indexes k = 0 … K−1 into the observation period.
 */
import type { StichtagMonths } from './calendar.ts';
import type { PersonTables } from './person-tables.ts';
import type { QuantityCube } from '../quantity-cube.ts';
import { MonthStates } from './month-states.ts';
import { Q } from './quantities.ts';
import { addElbFlows } from './elb-flows.ts';
import { addStarts } from './starts.ts';
import { UnitTree } from './unit-moves.ts';

export interface PassUnits {
  /** Parent uid per uid, −1 for a root. */
  parents: readonly number[];
  /** Rank of each unit's id in string order: the assignment's second tie-breaker. */
  idRank: Int32Array;
}

export function runPersonPass(
  tables: PersonTables,
  units: PassUnits,
  months: StichtagMonths,
  cube: QuantityCube,
): void {
  const states = new MonthStates(months, units.idRank);
  const tree = new UnitTree(units.parents);
  for (let p = 0; p < tables.personCount; p++) {
    if (tables.elb.start[p] === tables.elb.start[p + 1]) continue;
    const inStock = states.load(p, tables);
    addElbFlows(states, tables.sex[p]!, tree, cube);
    if (!inStock) continue;
    addStocksAndFlows(states, tables.sex[p]!, cube);
    addStarts(states, tables.sex[p]!, cube);
  }
}

/**
 * Stocks other than ELB as changes of the person's state from one month to the next, and the LZB
 * flows. The state is evaluated only where it may change (MonthStates.changeMonths).
 */
function addStocksAndFlows(s: MonthStates, sex: number, cube: QuantityCube): void {
  let prevAe = -1,
    prevLzb = -1,
    prevAktiv = -1;
  const count = s.changeMonths();
  for (let c = 0; c < count; c++) {
    const k = s.changes[c]!;
    const run = s.runs.at(k);
    const unit = run >= 0 ? s.runs.unit[run]! : -1;
    const ae = run >= 0 && s.runs.ae[run] === 1 ? unit : -1;
    const lzb = run >= 0 && s.lzb(k) ? unit : -1;
    const aktiv = lzb >= 0 && s.active(k) ? unit : -1;
    if (ae !== prevAe) change(cube, Q.ELB_AE, prevAe, ae, sex, k);
    if (lzb !== prevLzb) {
      // LZB flows count only where the person is no LZB in any unit (a move is neither); the
      // LZB stock follows from the flows and the moves (QuantityCube).
      if (prevLzb < 0) cube.add(Q.ZUGANG_LZB, lzb, sex, k, 1);
      else if (lzb < 0) cube.add(Q.ABGANG_LZB, prevLzb, sex, k, 1);
      else change(cube, Q.LZB_MOVES, prevLzb, lzb, sex, k);
    }
    if (aktiv !== prevAktiv) change(cube, Q.LZB_AKTIV, prevAktiv, aktiv, sex, k);
    prevAe = ae;
    prevLzb = lzb;
    prevAktiv = aktiv;
  }
}

function change(
  cube: QuantityCube,
  quantity: number,
  from: number,
  to: number,
  sex: number,
  k: number,
): void {
  if (from >= 0) cube.add(quantity, from, sex, k, -1);
  if (to >= 0) cube.add(quantity, to, sex, k, 1);
}
