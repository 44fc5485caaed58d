/**
 * eLb stocks and flows (kennzahlen.md §2: Assignment, ELB, ELB_AE, ZUGANG_ELB, ABGANG_ELB; the
 * flows by the movement concept of contract version 2: status periods, not stocks) on
 * the hand-written fixture `fixtures/stocks-flows`. Observation period 2013-01..2013-06 (from
 * the `leistungen` anchor rows); no `stichtage` file, so St(m) is the 15th.
 *
 * Persons (born 1970):
 *   stay_m    m  J1 2013-01-01..open
 *   ae_w      w  J1 2013-02-16..2013-04-14, alleinerziehend → stock only at St 03-15
 *   day_w     w  J1 2013-02-15..2013-02-15 (one day, the Stichtag itself) → stock Feb only
 *   gap_m     m  J1 2013-03-16..2013-04-14 → between two Stichtage: never in a stock, but one
 *                                               Zugang and one Abgang in April
 *   mv_jc_w   w  J1 ..2013-02-28, then J2 2013-03-01.. → move inside Träger T1 in March
 *   mv_tr_m   m  J2 ..2013-03-31, then T2 2013-04-01.. → move T1→T2 (both Land L1) in April
 *   mv_land_d d  T2 ..2013-04-30, then J9 2013-05-01.. → move L1→L2 in May, other sex
 *   ae_end_w  w  T2 ..2013-05-31 alleinerziehend, T2 2013-06-01.. not → AE ends, no flow
 *   left_m    m  J10 2013-01-01..2013-05-14 → Abgang in May
 */
import { test } from 'node:test';
import { at, checkValues, series } from './fixtures/expect.ts';
import { computeDir, fixtureDir, once } from './fixtures/run.ts';

const run = once(() => computeDir(fixtureDir('stocks-flows'), '2012-12', '2013-07'));

test('ELB per unit and month (insgesamt), months outside the observation period missing', async () => {
  const r = await run();
  checkValues(r, [
    //                     Dec    Jan Feb Mar Apr May Jun  Jul
    // J1: Jan stay+mv_jc; Feb +day_w; Mar stay+ae_w; then stay
    ...series('J1', 'ELB', '2012-12', [null, 2, 3, 2, 1, 1, 1, null]),
    // J2: mv_tr Jan–Mar; mv_jc from Mar
    ...series('J2', 'ELB', '2012-12', [null, 1, 1, 2, 1, 1, 1, null]),
    ...series('T1', 'ELB', '2012-12', [null, 3, 4, 4, 2, 2, 2, null]),
    // T2: mv_land Jan–Apr, ae_end all, mv_tr from Apr
    ...series('T2', 'ELB', '2012-12', [null, 2, 2, 2, 3, 2, 2, null]),
    ...series('L1', 'ELB', '2012-12', [null, 5, 6, 6, 5, 4, 4, null]),
    ...series('J9', 'ELB', '2013-01', [0, 0, 0, 0, 1, 1]),
    ...series('J10', 'ELB', '2013-01', [1, 1, 1, 1, 0, 0]),
    ...series('T3', 'ELB', '2013-01', [1, 1, 1, 1, 1, 1]),
    ...series('L2', 'ELB', '2013-01', [1, 1, 1, 1, 1, 1]),
  ]);
});

test('ELB by sex; a person of other sex counts in insgesamt only', async () => {
  const r = await run();
  checkValues(r, [
    ...series('J1', 'ELB', '2013-01', [1, 1, 1, 1, 1, 1], 'm'), // stay_m
    ...series('J1', 'ELB', '2013-01', [1, 2, 1, 0, 0, 0], 'w'), // mv_jc Jan/Feb, day_w Feb, ae_w Mar
    ...series('L1', 'ELB', '2013-01', [2, 2, 2, 2, 2, 2], 'm'), // stay_m, mv_tr_m
    ...series('L1', 'ELB', '2013-01', [2, 3, 3, 2, 2, 2], 'w'),
    // insgesamt 5,6,6,5 in Jan–Apr = m + w + mv_land_d
    ...series('T2', 'ELB', '2013-01', [0, 0, 0, 1, 1, 1], 'm'), // mv_tr_m from Apr
    ...series('T2', 'ELB', '2013-01', [1, 1, 1, 1, 1, 1], 'w'), // ae_end_w
    ...series('J9', 'ELB', '2013-05', [0, 0], 'm'),
    ...series('J9', 'ELB', '2013-05', [0, 0], 'w'),
    ...series('L2', 'ELB', '2013-01', [1, 1, 1, 1, 0, 0], 'm'), // left_m; mv_land_d is neither m nor w
    ...series('L2', 'ELB', '2013-01', [0, 0, 0, 0, 0, 0], 'w'),
  ]);
});

