/**
 * Langzeitleistungsbezieher (kennzahlen.md §2: eLb days, LZB, ZUGANG_LZB, ABGANG_LZB,
 * LZB_AKTIV, INT_LZB) on fixture `fixtures/lzb`. Observation period 2012-01..2014-03; St = 15th.
 * LZB(m) needs St(m)−729 inside it: St(2014-01) − 729 = 2012-01-17 (inside), St(2013-12) − 729 =
 * 2011-12-17 (outside) → LZB and what builds on it is missing in 2013-12.
 *
 * Offsets below are days relative to t = St(2014-01) = 2014-01-15; the window of D(p,t) is
 * [t−729, t] = [2012-01-17, 2014-01-15]; St(2014-02) = t+31, St(2014-03) = t+59.
 * Each case has its own örtliches Jobcenter under T1, so a failure names the case.
 * Everybody is born 1970-01-01 unless said otherwise.
 *
 *   p638      u638      [−637, open) = 2012-04-18..            D(t) = 638 → LZB
 *   p637      u637      [−636, open) = 2012-04-19..            D(t) = 637 → not; Feb: 668 → Zugang
 *   povl      uovl      2012-04-19..2013-03-21 and 2012-12-11..open: union 637 days (the sum,
 *                       738, would pass) → not; Feb: 668 → Zugang
 *   pother    uother    T2 2012-04-18..2013-06-28 (437 d), uother 2013-06-29.. (201 d) → 638 → LZB
 *   pedge_in  uedge_in  [−729, −630] + [−537, open): 100 + 538 = 638 → LZB (first window day counts)
 *   pedge_out uedge_out [−730, −631] + [−537, open): 99 + 538 = 637 → never LZB (t−730 is outside)
 *   page17    uage17    born 1997-01-15, eLb from −700: 17 on St 2014-01-15 → LZB
 *   page16    uage16    born 1997-01-16: 16 at St(2014-01) → not; LZB in Feb → Zugang
 *   pmv       umv_a → umv_b on 2014-02-01, eLb from −700: LZB in both, a move is no LZB flow
 *   pabg      uabg      −700..2014-02-10: LZB Jan, no eLb at St(Feb) → Abgang LZB and eLb
 *   pdrop     udrop     [−729, −93] (637 d), [0, 0], [+30, open): D(t) = 638 → LZB; D(t+31) =
 *                       606 + 1 + 2 = 609 → still eLb but no longer LZB → ABGANG_LZB, no ABGANG_ELB
 *   pnot      unot      [−729, −1]: 729 eLb days but not in the stock at t → not LZB
 *   akt1..5   uakt      LZB (eLb from −700) with measures: akt1 aktiv 01-01..01-31, akt2
 *                       oeffentlich_gefoerdert 2013-12-01..2014-03-31, akt3 begleitend (no),
 *                       akt4 aktiv ..2014-01-14 (no), akt5 aktiv 2014-01-15 only
 *   akt6      uakt      eLb from −100 with aktiv measure: not LZB, so not LZB_AKTIV
 *   int_*     uint      integrations: int_jan (LZB) svb 2014-01-10; int_lzb (LZB) svb 2014-02-01;
 *                       int_nolzb (D(t) = 637) svb 2014-02-03; int_late (637 at t, LZB from Feb)
 *                       svb 2014-03-01
 */
import { test } from 'node:test';
import { at, checkKennzahlen, checkValues, kz, quota, series } from './fixtures/expect.ts';
import { computeDir, fixtureDir, once } from './fixtures/run.ts';

const run = once(() => computeDir(fixtureDir('lzb'), '2013-12', '2014-03'));

test('LZB threshold 638 of 730 days, overlaps once, days in other units, window edges', async () => {
  const r = await run();
  checkValues(r, [
    //                                       Dec   Jan Feb Mar
    ...series('u638', 'LZB', '2013-12', [null, 1, 1, 1]),
    ...series('u637', 'LZB', '2013-12', [null, 0, 1, 1]),
    ...series('uovl', 'LZB', '2013-12', [null, 0, 1, 1]),
    ...series('uother', 'LZB', '2013-12', [null, 1, 1, 1]),
    ...series('T2', 'LZB', '2013-12', [null, 0, 0, 0]),
    ...series('uedge_in', 'LZB', '2013-12', [null, 1, 1, 1]), // Feb: 69 + 569, Mar: 41 + 597
    ...series('uedge_out', 'LZB', '2013-12', [null, 0, 0, 0]), // Feb: 68 + 569, Mar: 40 + 597
    ...series('unot', 'LZB', '2013-12', [null, 0, 0, 0]),
    ...series('udrop', 'LZB', '2013-12', [null, 1, 0, 0]), // Mar: 578 + 1 + 30 = 609
  ]);
});

test('LZB needs age 17 at St(m); the 17th birthday counts', async () => {
  const r = await run();
  checkValues(r, [
    ...series('uage17', 'LZB', '2014-01', [1, 1, 1]),
    ...series('uage16', 'LZB', '2014-01', [0, 1, 1]),
    ...series('uage16', 'ELB', '2014-01', [1, 1, 1]),
  ]);
});

