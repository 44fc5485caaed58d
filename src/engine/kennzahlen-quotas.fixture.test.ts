/**
 * The quotas K2, K2E1, K2E2, K2E4, K3E1 (`Σ12 events / Ø12' stock ·100`, zaehler Σ12, nenner
 * Ø12' of the twelve months before), K3E2 and K2E3 before 2019-03 (kennzahlen.md §3) on the
 * generated fixture of fixtures/kennzahlen-fixture.ts.
 */
import { test } from 'node:test';
import { checkKennzahlen, kz, quota } from './fixtures/expect.ts';
import { kennzahlenMicrodata } from './fixtures/kennzahlen-fixture.ts';
import { computeMicrodata, once } from './fixtures/run.ts';

const run = once(() => computeMicrodata(kennzahlenMicrodata(), '2011-01', '2014-12'));

test('K2 Integrationsquote', async () => {
  checkKennzahlen(await run(), [
    kz('J1', '2012-01', 'K2', null), // INT(2011-02) is missing (needs 2010-12)
    kz('J1', '2012-02', 'K2', quota(0, 29)),
    // Σ INT 2012-07..2013-06 = 4; Ø ELB 2012-06..2013-05 = (8·29 + 4·39)/12
    kz('J1', '2013-06', 'K2', quota(4, (8 * 29 + 4 * 39) / 12)),
    kz('J1', '2014-05', 'K2', quota(4, (4 * 39 + 8 * 34) / 12)),
    kz('J1', '2014-06', 'K2', quota(2, (3 * 39 + 9 * 34) / 12)),
    kz('J1', '2014-12', 'K2', quota(2, (7 * 34 + 5 * 32) / 12)),
    kz('J1', '2013-06', 'K2', quota(3, (8 * 15 + 4 * 20) / 12), 'm'), // 18 %
    kz('J1', '2013-06', 'K2', quota(1, (8 * 13 + 4 * 18) / 12), 'w'),
    kz('J2', '2013-06', 'K2', null), // Ø12' ELB = 0
  ]);
});

test('K2E1, K2E2: entries into geringfügige and öffentlich geförderte Beschäftigung', async () => {
  checkKennzahlen(await run(), [
    kz('J1', '2013-10', 'K2E1', quota(3, (4 * 29 + 7 * 39 + 1 * 34) / 12)),
    kz('J1', '2014-10', 'K2E1', quota(0, (9 * 34 + 3 * 32) / 12)),
    kz('J1', '2014-03', 'K2E2', quota(2, (6 * 39 + 6 * 34) / 12)),
    kz('J1', '2014-03', 'K2E2', quota(2, (6 * 18 + 6 * 13) / 12), 'w'),
    kz('J1', '2014-03', 'K2E2', quota(0, 20), 'm'),
  ]);
});

test('K2E4 Integrationsquote der Alleinerziehenden', async () => {
  checkKennzahlen(await run(), [
    kz('J1', '2013-06', 'K2E4', quota(0, 2)),
    kz('J1', '2014-06', 'K2E4', quota(2, 2)),
    kz('J1', '2014-12', 'K2E4', quota(2, (7 * 2 + 5 * 0) / 12)), // Ø ELB_AE 2013-12..2014-11
    kz('J1', '2014-06', 'K2E4', null, 'm'), // no alleinerziehende men: zero denominator
    kz('J3', '2014-06', 'K2E4', null),
  ]);
});

test('K3E1 Integrationsquote der LZB and K3E2 Aktivierungsquote', async () => {
  checkKennzahlen(await run(), [
    kz('J1', '2013-12', 'K3E1', null), // INT_LZB(2013-01) and LZB(2012-12) missing
    kz('J1', '2014-01', 'K3E1', quota(4, (8 * 29 + 4 * 24) / 12)),
    kz('J1', '2014-06', 'K3E1', quota(2, (3 * 29 + 9 * 24) / 12)),
    kz('J1', '2014-01', 'K3E1', quota(3, 15), 'm'), // 20 %
    kz('J1', '2012-12', 'K3E2', null),
    kz('J1', '2013-05', 'K3E2', quota(3, 29)),
    kz('J1', '2014-01', 'K3E2', quota(0, 24)),
    kz('J1', '2014-03', 'K3E2', quota(2, 24)),
    kz('J1', '2014-11', 'K3E2', quota(0, 32)),
    kz('J2', '2014-03', 'K3E2', null),
  ]);
});

test('K2E3 before 2019-03: Σ12 INT_NACHHALTIG / Σ12 INT_SVB', async () => {
  checkKennzahlen(await run(), [
    kz('J1', '2012-02', 'K2E3', null), // no svb integration in the twelve months: 0/0
    kz('J1', '2013-05', 'K2E3', null),
    kz('J1', '2013-06', 'K2E3', quota(3, 4)),
    kz('J1', '2013-12', 'K2E3', quota(3, 4)),
    kz('J1', '2014-01', 'K2E3', null), // INT_NACHHALTIG(2014-01) needs St(2015-01)
    kz('J1', '2013-06', 'K2E3', quota(3, 3), 'm'),
    kz('J1', '2013-06', 'K2E3', quota(0, 1), 'w'),
  ]);
});
