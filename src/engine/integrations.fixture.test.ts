/**
 * Integrations and entries (kennzahlen.md §2: integration window, INT, INT_SVB, INT_AE,
 * INT_LZB, EIN_GB, EIN_OEG) on fixture `fixtures/integrations`. Observation period
 * 2013-01..2013-06, St = 15th; window quantities need m−2 inside it → missing in Jan and Feb.
 * Window of m: (St(m−1), St(m)], widened to (St(m−2), St(m)] for a person in no unit's stock
 * at m−2. Every person is eLb from 2013-01-01 in her own jobcenter unless said otherwise.
 *
 *   narrow    svb 2013-03-15 (= St Mar, right edge counts) and svb 2013-04-10 (a job change) → Mar, Apr
 *   bound     svb 2013-04-15 (St Apr → Apr, not May); ausbildung 2013-04-16 → May, not svb
 *   wide      eLb from 2013-03-20 (first stock Apr), svb 2013-04-01 → only the widened window
 *             of May (03-15, 05-15] holds it
 *   wide_pre  eLb from 2013-03-20, svb 2013-03-18 (before eLb entry, inside the widened window)
 *   wmv       T2 ..2013-03-19, u_wmv from 2013-03-20, svb 2013-04-01 → INT of T2 in Apr (unit of
 *             m−1); in May the window of u_wmv stays narrow, she was in T2's stock at m−2
 *   earl      ausbildung 2013-03-20, svb 2013-04-01 → counted start ausbildung: INT, not INT_SVB
 *   tie       selbstaendig, svb, ausbildung all 2013-04-05 (in this file order) → one INT, svb
 *   gb        geringfuegig 04-01 and 04-05, svb 04-02 → EIN_GB 1 and INT_SVB 1, independent
 *   oeg       oeffentlich_gefoerdert from 2013-05-02 → EIN_OEG May; oeg_aktiv: aktiv and
 *             begleitend from 05-02 → no EIN_OEG
 *   ae1       alleinerziehend throughout, svb 2013-04-01 → INT_AE Apr
 *   ae_end    AE until 04-10, not from 04-11, svb 05-01 → INT May, status at St Apr: not AE
 *   ae_start  not AE until 04-10, AE from 04-11, svb 05-02 → INT May, AE at St Apr → INT_AE
 *   exit      eLb until 2013-03-10, svb 03-12 → INT Mar (in ELB of Feb; not in stock at Mar)
 *   xd        sex d, in u_exit, svb 2013-06-01 → INT Jun in insgesamt only
 */
import { test } from 'node:test';
import { at, checkValues, series } from './fixtures/expect.ts';
import { computeDir, fixtureDir, once } from './fixtures/run.ts';

const run = once(() => computeDir(fixtureDir('integrations'), '2013-01', '2013-06'));
const NA = null;

test('window edges: (St(m−1), St(m)], a job change is a new start', async () => {
  const r = await run();
  checkValues(r, [
    //                                        Jan Feb Mar Apr May Jun
    ...series('u_narrow', 'INT', '2013-01', [NA, NA, 1, 1, 0, 0]),
    ...series('u_narrow', 'INT_SVB', '2013-01', [NA, NA, 1, 1, 0, 0]),
    ...series('u_bound', 'INT', '2013-01', [NA, NA, 0, 1, 1, 0]),
    ...series('u_bound', 'INT_SVB', '2013-01', [NA, NA, 0, 1, 0, 0]),
    ...series('u_exit', 'INT', '2013-01', [NA, NA, 1, 0, 0, 1]),
    ...series('u_exit', 'ELB', '2013-01', [2, 2, 1, 1, 1, 1]),
  ]);
});

test('the widened window of persons in no stock at m−2; a mover keeps the narrow one', async () => {
  const r = await run();
  checkValues(r, [
    ...series('u_wide', 'ELB', '2013-01', [0, 0, 0, 1, 1, 1]),
    ...series('u_wide', 'INT', '2013-01', [NA, NA, 0, 0, 1, 0]),
    ...series('u_wide_pre', 'INT', '2013-01', [NA, NA, 0, 0, 1, 0]),
    ...series('T2', 'INT', '2013-01', [NA, NA, 0, 1, 0, 0]), // wmv counted in the unit of m−1
    ...series('u_wmv', 'INT', '2013-01', [NA, NA, 0, 0, 0, 0]),
  ]);
});