test('ELB_AE follows the alleinerziehend flag of the assigned row', async () => {
  const r = await run();
  checkValues(r, [
    ...series('J1', 'ELB_AE', '2013-01', [0, 0, 1, 0, 0, 0]), // ae_w at St 03-15 only
    ...series('T2', 'ELB_AE', '2013-01', [1, 1, 1, 1, 1, 0]), // ae_end_w: flag 0 from 2013-06-01
    ...series('L1', 'ELB_AE', '2013-01', [1, 1, 2, 1, 1, 0]),
    ...series('L1', 'ELB_AE', '2013-01', [1, 1, 2, 1, 1, 0], 'w'),
    ...series('L1', 'ELB_AE', '2013-01', [0, 0, 0, 0, 0, 0], 'm'),
    ...series('L2', 'ELB_AE', '2013-01', [0, 0, 0, 0, 0, 0]),
  ]);
});

test('ZUGANG_ELB and ABGANG_ELB of the örtliche Jobcenter; the first month needs m−1 and is missing', async () => {
  const r = await run();
  checkValues(r, [
    //                            Jan   Feb Mar Apr May Jun
    // Zugang in m: the period begins in (St(m−1), St(m)]; Abgang: it ends in [St(m−1), St(m)).
    // Feb day_w (begins 02-15); Mar ae_w (02-16); Apr gap_m (03-16)
    ...series('J1', 'ZUGANG_ELB', '2013-01', [null, 1, 1, 1, 0, 0]),
    // Mar day_w (ends 02-15) + mv_jc_w (02-28); Apr ae_w (04-14) + gap_m (04-14)
    ...series('J1', 'ABGANG_ELB', '2013-01', [null, 0, 2, 2, 0, 0]),
    ...series('J2', 'ZUGANG_ELB', '2013-01', [null, 0, 1, 0, 0, 0]), // Mar mv_jc_w
    ...series('J2', 'ABGANG_ELB', '2013-01', [null, 0, 0, 1, 0, 0]), // Apr mv_tr_m
    ...series('J9', 'ZUGANG_ELB', '2013-01', [null, 0, 0, 0, 1, 0]), // May mv_land_d
    ...series('J10', 'ABGANG_ELB', '2013-01', [null, 0, 0, 0, 1, 0]), // May left_m (bis 05-14 < St 05-15)
    at('J1', '2013-07', 'ZUGANG_ELB', null), // outside the observation period
    at('J1', '2013-07', 'ABGANG_ELB', null),
  ]);
});

test('a move inside a Träger is no flow of the Träger; a move between Träger of one Land none of the Land', async () => {
  const r = await run();
  checkValues(r, [
    // T1: Feb day_w in; Mar ae_w in, day_w out (mv_jc_w J1→J2 on adjacent days stays in T1);
    // Apr gap_m in, ae_w + gap_m + mv_tr_m (last day in T1 03-31) out
    ...series('T1', 'ZUGANG_ELB', '2013-02', [1, 1, 1, 0, 0]),
    ...series('T1', 'ABGANG_ELB', '2013-02', [0, 1, 3, 0, 0]),
    // T2: Apr mv_tr_m in; May mv_land_d out; the AE change of ae_end_w in June is no flow
    ...series('T2', 'ZUGANG_ELB', '2013-02', [0, 0, 1, 0, 0]),
    ...series('T2', 'ABGANG_ELB', '2013-02', [0, 0, 0, 1, 0]),
    // L1: mv_tr_m (T1→T2 on adjacent days) is no flow; gap_m in and out in April; mv_land_d
    // leaves L1 in May (last day 04-30)
    ...series('L1', 'ZUGANG_ELB', '2013-02', [1, 1, 1, 0, 0]),
    ...series('L1', 'ABGANG_ELB', '2013-02', [0, 1, 2, 1, 0]),
    // T3 and L2 in May: mv_land_d in, left_m out
    at('T3', '2013-05', 'ZUGANG_ELB', 1),
    at('T3', '2013-05', 'ABGANG_ELB', 1),
    at('L2', '2013-05', 'ZUGANG_ELB', 1),
    at('L2', '2013-05', 'ABGANG_ELB', 1),
    at('L2', '2013-05', 'ZUGANG_ELB', 0, 'm'),
    at('L2', '2013-05', 'ZUGANG_ELB', 0, 'w'),
    at('L2', '2013-05', 'ABGANG_ELB', 1, 'm'),
    at('L1', '2013-05', 'ABGANG_ELB', 0, 'm'),
    at('L1', '2013-05', 'ABGANG_ELB', 0, 'w'),
    // the person between two Stichtage (gap_m, a man) is one Zugang and one Abgang of April
    at('J1', '2013-04', 'ZUGANG_ELB', 1, 'm'),
    at('J1', '2013-04', 'ABGANG_ELB', 1, 'm'),
    at('J1', '2013-05', 'ABGANG_ELB', 0),
  ]);
});
