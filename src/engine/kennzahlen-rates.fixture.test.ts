/**
 * The averaged rates K1E3, K1E4, K3E3, K3E4 (kennzahlen.md §3: `Ø12` of twelve monthly rates;
 * zaehler = sum of the twelve rates, nenner = 12; missing if any of the twelve is missing)
 * on the generated fixture of fixtures/kennzahlen-fixture.ts.
 */
import { test } from 'node:test';
import { checkKennzahlen, kz, meanOfRates } from './fixtures/expect.ts';
import { kennzahlenMicrodata } from './fixtures/kennzahlen-fixture.ts';
import { computeMicrodata, once } from './fixtures/run.ts';

const run = once(() => computeMicrodata(kennzahlenMicrodata(), '2011-01', '2014-12'));

test('K1E3: Zugangsrate ZUGANG_ELB(k)/ELB(k)', async () => {
  checkKennzahlen(await run(), [
    kz('J1', '2011-12', 'K1E3', null), // the rate of 2011-01 needs ELB(2010-12)
    kz('J1', '2012-01', 'K1E3', meanOfRates(0)), // twelve rates of 0/29
    kz('J1', '2013-02', 'K1E3', meanOfRates((10 / 39) * 100)),
    kz('J1', '2014-01', 'K1E3', meanOfRates((10 / 39) * 100)), // 2013-02 is still among the twelve
    kz('J1', '2014-02', 'K1E3', meanOfRates(0)),
    kz('J1', '2013-02', 'K1E3', meanOfRates((5 / 20) * 100), 'm'),
    kz('J2', '2013-02', 'K1E3', null), // ELB 0: every rate 0/0
    kz('J3', '2013-12', 'K1E3', null), // the rate of 2013-05 is 0/0
    kz('J3', '2014-04', 'K1E3', null),
    kz('J3', '2014-05', 'K1E3', meanOfRates((2 / 2) * 100)), // 2013-06..2014-05
  ]);
});

test('K1E4: Abgangsrate ABGANG_ELB(k)/ELB(k−1)', async () => {
  checkKennzahlen(await run(), [
    kz('J1', '2011-12', 'K1E4', null),
    kz('J1', '2013-08', 'K1E4', meanOfRates(0)),
    kz('J1', '2013-09', 'K1E4', meanOfRates((5 / 39) * 100)),
    kz('J1', '2014-07', 'K1E4', meanOfRates((5 / 39) * 100 + (2 / 34) * 100)),
    kz('J1', '2014-08', 'K1E4', meanOfRates((5 / 39) * 100 + (2 / 34) * 100)),
    kz('J1', '2014-09', 'K1E4', meanOfRates((2 / 34) * 100)),
    kz('J1', '2013-09', 'K1E4', meanOfRates((5 / 18) * 100), 'w'),
    kz('J1', '2013-09', 'K1E4', meanOfRates(0), 'm'),
    kz('J3', '2013-12', 'K1E4', null), // 2013-05: 2/2 fine, 2013-06: 0/ELB(2013-05) = 0/0
    kz('J3', '2014-05', 'K1E4', null), // k = 2013-06 still needs ELB(2013-05)
    kz('J3', '2014-06', 'K1E4', meanOfRates(0)),
  ]);
});

test('K3E3: Zugangsrate der LZB ZUGANG_LZB(k)/LZB(k)', async () => {
  checkKennzahlen(await run(), [
    kz('J1', '2013-12', 'K3E3', null), // ZUGANG_LZB(2013-01) needs LZB(2012-12)
    kz('J1', '2014-01', 'K3E3', meanOfRates(0)),
    kz('J1', '2014-11', 'K3E3', meanOfRates((10 / 32) * 100)),
    kz('J1', '2014-12', 'K3E3', meanOfRates((10 / 32) * 100)),
    kz('J1', '2014-11', 'K3E3', meanOfRates((5 / 20) * 100), 'm'),
    kz('J2', '2014-11', 'K3E3', null),
  ]);
});

test('K3E4: Abgangsrate der LZB ABGANG_LZB(k)/LZB(k−1)', async () => {
  checkKennzahlen(await run(), [
    kz('J1', '2013-12', 'K3E4', null),
    kz('J1', '2014-01', 'K3E4', meanOfRates((5 / 29) * 100)),
    kz('J1', '2014-07', 'K3E4', meanOfRates((5 / 29) * 100 + (2 / 24) * 100)),
    kz('J1', '2014-08', 'K3E4', meanOfRates((5 / 29) * 100 + (2 / 24) * 100)),
    kz('J1', '2014-09', 'K3E4', meanOfRates((2 / 24) * 100)),
    kz('J1', '2014-12', 'K3E4', meanOfRates((2 / 24) * 100)),
    kz('J1', '2014-01', 'K3E4', meanOfRates((5 / 13) * 100), 'w'),
    kz('J2', '2014-01', 'K3E4', null),
  ]);
});