test('several starts in one window: one INT per person, the earliest, ties svb first', async () => {
  const r = await run();
  checkValues(r, [
    ...series('u_earl', 'INT', '2013-03', [0, 1, 0, 0]),
    ...series('u_earl', 'INT_SVB', '2013-03', [0, 0, 0, 0]),
    ...series('u_tie', 'INT', '2013-03', [0, 1, 0, 0]),
    ...series('u_tie', 'INT_SVB', '2013-03', [0, 1, 0, 0]),
  ]);
});

test('EIN_GB and EIN_OEG follow the same window rule, independent of INT', async () => {
  const r = await run();
  checkValues(r, [
    ...series('u_gb', 'EIN_GB', '2013-01', [NA, NA, 0, 1, 0, 0]),
    ...series('u_gb', 'INT', '2013-03', [0, 1, 0, 0]),
    ...series('u_gb', 'INT_SVB', '2013-03', [0, 1, 0, 0]),
    ...series('u_oeg', 'EIN_OEG', '2013-01', [NA, NA, 0, 0, 1, 0]),
    ...series('u_oeg', 'INT', '2013-03', [0, 0, 0, 0]),
    ...series('u_oeg', 'EIN_GB', '2013-03', [0, 0, 0, 0]),
    at('u_oeg', '2013-05', 'EIN_OEG', 1, 'm'),
    at('u_oeg', '2013-05', 'EIN_OEG', 0, 'w'),
  ]);
});

test('INT_AE uses the AE status at m−1; a BG change inside a unit is no flow', async () => {
  const r = await run();
  checkValues(r, [
    ...series('u_ae', 'ELB', '2013-01', [3, 3, 3, 3, 3, 3]),
    ...series('u_ae', 'ELB_AE', '2013-01', [2, 2, 2, 2, 2, 2]), // ae1 + ae_end, then ae1 + ae_start
    ...series('u_ae', 'INT', '2013-01', [NA, NA, 0, 1, 2, 0]),
    ...series('u_ae', 'INT_AE', '2013-01', [NA, NA, 0, 1, 1, 0]),
    at('u_ae', '2013-04', 'ZUGANG_ELB', 0),
    at('u_ae', '2013-04', 'ABGANG_ELB', 0),
  ]);
});

test('Träger and Land totals, sex split, other sex in insgesamt only', async () => {
  const r = await run();
  checkValues(r, [
    // Mar narrow, exit; Apr narrow, bound, earl, tie, gb, ae1; May bound, wide, wide_pre,
    // ae_end, ae_start; Jun xd. wmv's Apr integration belongs to T2.
    ...series('T1', 'INT', '2013-01', [NA, NA, 2, 6, 5, 1]),
    ...series('T1', 'INT_SVB', '2013-01', [NA, NA, 2, 5, 4, 1]),
    ...series('L1', 'INT', '2013-01', [NA, NA, 2, 7, 5, 1]),
    ...series('L1', 'INT_SVB', '2013-01', [NA, NA, 2, 6, 4, 1]),
    ...series('T1', 'INT', '2013-03', [2, 2, 1, 0], 'm'),
    ...series('T1', 'INT', '2013-03', [0, 4, 4, 0], 'w'),
    ...series('T1', 'INT_AE', '2013-01', [NA, NA, 0, 1, 1, 0]),
    ...series('T1', 'EIN_GB', '2013-01', [NA, NA, 0, 1, 0, 0]),
    ...series('T1', 'EIN_OEG', '2013-01', [NA, NA, 0, 0, 1, 0]),
  ]);
});

test('INT_LZB is missing while LZB is (no 729-day lookback inside the observation period)', async () => {
  const r = await run();
  checkValues(r, [
    ...series('T1', 'LZB', '2013-01', [NA, NA, NA, NA, NA, NA]),
    ...series('T1', 'INT_LZB', '2013-01', [NA, NA, NA, NA, NA, NA]),
  ]);
});
