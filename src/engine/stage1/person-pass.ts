/**
 * Stage 1, per person (kennzahlen.md §2): walks each person's months once and adds stock
 * changes and events to the QuantityCube at the unit where they happen. A person's history is
 * a handful of periods, so one pass over persons replaces a dozen passes of window functions
 * over all rows (see ARCHITECTURE.md, "Why stage 1 walks persons").
 *
 * Months are indexes k = 0 … K−1 into the observation period; st[k] is the Stichtag's day number.
 */
import type { PersonTables } from './person-tables.ts';
import { START_KIND } from './person-tables.ts';
import type { QuantityCube } from '../quantity-cube.ts';
import { quantityIndex } from '../quantity-cube.ts';
import { MonthStates } from './month-states.ts';
import { UnitMoves } from './unit-moves.ts';

const Q = {
  ELB: quantityIndex('ELB'), ELB_AE: quantityIndex('ELB_AE'), LZB: quantityIndex('LZB'), LZB_AKTIV: quantityIndex('LZB_AKTIV'),
  ZUGANG_ELB: quantityIndex('ZUGANG_ELB'), ABGANG_ELB: quantityIndex('ABGANG_ELB'),
  ZUGANG_LZB: quantityIndex('ZUGANG_LZB'), ABGANG_LZB: quantityIndex('ABGANG_LZB'),
  INT: quantityIndex('INT'), INT_SVB: quantityIndex('INT_SVB'), INT_AE: quantityIndex('INT_AE'), INT_LZB: quantityIndex('INT_LZB'),
  EIN_GB: quantityIndex('EIN_GB'), EIN_OEG: quantityIndex('EIN_OEG'),
  INT_NACHHALTIG: quantityIndex('INT_NACHHALTIG'), INT_KONTINUIERLICH: quantityIndex('INT_KONTINUIERLICH'),
  INT_BEDARFSDECKEND: quantityIndex('INT_BEDARFSDECKEND'),
} as const;

export interface PassUnits {
  /** Parent uid per uid, −1 for a root. */
  parents: readonly number[];
  /** Rank of each unit's id in string order: the assignment's second tie-breaker. */
  idRank: Int32Array;
}

export function runPersonPass(tables: PersonTables, units: PassUnits, firstMonth: number, st: Int32Array, cube: QuantityCube): void {
  const months = new MonthStates(st, firstMonth, units.idRank);
  const moves = new UnitMoves(units.parents);
  for (let p = 0; p < tables.personCount; p++) {
    if (tables.elb.start[p] === tables.elb.start[p + 1]) continue;
    months.load(p, tables);
    if (months.kLo > months.kHi) continue;
    addStocksAndFlows(months, tables.sex[p]!, moves, cube);
    addStarts(months, tables, p, cube);
  }
}

/** Stocks as changes of the person's state between consecutive months; Zugänge and Abgänge. */
function addStocksAndFlows(s: MonthStates, sex: number, moves: UnitMoves, cube: QuantityCube): void {
  let prevUnit = -1, prevAe = -1, prevLzb = -1, prevAktiv = -1;
  const end = Math.min(s.kHi + 1, s.months - 1);
  for (let k = s.kLo; k <= end; k++) {
    const unit = s.assigned(k) ? s.unit[k]! : -1;
    const lzb = unit >= 0 && s.lzb[k] === 1 ? unit : -1;
    const ae = unit >= 0 && s.ae[k] === 1 ? unit : -1;
    const aktiv = lzb >= 0 && s.active(k) ? unit : -1;
    if (unit !== prevUnit) {
      change(cube, Q.ELB, prevUnit, unit, sex, k);
      for (const u of moves.entered(prevUnit, unit)) cube.add(Q.ZUGANG_ELB, u, sex, k, 1);
      for (const u of moves.entered(unit, prevUnit)) cube.add(Q.ABGANG_ELB, u, sex, k, 1);
    }
    if (ae !== prevAe) change(cube, Q.ELB_AE, prevAe, ae, sex, k);
    if (lzb !== prevLzb) {
      change(cube, Q.LZB, prevLzb, lzb, sex, k);
      // LZB flows count only where the person is no LZB in any unit (a move is neither).
      if (prevLzb < 0) cube.add(Q.ZUGANG_LZB, lzb, sex, k, 1);
      else if (lzb < 0) cube.add(Q.ABGANG_LZB, prevLzb, sex, k, 1);
    }
    if (aktiv !== prevAktiv) change(cube, Q.LZB_AKTIV, prevAktiv, aktiv, sex, k);
    prevUnit = unit; prevAe = ae; prevLzb = lzb; prevAktiv = aktiv;
  }
}

