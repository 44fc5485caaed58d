/**
 * A custom `stichtage` file (kennzahlen.md §1) and the age rule with a 29 February birthday
 * (§2, LZB) on fixture `fixtures/stichtage`. Observation period 2015-03..2017-05. The file
 * sets the 10th for every month, except St(2017-02) = 2017-02-28 and St(2017-03) = 2017-03-01.
 *
 *   feb29   born 2000-02-29, eLb from 2015-03-01: turns 17 on 2017-03-01 (29 Feb counts as
 *           1 March) → not LZB at St 2017-02-28, LZB at St 2017-03-01
 *   apr12   born 2000-04-12, eLb from 2015-03-01: 16 at St 2017-04-10 (would be 17 on the 15th)
 *   st_feb  eLb 2017-02-20..2017-02-28 → in the stock of 2017-02 only with the custom Stichtag
 *   st_only eLb 2017-03-01..2017-03-05 → in the stock of 2017-03
 *   st_def  eLb 2016-06-13..2016-06-20 → covers the default 15th but not St = 2016-06-10;
 *           a Zugang and an Abgang of 2016-07 (movement concept)
 *   st_int  eLb from 2015-03-01, svb 2017-03-01 → window of 2017-03 is (02-28, 03-01]
 *   st_int2 eLb from 2015-03-01, svb 2017-02-27 → window of 2017-02 is (01-10, 02-28]
 *
 * LZB lookback: St(2017-01) − 729 = 2015-01-12 (outside → missing); St(2017-02) − 729 =
 * 2015-03-02 (inside; with the default 15th it would be 2015-02-17, outside).
 */
import { test } from 'node:test';
import { checkValues, series } from './fixtures/expect.ts';
import { computeDir, fixtureDir, once } from './fixtures/run.ts';

const run = once(() => computeDir(fixtureDir('stichtage'), '2016-06', '2017-05'));
const NA = null;

test('the 17th birthday of a person born on 29 February is 1 March', async () => {
  const r = await run();
  checkValues(r, [
    //                                     Jan Feb Mar Apr May (2017)
    ...series('u_feb29', 'LZB', '2017-01', [NA, 0, 1, 1, 1]),
    ...series('u_feb29', 'ZUGANG_LZB', '2017-01', [NA, NA, 1, 0, 0]),
    ...series('u_feb29', 'ELB', '2017-01', [1, 1, 1, 1, 1]),
  ]);
});

test('age, LZB lookback and stock follow the Stichtage of the file, not the 15th', async () => {
  const r = await run();
  checkValues(r, [
    ...series('u_apr', 'LZB', '2017-01', [NA, 0, 0, 0, 1]),
    ...series('u_apr', 'ZUGANG_LZB', '2017-03', [0, 0, 1]),
    ...series('u_int1', 'LZB', '2017-01', [NA, 1, 1, 1, 1]), // D(St 2017-02-28) = 730
    ...series('u_st', 'ELB', '2016-06', [0]),
    ...series('u_st', 'ELB', '2017-01', [0, 1, 1, 0, 0]),
    ...series('u_st', 'ZUGANG_ELB', '2017-02', [1, 1, 0]),
    ...series('u_st', 'ABGANG_ELB', '2017-02', [0, 1, 1]),
    // st_def lies between St(2016-06) = 06-10 and St(2016-07) = 07-10: never in a stock, but a
    // status period that begins (06-13) and ends (06-20) there, so one Zugang and one Abgang
    ...series('u_st', 'ZUGANG_ELB', '2016-07', [1]),
    ...series('u_st', 'ABGANG_ELB', '2016-07', [1]),
  ]);
});

test('integration windows run between the Stichtage of the file', async () => {
  const r = await run();
  checkValues(r, [
    ...series('u_int1', 'INT', '2017-01', [0, 0, 1, 0, 0]),
    ...series('u_int2', 'INT', '2017-01', [0, 1, 0, 0, 0]),
  ]);
});
