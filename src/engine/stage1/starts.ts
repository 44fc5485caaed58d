/**
 * Integrations and entries (kennzahlen.md §2): a start with von in (St(m1−1), St(m1)] counts for
 * m1 if the person is in a stock at m1−1, else for m1+1 if the person is in a stock at m1 (the
 * widened window of new entrants). A start on a day of a publicly funded measure is no start at
 * all (SPELL_KIND.svb_gefoerdert; the others are not read: person-tables.ts). Per family and month the earliest start counts (ties by kind:
 * svb, ausbildung, selbstaendig); unit and status are those of the month before.
 */
import type { QuantityCube } from '../quantity-cube.ts';
import type { MonthStates } from './month-states.ts';
import { LAST_START, SPELL_KIND } from './person-tables.ts';
import { Q } from './quantities.ts';

/** Families of starts counted once per month: employment (INT), geringfügig (EIN_GB), öffentlich gefördert (EIN_OEG). */
const FAMILY_OF_KIND = [0, 0, 0, 1, 2];
/** The counted starts of the current person (month, kind, von), reused between persons. */
let startMonth = new Int32Array(8);
let startKind = new Int32Array(8);
let startVon = new Int32Array(8);

export function addStarts(s: MonthStates, sex: number, cube: QuantityCube): void {
  if (startMonth.length < s.spellCount) {
    startMonth = new Int32Array(s.spellCount * 2);
    startKind = new Int32Array(s.spellCount * 2);
    startVon = new Int32Array(s.spellCount * 2);
  }
  let count = 0;
  for (let x = 0; x < s.spellCount; x++) {
    const kind = s.spellKind[x]!;
    if (kind > LAST_START) continue;
    const k1 = s.spellA[x]!;
    const k = s.assigned(k1 - 1) ? k1 : s.assigned(k1) ? k1 + 1 : -1;
    if (k < 0 || k >= s.months.months) continue;
    const von = s.spellVon[x]!;
    let same = -1;
    for (let y = 0; y < count && same < 0; y++) {
      if (startMonth[y] === k && FAMILY_OF_KIND[startKind[y]!] === FAMILY_OF_KIND[kind]) same = y;
    }
    if (same < 0) {
      startMonth[count] = k;
      startKind[count] = kind;
      startVon[count] = von;
      count++;
    } else if (von < startVon[same]! || (von === startVon[same]! && kind < startKind[same]!)) {
      startKind[same] = kind;
      startVon[same] = von;
    }
  }
  for (let y = 0; y < count; y++) {
    const k = startMonth[y]!;
    const kind = startKind[y]!;
    const unit = s.runs.unit[s.runs.at(k - 1)]!;
    if (kind === SPELL_KIND.geringfuegig) cube.add(Q.EIN_GB, unit, sex, k, 1);
    else if (kind === SPELL_KIND.oeffentlich_gefoerdert) cube.add(Q.EIN_OEG, unit, sex, k, 1);
    else addIntegration(s, cube, unit, sex, k, kind === SPELL_KIND.svb);
  }
}

function addIntegration(
  s: MonthStates,
  cube: QuantityCube,
  unit: number,
  sex: number,
  k: number,
  svb: boolean,
): void {
  cube.add(Q.INT, unit, sex, k, 1);
  if (s.runs.ae[s.runs.at(k - 1)] === 1) cube.add(Q.INT_AE, unit, sex, k, 1);
  if (s.lzb(k - 1)) cube.add(Q.INT_LZB, unit, sex, k, 1);
  if (!s.assigned(k + 3)) cube.add(Q.INT_BEDARFSDECKEND, unit, sex, k, 1);
  if (!svb) return;
  cube.add(Q.INT_SVB, unit, sex, k, 1);
  if (s.svb(k + 12)) cube.add(Q.INT_NACHHALTIG, unit, sex, k, 1);
  let continuous = true;
  for (let d = 1; d <= 6 && continuous; d++) continuous = s.svb(k + d);
  if (continuous) cube.add(Q.INT_KONTINUIERLICH, unit, sex, k, 1);
}
