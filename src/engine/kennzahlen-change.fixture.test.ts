/**
 * The change rates K1, K1E1, K1E2, K3 (kennzahlen.md §3: `(X(m)/X(m−12) − 1)·100`, zaehler X(m),
 * nenner X(m−12)) on the generated fixture of fixtures/kennzahlen-fixture.ts, whose base
 * series are listed there and checked in kennzahlen-base.fixture.test.ts.
 */
import { test } from 'node:test';
import { change, checkKennzahlen, kz } from './fixtures/expect.ts';
import { kennzahlenMicrodata } from './fixtures/kennzahlen-fixture.ts';
import { computeMicrodata, once } from './fixtures/run.ts';

const run = once(() => computeMicrodata(kennzahlenMicrodata(), '2011-01', '2014-12'));

test('K1 and K1E1: money against the same month of the previous year', async () => {
  checkKennzahlen(await run(), [
    kz('J1', '2011-12', 'K1', null), // LLU(2010-12) outside the observation period
    kz('J1', '2012-05', 'K1', change(1000, 1000)), // 0 %, a value, not missing
    kz('J1', '2013-05', 'K1', change(1200, 1000)), // +20 %
    kz('J1', '2014-05', 'K1', change(900, 1200)), // −25 %
    kz('J1', '2014-06', 'K1', change(1500, 1200)), // +25 %
    kz('J1', '2012-05', 'K1E1', change(500, 400)),
    kz('J1', '2013-05', 'K1E1', change(500, 500)),
    kz('J1', '2014-05', 'K1E1', change(550, 500)),
    kz('J2', '2013-05', 'K1', null), // LLU(J2, 2012-05) = 0: zero denominator
    kz('J2', '2014-05', 'K1', null), // 100 against 0: still missing, never Infinity
    kz('J2', '2014-05', 'K1E1', null),
    kz('T1', '2014-05', 'K1', change(900 + 100, 1200 + 0)),
    kz('T1', '2014-06', 'K1', change(1500 + 100, 1200)),
  ]);
});

test('K1E2: eLb stock against the previous year', async () => {
  checkKennzahlen(await run(), [
    kz('J1', '2011-12', 'K1E2', null),
    kz('J1', '2012-01', 'K1E2', change(29, 29)),
    kz('J1', '2013-02', 'K1E2', change(39, 29)),
    kz('J1', '2013-09', 'K1E2', change(34, 29)),
    kz('J1', '2014-02', 'K1E2', change(34, 39)),
    kz('J1', '2014-07', 'K1E2', change(32, 39)),
    kz('J1', '2014-09', 'K1E2', change(32, 34)),
    kz('J1', '2014-02', 'K1E2', change(20, 20), 'm'),
    kz('J1', '2014-07', 'K1E2', change(11, 18), 'w'),
    kz('J2', '2014-07', 'K1E2', null), // 0/0
    kz('T1', '2014-07', 'K1E2', change(32 + 2, 39 + 2)), // J2 adds nothing, J3 2 each
  ]);
});

test('K3: LZB stock against the previous year, missing while LZB(m−12) is', async () => {
  checkKennzahlen(await run(), [
    kz('J1', '2013-12', 'K3', null), // LZB(2012-12) missing
    kz('J1', '2014-01', 'K3', change(24, 29)),
    kz('J1', '2014-07', 'K3', change(22, 29)),
    kz('J1', '2014-09', 'K3', change(22, 24)),
    kz('J1', '2014-11', 'K3', change(32, 24)),
    kz('J1', '2014-11', 'K3', change(11, 8), 'w'),
    kz('J1', '2014-11', 'K3', change(20, 15), 'm'),
    kz('J2', '2014-11', 'K3', null),
  ]);
});
