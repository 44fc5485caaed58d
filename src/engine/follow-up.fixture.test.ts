/**
 * Follow-up quantities (kennzahlen.md §2: INT_NACHHALTIG, INT_KONTINUIERLICH,
 * INT_BEDARFSDECKEND) on fixture `fixtures/follow-up`. Observation period 2013-01..2014-04
 * (anchor `leistungen` row in 2014-04), St = 15th. So INT_NACHHALTIG(m) exists up to 2013-04
 * (St(m+12) ≤ 2014-04), INT_KONTINUIERLICH up to 2013-10, INT_BEDARFSDECKEND up to 2014-01.
 * Everybody is eLb from 2013-01-01, open, in her own jobcenter unless said otherwise; the April
 * 2013 window is (03-15, 04-15].
 *
 *   n_same   svb 2013-04-01..open                          → NACH 1, KONT 1
 *   n_other  svb 04-01..06-30 and 07-01..open (two rows)   → NACH 1, KONT 1; INT again in Jul
 *   k_gap    svb 04-01..08-14 and 08-16..open: St 08-15 uncovered → KONT 0, NACH 1; INT in Sep
 *   k_last   svb 04-01..10-14: St(m+6) = 10-15 uncovered   → KONT 0, NACH 0
 *   k_ok6    svb 04-01..10-15: covers St(m+6)              → KONT 1, NACH 0
 *   n_ausb   ausbildung 03-20, svb 04-01..open: counted start ausbildung → no INT_SVB, NACH 0, KONT 0
 *   b_out    eLb until 2013-04-30, svb 04-01..open: no stock at St(Jul) → BED 1 (and NACH 1, KONT 1)
 *   b_back   eLb until 04-30, in T2's stock from 07-01, svb 04-01..04-30 → BED 0 (any unit counts)
 *   b_self   eLb until 05-31, selbstaendig 04-01          → INT, not svb; BED 1
 *   b_gap    eLb until 04-30 and again from 07-16 (after St Jul), svb 04-01..04-30 → BED 1
 *   n_may    svb 2013-05-01..open → INT May; NACH(May) needs St(2014-05): missing
 *   kont_end svb 2013-10-01..open → KONT(Oct) exists (St Nov..Apr) = 1
 *   kont_miss svb 2013-11-01..open → KONT(Nov) missing
 *   late     eLb until 2014-01-31, svb 2014-01-10 → BED(2014-01) = 1 (St(2014-04) in the data)
 *   late2    svb 2014-02-10 → BED(2014-02) missing
 */
import { test } from 'node:test';
import { at, checkValues, series } from './fixtures/expect.ts';
import { computeDir, fixtureDir, once } from './fixtures/run.ts';

const run = once(() => computeDir(fixtureDir('follow-up'), '2013-01', '2014-04'));
const NA = null;

test('April 2013 integrations: INT, INT_SVB, INT_NACHHALTIG, INT_KONTINUIERLICH, INT_BEDARFSDECKEND per case', async () => {
  const r = await run();
  const cases: [string, number, number, number, number, number][] = [
    // unit        INT SVB NACH KONT BED
    ['u_nsame', 1, 1, 1, 1, 0],
    ['u_nother', 1, 1, 1, 1, 0],
    ['u_kgap', 1, 1, 1, 0, 0],
    ['u_klast', 1, 1, 0, 0, 0],
    ['u_kok6', 1, 1, 0, 1, 0],
    ['u_nausb', 1, 0, 0, 0, 0],
    ['u_bout', 1, 1, 1, 1, 1],
    ['u_bback', 1, 1, 0, 0, 0],
    ['u_bself', 1, 0, 0, 0, 1],
    ['u_bgap', 1, 1, 0, 0, 1],
    ['T1', 10, 8, 4, 4, 3],
    ['T2', 0, 0, 0, 0, 0], // b_back is in T2's stock only from July
  ];
  checkValues(
    r,
    cases.flatMap(([unit, int, svb, nach, kont, bed]) => [
      at(unit, '2013-04', 'INT', int),
      at(unit, '2013-04', 'INT_SVB', svb),
      at(unit, '2013-04', 'INT_NACHHALTIG', nach),
      at(unit, '2013-04', 'INT_KONTINUIERLICH', kont),
      at(unit, '2013-04', 'INT_BEDARFSDECKEND', bed),
    ]),
  );
});

