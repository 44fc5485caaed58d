/**
 * eLb flows by the movement concept (kennzahlen.md §2, contract version 2) on the hand-written
 * fixture `fixtures/movement`. Observation period 2013-01..2013-06, St(m) = the 15th.
 * ZUGANG_ELB(u,m) counts the status periods in u (maximal runs of days assigned to u or its
 * subtree) that begin in (St(m−1), St(m)]; ABGANG_ELB(u,m) those that end in [St(m−1), St(m)).
 *
 * Units: L1 { T1 { J_between, J_two, J_adj, J_gap, J_edge }, T_in { J_in_a, J_in_b },
 * T_win { J_win_a, J_win_b }, T_tr { J_tr }, T2, T_other }, L2 { T3 }.
 *
 *   between_m    J_between 03-17..04-02               begins and ends between St 03-15 and 04-15
 *   two_m        J_two 03-17..03-20, 03-25..04-02      two periods in one month (gap 03-21..24)
 *   back_w       J_two ..02-20, 03-01..               leaves and returns between two Stichtage
 *   adj_m        J_adj ..03-20, 03-21.. (AE from 03-21) adjacent rows: one period
 *   gap_m        J_gap ..03-20, 03-22..               a one-day gap (03-21) ends the period
 *   edge_end_m   J_edge ..03-15                        last day on St(Mar): Abgang of April
 *   edge_begin_w J_edge 03-16..                        first day after St(Mar): Zugang of April
 *   edge_on_w    J_edge 02-15..                        first day on St(Feb): Zugang of February
 *   in_tr_m      J_in_a ..03-31, J_in_b 04-01..       move inside T_in on adjacent days
 *   in_tr_gap_w  J_in_a ..03-31, J_in_b 04-02..       the same move with a day between
 *   win_m        J_win_a 01-01.., J_win_b 03-20..03-25 the later row wins 03-20..03-25
 *   lose_m       J_win_a 02-01.., J_win_b 01-10..05-31 J_win_b's row loses from 02-01 on
 *   win_tr_w     J_win_a 01-01.., T_other 05-20..05-25 another Träger's row wins for six days
 *   tr_m         J_tr ..04-30, T2 05-01..              move between Träger of one Land
 *   land_w       T2 ..02-28, T3 03-01..                move between Länder
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SEXES } from '../domain/kpi/catalog.ts';
import { monthsBetween, parseMonth } from '../domain/shared/month.ts';
import { at, checkValues, series } from './fixtures/expect.ts';
import { computeDir, fixtureDir, once } from './fixtures/run.ts';

const run = once(() => computeDir(fixtureDir('movement'), '2013-01', '2013-06'));
const flows = (unit: string, zugang: number[], abgang: number[], sex?: 'm' | 'w') => [
  ...series(unit, 'ZUGANG_ELB', '2013-01', [null, ...zugang], sex),
  ...series(unit, 'ABGANG_ELB', '2013-01', [null, ...abgang], sex),
];

test('a period between two Stichtage, two periods in one month, adjacent rows against a gap', async () => {
  const r = await run();
  checkValues(r, [
    //                     Feb Mar Apr May Jun
    // between_m: begins 03-17 ∈ (03-15, 04-15], ends 04-02 ∈ [03-15, 04-15); never in a stock
    ...flows('J_between', [0, 0, 1, 0, 0], [0, 0, 1, 0, 0]),
    ...series('J_between', 'ELB', '2013-01', [0, 0, 0, 0, 0, 0]),
    // back_w: ends 02-20 ∈ [02-15, 03-15) and begins 03-01 ∈ (02-15, 03-15]: both in March;
    // two_m: begins 03-17 and 03-25, ends 03-20 and 04-02: two of each in April
    ...flows('J_two', [0, 1, 2, 0, 0], [0, 1, 2, 0, 0]),
    ...flows('J_two', [0, 0, 2, 0, 0], [0, 0, 2, 0, 0], 'm'),
    ...flows('J_two', [0, 1, 0, 0, 0], [0, 1, 0, 0, 0], 'w'),
    ...series('J_two', 'ELB', '2013-01', [1, 1, 1, 1, 1, 1]),
    // adj_m: 03-20 and 03-21 are adjacent, the AE flag changes, the period goes on
    ...flows('J_adj', [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]),
    ...series('J_adj', 'ELB_AE', '2013-01', [0, 0, 0, 1, 1, 1]),
    // gap_m: 03-21 is no eLb day: the period ends 03-20 and a new one begins 03-22 (April)
    ...flows('J_gap', [0, 0, 1, 0, 0], [0, 0, 1, 0, 0]),
    ...series('J_gap', 'ELB', '2013-01', [1, 1, 1, 1, 1, 1]),
  ]);
});

test('the Stichtag itself: a period ending on it leaves a month later, one beginning on it enters that month', async () => {
  const r = await run();
  checkValues(r, [
    // Feb: edge_on_w begins on St(Feb) = 02-15; Apr: edge_begin_w begins 03-16, edge_end_m ends
    // on St(Mar) = 03-15, which is in [03-15, 04-15)
    ...flows('J_edge', [1, 0, 1, 0, 0], [0, 0, 1, 0, 0]),
    ...series('J_edge', 'ELB', '2013-01', [1, 2, 2, 2, 2, 2]),
    // T1 has no moves between its Jobcenter: the sum of J_between, J_two, J_adj, J_gap, J_edge
    ...flows('T1', [1, 1, 5, 0, 0], [0, 1, 5, 0, 0]),
  ]);
});

test('a move inside a Träger is a flow of both Jobcenter, not of the Träger — unless a day lies between', async () => {
  const r = await run();
  checkValues(r, [
    ...flows('J_in_a', [0, 0, 0, 0, 0], [0, 0, 2, 0, 0]), // both leave 03-31
    ...flows('J_in_b', [0, 0, 2, 0, 0], [0, 0, 0, 0, 0]), // 04-01 and 04-02
    // in_tr_m's days run on in T_in; in_tr_gap_w has no eLb day on 04-01: she leaves T_in
    // (and L1) on 03-31 and enters again on 04-02
    ...flows('T_in', [0, 0, 1, 0, 0], [0, 0, 1, 0, 0]),
    ...flows('T_in', [0, 0, 0, 0, 0], [0, 0, 0, 0, 0], 'm'),
    ...series('T_in', 'ELB', '2013-01', [2, 2, 2, 2, 2, 2]),
  ]);
});

test('a day on which another unit’s row wins the assignment is no day of the period', async () => {
  const r = await run();
  checkValues(r, [
    // J_win_a: Feb lose_m begins 02-01 (his J_win_b days end 01-31); Apr win_m leaves on 03-19
    // and returns on 03-26; Jun win_tr_w leaves on 05-19 and returns on 05-26
    ...flows('J_win_a', [1, 0, 1, 0, 1], [0, 0, 1, 0, 1]),
    // J_win_b: Feb lose_m's period 01-10..01-31 ends (his row runs to 05-31 but loses from
    // 02-01, so no Abgang in June); Apr win_m's period 03-20..03-25
    ...flows('J_win_b', [0, 0, 1, 0, 0], [1, 0, 1, 0, 0]),
    ...series('J_win_a', 'ELB', '2013-01', [2, 3, 3, 3, 3, 3]),
    ...series('J_win_b', 'ELB', '2013-01', [1, 0, 0, 0, 0, 0]),
    // the days in J_win_b are days in T_win; the six days in T_other are not
    ...flows('T_win', [0, 0, 0, 0, 1], [0, 0, 0, 0, 1]),
    ...flows('T_other', [0, 0, 0, 0, 1], [0, 0, 0, 0, 1]),
    ...series('T_other', 'ELB', '2013-01', [0, 0, 0, 0, 0, 0]),
  ]);
});

test('moves between Träger and between Länder; the Land sees only what crosses its border', async () => {
  const r = await run();
  checkValues(r, [
    ...flows('J_tr', [0, 0, 0, 0, 0], [0, 0, 0, 1, 0]), // last day 04-30
    ...flows('T_tr', [0, 0, 0, 0, 0], [0, 0, 0, 1, 0]),
    // T2: land_w leaves 02-28 (March), tr_m enters 05-01 (May)
    ...flows('T2', [0, 0, 0, 1, 0], [0, 1, 0, 0, 0]),
    ...flows('T3', [0, 1, 0, 0, 0], [0, 0, 0, 0, 0]),
    ...flows('L2', [0, 1, 0, 0, 0], [0, 0, 0, 0, 0]),
    // L1: T1's flows, in_tr_gap_w in April, land_w out in March; the moves of tr_m, win_tr_w,
    // lose_m and win_m stay inside L1
    ...flows('L1', [1, 1, 6, 0, 0], [0, 2, 6, 0, 0]),
    at('L1', '2013-03', 'ABGANG_ELB', 2, 'w'), // land_w, back_w
  ]);
});

test('ELB(m) = ELB(m−1) + ZUGANG_ELB(m) − ABGANG_ELB(m) for every unit, month and sex', async () => {
  const r = await run();
  const months = monthsBetween(parseMonth('2013-01'), parseMonth('2013-06'));
  const broken: string[] = [];
  let checked = 0;
  for (const unit of r.raw.einheiten) {
    for (const sex of SEXES) {
      for (let i = 1; i < months.length; i++) {
        const v = (q: 'ELB' | 'ZUGANG_ELB' | 'ABGANG_ELB', m: string) =>
          r.value(unit.id, m, q, sex);
        const [before, now] = [v('ELB', months[i - 1]!), v('ELB', months[i]!)];
        const [zugang, abgang] = [v('ZUGANG_ELB', months[i]!), v('ABGANG_ELB', months[i]!)];
        checked++;
        if (now !== before! + zugang! - abgang!)
          broken.push(`${unit.id} ${months[i]} ${sex}: ${before} + ${zugang} − ${abgang} ≠ ${now}`);
      }
    }
  }
  assert.deepEqual(broken, []);
  assert.equal(checked, 19 * 3 * 5);
});