function change(cube: QuantityCube, quantity: number, from: number, to: number, sex: number, k: number): void {
  if (from >= 0) cube.add(quantity, from, sex, k, -1);
  if (to >= 0) cube.add(quantity, to, sex, k, 1);
}

const FAMILY_OF_KIND = [0, 0, 0, 1, 2];
const startMonth: number[] = [];
const startKind: number[] = [];
const startVon: number[] = [];

/**
 * Integrations and entries: a start with von in (St(m1−1), St(m1)] counts for m1 if the person
 * is in a stock at m1−1, else for m1+1 if the person is in a stock at m1 (the widened window of
 * new entrants). Per family and month the earliest start counts (ties by kind: svb, ausbildung,
 * selbstaendig); unit and status are those of the month before.
 */
function addStarts(s: MonthStates, tables: PersonTables, p: number, cube: QuantityCube): void {
  const { rows, start, order } = tables.starts;
  startMonth.length = startKind.length = startVon.length = 0;
  for (let j = start[p]!; j < start[p + 1]!; j++) {
    const i = order[j]!;
    const k1 = rows.a[i]! - s.first;
    const k = s.assigned(k1 - 1) ? k1 : s.assigned(k1) ? k1 + 1 : -1;
    if (k < 0 || k >= s.months) continue;
    const kind = rows.kind[i]!;
    const von = rows.von[i]!;
    let same = -1;
    for (let x = 0; x < startMonth.length && same < 0; x++) {
      if (startMonth[x] === k && FAMILY_OF_KIND[startKind[x]!] === FAMILY_OF_KIND[kind]) same = x;
    }
    if (same < 0) {
      startMonth.push(k); startKind.push(kind); startVon.push(von);
    } else if (von < startVon[same]! || (von === startVon[same]! && kind < startKind[same]!)) {
      startKind[same] = kind; startVon[same] = von;
    }
  }
  const sex = tables.sex[p]!;
  for (let x = 0; x < startMonth.length; x++) {
    const k = startMonth[x]!;
    const kind = startKind[x]!;
    const unit = s.unit[k - 1]!;
    if (kind === START_KIND.geringfuegig) cube.add(Q.EIN_GB, unit, sex, k, 1);
    else if (kind === START_KIND.oeffentlich_gefoerdert) cube.add(Q.EIN_OEG, unit, sex, k, 1);
    else addIntegration(s, cube, unit, sex, k, kind === START_KIND.svb);
  }
}

function addIntegration(s: MonthStates, cube: QuantityCube, unit: number, sex: number, k: number, svb: boolean): void {
  cube.add(Q.INT, unit, sex, k, 1);
  if (s.ae[k - 1] === 1) cube.add(Q.INT_AE, unit, sex, k, 1);
  if (s.lzb[k - 1] === 1) cube.add(Q.INT_LZB, unit, sex, k, 1);
  if (!s.assigned(k + 3)) cube.add(Q.INT_BEDARFSDECKEND, unit, sex, k, 1);
  if (!svb) return;
  cube.add(Q.INT_SVB, unit, sex, k, 1);
  if (s.svb(k + 12)) cube.add(Q.INT_NACHHALTIG, unit, sex, k, 1);
  let continuous = true;
  for (let d = 1; d <= 6 && continuous; d++) continuous = s.svb(k + d);
  if (continuous) cube.add(Q.INT_KONTINUIERLICH, unit, sex, k, 1);
}
