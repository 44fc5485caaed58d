/**
 * K2E3 changes its rule with the report month (kennzahlen.md §3): up to 2019-02 Σ12
 * INT_NACHHALTIG / Σ12 INT_SVB, from 2019-03 Σ12 INT_KONTINUIERLICH / Σ12 INT_SVB for the whole
 * twelve months. Fixture: k2e3SwitchMicrodata() in fixtures/kennzahlen-fixture.ts,
 * observation period 2018-01..2020-02.
 */
import { test } from 'node:test';
import { checkKennzahlen, checkValues, kz, quota, series } from './fixtures/expect.ts';
import { k2e3SwitchMicrodata } from './fixtures/kennzahlen-fixture.ts';
import { computeMicrodata, once } from './fixtures/run.ts';

const run = once(() => computeMicrodata(k2e3SwitchMicrodata(), '2018-01', '2020-02'));
const NA = null;

test('the svb integrations and their follow-up quantities', async () => {
  checkValues(await run(), [
    ...series('J1', 'INT_SVB', '2018-01', [NA, NA, 0, 0, 0, 2, 0, 0, 3, 0, 0, 0, 1]), // to 2019-01
    ...series('J1', 'INT_NACHHALTIG', '2018-06', [0, 0, 0, 3, 0, 0, 0, 1]), // 2018-06..2019-01
    ...series('J1', 'INT_KONTINUIERLICH', '2018-06', [2, 0, 0, 0, 0, 0, 0, 1]),
    ...series('J1', 'INT_SVB', '2019-08', [3]),
    ...series('J1', 'INT_KONTINUIERLICH', '2019-08', [3, NA]),
    ...series('J1', 'INT_NACHHALTIG', '2019-02', [0, NA]), // 2019-03 needs St(2020-03)
  ]);
});

test('report month 2019-02 uses INT_NACHHALTIG, 2019-03 on INT_KONTINUIERLICH', async () => {
  checkKennzahlen(await run(), [
    kz('J1', '2019-01', 'K2E3', null), // INT_SVB(2018-02) needs 2017-12
    kz('J1', '2019-02', 'K2E3', quota(0 + 3 + 1, 2 + 3 + 1)), // NACHHALTIG of 2018-06, -09, 2019-01
    kz('J1', '2019-03', 'K2E3', quota(2 + 0 + 1, 2 + 3 + 1)), // KONTINUIERLICH of the same
    kz('J1', '2019-04', 'K2E3', quota(3, 6)),
    kz('J1', '2019-08', 'K2E3', quota(0 + 1 + 3, 3 + 1 + 3)), // 2018-09..2019-08
    kz('J1', '2019-09', 'K2E3', null), // INT_KONTINUIERLICH(2019-09) needs St(2020-03)
    kz('J1', '2019-02', 'K2E3', quota(3, 3), 'w'),
    kz('J1', '2019-03', 'K2E3', quota(0, 3), 'w'),
    kz('J1', '2019-03', 'K2E3', quota(3, 3), 'm'),
  ]);
});
