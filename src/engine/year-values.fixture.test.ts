/**
 * Values for target steering (kennzahlen.md §4) on the generated fixture of
 * fixtures/kennzahlen-fixture.ts: JFW_K2(y,m) = Σ INT(Jan y … m) / Ø ELB(Dec y−1 … m−1) ·100
 * (zaehler Σ INT, nenner Ø ELB) and JDW_LZB(y,m) = Ø LZB(Jan y … m), a count (zaehler Σ LZB,
 * nenner the number of months).
 */
import { test } from 'node:test';
import { checkKennzahlen, kz, quota } from './fixtures/expect.ts';
import { kennzahlenMicrodata } from './fixtures/kennzahlen-fixture.ts';
import { computeMicrodata, once } from './fixtures/run.ts';

const run = once(() => computeMicrodata(kennzahlenMicrodata(), '2011-01', '2014-12'));

test('JFW_K2: integrations of the year so far against the mean stock from December', async () => {
  checkKennzahlen(await run(), [
    kz('J1', '2011-03', 'JFW_K2', null), // INT(2011-01) and ELB(2010-12) missing
    kz('J1', '2012-01', 'JFW_K2', quota(0, 29)), // INT(2012-01) / ELB(2011-12)
    kz('J1', '2013-01', 'JFW_K2', quota(0, 29)),
    kz('J1', '2013-06', 'JFW_K2', quota(4, (2 * 29 + 4 * 39) / 6)), // Ø ELB 2012-12..2013-05
    kz('J1', '2013-12', 'JFW_K2', quota(4, (2 * 29 + 7 * 39 + 3 * 34) / 12)), // the year's quota
    kz('J1', '2014-06', 'JFW_K2', quota(2, 34)),
    kz('J1', '2014-12', 'JFW_K2', quota(2, (7 * 34 + 5 * 32) / 12)),
    kz('J1', '2013-06', 'JFW_K2', quota(3, (2 * 15 + 4 * 20) / 6), 'm'),
    kz('J2', '2013-06', 'JFW_K2', null), // Ø ELB = 0
  ]);
});

test('JDW_LZB: mean LZB stock of the year so far, a count', async () => {
  checkKennzahlen(await run(), [
    kz('J1', '2012-06', 'JDW_LZB', null),
    kz('J1', '2013-01', 'JDW_LZB', { wert: 29, zaehler: 29, nenner: 1 }),
    kz('J1', '2013-12', 'JDW_LZB', {
      wert: (8 * 29 + 4 * 24) / 12,
      zaehler: 8 * 29 + 4 * 24,
      nenner: 12,
    }),
    kz('J1', '2014-03', 'JDW_LZB', { wert: 24, zaehler: 72, nenner: 3 }),
    kz('J1', '2014-12', 'JDW_LZB', {
      wert: (6 * 24 + 4 * 22 + 2 * 32) / 12,
      zaehler: 6 * 24 + 4 * 22 + 2 * 32,
      nenner: 12,
    }),
    kz(
      'J1',
      '2013-12',
      'JDW_LZB',
      { wert: (8 * 13 + 4 * 8) / 12, zaehler: 8 * 13 + 4 * 8, nenner: 12 },
      'w',
    ),
    kz('J2', '2014-03', 'JDW_LZB', { wert: 0, zaehler: 0, nenner: 3 }), // no LZB: 0, not missing
  ]);
});