test('LZB stock of the Träger and by sex', async () => {
  const r = await run();
  checkValues(r, [
    // Jan: u638, uother, uedge_in, uage17, umv_a, uabg, udrop, 5 uakt, 2 uint = 14
    // Feb: − umv_a, uabg, udrop + u637, uovl, uage16, umv_b, 2 more in uint = 17
    ...series('T1', 'LZB', '2013-12', [null, 14, 17, 17]),
    ...series('L1', 'LZB', '2013-12', [null, 14, 17, 17]),
    ...series('T1', 'LZB', '2014-01', [8, 8, 8], 'm'),
    ...series('T1', 'LZB', '2014-01', [6, 9, 9], 'w'),
  ]);
});

test('ZUGANG_LZB and ABGANG_LZB: not LZB in any unit the month before / after; a move is neither', async () => {
  const r = await run();
  checkValues(r, [
    //                                          Dec   Jan   Feb Mar
    ...series('u637', 'ZUGANG_LZB', '2013-12', [null, null, 1, 0]),
    ...series('uovl', 'ZUGANG_LZB', '2013-12', [null, null, 1, 0]),
    ...series('uage16', 'ZUGANG_LZB', '2013-12', [null, null, 1, 0]),
    ...series('uint', 'ZUGANG_LZB', '2013-12', [null, null, 2, 0]), // int_nolzb, int_late
    ...series('umv_b', 'ZUGANG_LZB', '2013-12', [null, null, 0, 0]),
    ...series('T1', 'ZUGANG_LZB', '2013-12', [null, null, 5, 0]),
    ...series('uabg', 'ABGANG_LZB', '2013-12', [null, null, 1, 0]),
    ...series('udrop', 'ABGANG_LZB', '2013-12', [null, null, 1, 0]),
    ...series('umv_a', 'ABGANG_LZB', '2013-12', [null, null, 0, 0]),
    ...series('T1', 'ABGANG_LZB', '2013-12', [null, null, 2, 0]),
    ...series('T1', 'ABGANG_LZB', '2014-02', [1, 0], 'm'), // pabg
    ...series('T1', 'ABGANG_LZB', '2014-02', [1, 0], 'w'), // pdrop
  ]);
});

test('eLb flows of the LZB cases', async () => {
  const r = await run();
  checkValues(r, [
    ...series('udrop', 'ELB', '2013-12', [0, 1, 1, 1]),
    ...series('unot', 'ELB', '2013-12', [1, 0, 0, 0]),
    ...series('umv_a', 'ELB', '2013-12', [1, 1, 0, 0]),
    ...series('umv_b', 'ELB', '2013-12', [0, 0, 1, 1]),
    // pdrop's one-day period 01-15 begins on St(Jan) (Zugang Jan) and ends in [St(Jan), St(Feb)),
    // and the next begins 02-14 in (St(Jan), St(Feb)]: an Abgang and a Zugang in Feb
    // (movement concept); the stocks of Jan and Feb are both 1
    at('udrop', '2014-01', 'ZUGANG_ELB', 1),
    at('udrop', '2014-02', 'ABGANG_ELB', 1),
    at('udrop', '2014-02', 'ZUGANG_ELB', 1),
    at('uabg', '2014-02', 'ABGANG_ELB', 1),
    at('umv_a', '2014-02', 'ABGANG_ELB', 1),
    at('umv_b', '2014-02', 'ZUGANG_ELB', 1),
    // pmv's move umv_a → umv_b on adjacent days (01-31, 02-01) stays inside T1: no flow of T1
    at('T1', '2014-02', 'ZUGANG_ELB', 1), // pdrop
    at('T1', '2014-02', 'ABGANG_ELB', 2), // pabg, pdrop
  ]);
});

test('LZB_AKTIV: aktiv or oeffentlich_gefoerdert covering St(m); K3E2 from it', async () => {
  const r = await run();
  checkValues(r, [
    ...series('uakt', 'LZB', '2013-12', [null, 5, 5, 5]),
    ...series('uakt', 'ELB', '2013-12', [6, 6, 6, 6]),
    ...series('uakt', 'LZB_AKTIV', '2013-12', [null, 3, 1, 1]), // Jan akt1, akt2, akt5; then akt2
    ...series('T1', 'LZB_AKTIV', '2013-12', [null, 3, 1, 1]),
    at('uakt', '2014-01', 'LZB_AKTIV', 2, 'm'),
    at('uakt', '2014-01', 'LZB_AKTIV', 1, 'w'),
  ]);
  checkKennzahlen(r, [
    kz('uakt', '2013-12', 'K3E2', null),
    kz('uakt', '2014-01', 'K3E2', quota(3, 5)),
    kz('uakt', '2014-02', 'K3E2', quota(1, 5)),
    kz('uakt', '2014-01', 'K3E2', quota(2, 3), 'm'), // akt1, akt5 of akt1, akt3, akt5
    kz('u637', '2014-01', 'K3E2', null), // LZB(m) = 0: zero denominator
  ]);
});

test('INT_LZB uses the LZB status of m−1 and is missing with it', async () => {
  const r = await run();
  checkValues(r, [
    //                                     Dec Jan   Feb Mar
    ...series('uint', 'INT', '2013-12', [0, 1, 2, 1]), // Jan int_jan; Feb int_lzb, int_nolzb; Mar int_late
    ...series('uint', 'INT_LZB', '2013-12', [null, null, 1, 1]), // Jan needs LZB(2013-12): missing
    ...series('uint', 'LZB', '2013-12', [null, 2, 4, 4]),
  ]);
});