test('follow-up quantities by sex', async () => {
  const r = await run();
  checkValues(r, [
    at('T1', '2013-04', 'INT_NACHHALTIG', 3, 'm'),
    at('T1', '2013-04', 'INT_NACHHALTIG', 1, 'w'),
    at('T1', '2013-04', 'INT_KONTINUIERLICH', 3, 'm'),
    at('T1', '2013-04', 'INT_KONTINUIERLICH', 1, 'w'),
    at('T1', '2013-04', 'INT_BEDARFSDECKEND', 2, 'm'),
    at('T1', '2013-04', 'INT_BEDARFSDECKEND', 1, 'w'),
  ]);
});

test('each follow-up quantity is missing, not zero, once the data end before St(m+k)', async () => {
  const r = await run();
  checkValues(r, [
    //                      2013: Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec  2014: Jan Feb Mar Apr
    ...series('T1', 'INT', '2013-01', [NA, NA, 0, 10, 1, 0, 1, 0, 1, 1, 1, 0, 1, 1, 0, 0]),
    ...series('T1', 'INT_NACHHALTIG', '2013-01', [
      NA,
      NA,
      0,
      4,
      NA,
      NA,
      NA,
      NA,
      NA,
      NA,
      NA,
      NA,
      NA,
      NA,
      NA,
      NA,
    ]),
    ...series('T1', 'INT_KONTINUIERLICH', '2013-01', [
      NA,
      NA,
      0,
      4,
      1,
      0,
      1,
      0,
      1,
      1,
      NA,
      NA,
      NA,
      NA,
      NA,
      NA,
    ]),
    ...series('T1', 'INT_BEDARFSDECKEND', '2013-01', [
      NA,
      NA,
      0,
      3,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      1,
      NA,
      NA,
      NA,
    ]),
    // units without any integration are missing in the same months
    at('u_nsame', '2013-05', 'INT_NACHHALTIG', NA),
    at('u_nsame', '2013-11', 'INT_KONTINUIERLICH', NA),
    at('u_nsame', '2014-02', 'INT_BEDARFSDECKEND', NA),
    at('u_nsame', '2014-01', 'INT_BEDARFSDECKEND', 0),
  ]);
});

test('the later integrations of the boundary cases', async () => {
  const r = await run();
  checkValues(r, [
    at('u_nmay', '2013-05', 'INT_SVB', 1),
    at('u_nmay', '2013-05', 'INT_NACHHALTIG', NA),
    at('u_nmay', '2013-05', 'INT_KONTINUIERLICH', 1),
    at('u_nother', '2013-07', 'INT', 1),
    at('u_nother', '2013-07', 'INT_KONTINUIERLICH', 1),
    at('u_kgap', '2013-09', 'INT', 1),
    at('u_kgap', '2013-09', 'INT_KONTINUIERLICH', 1),
    at('u_kend', '2013-10', 'INT_KONTINUIERLICH', 1),
    at('u_kmiss', '2013-11', 'INT', 1),
    at('u_kmiss', '2013-11', 'INT_KONTINUIERLICH', NA),
    at('u_kmiss', '2013-11', 'INT_BEDARFSDECKEND', 0),
    at('u_late', '2014-01', 'INT', 1),
    at('u_late', '2014-01', 'INT_BEDARFSDECKEND', 1),
    at('u_late2', '2014-02', 'INT', 1),
    at('u_late2', '2014-02', 'INT_BEDARFSDECKEND', NA),
  ]);
});
