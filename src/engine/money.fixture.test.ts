/**
 * Money (kennzahlen.md §2: LLU, LUH): sums over the `leistungen` rows of the unit's subtree and
 * month; 0 in an observation month without rows; missing outside; `insgesamt` only. Rows with
 * the same bg_id, einheit_id, monat are added up (§1). Fixture `fixtures/money`, observation
 * period 2013-01..2013-04 (from the eLb periods 2013-01-01..2013-04-30).
 *
 *   b1 J1  2013-01  100.50 / 300   and again 50.25 / 0 (same key: added)
 *   b2 J2  2013-01  200    / 150.75
 *   b3 T2  2013-01  1000   / 500   (a Träger without örtliche Jobcenter is a leaf)
 *   b1 J1  2013-03  10     / 20
 *   b4 J10 2013-04  7      / 3      (Land L2)
 *   2013-02: no rows at all
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SEXES } from '../domain/kpi/catalog.ts';
import { checkValues, series } from './fixtures/expect.ts';
import { computeDir, fixtureDir, once } from './fixtures/run.ts';

const run = once(() => computeDir(fixtureDir('money'), '2012-12', '2013-05'));

test('LLU per unit: subtree sums, duplicate keys added, 0 without rows, missing outside', async () => {
  const r = await run();
  checkValues(r, [
    //                          Dec   Jan      Feb Mar Apr May
    ...series('J1', 'LLU', '2012-12', [null, 150.75, 0, 10, 0, null]), // 100.50 + 50.25
    ...series('J2', 'LLU', '2012-12', [null, 200, 0, 0, 0, null]),
    ...series('T1', 'LLU', '2012-12', [null, 350.75, 0, 10, 0, null]),
    ...series('T2', 'LLU', '2012-12', [null, 1000, 0, 0, 0, null]),
    ...series('L1', 'LLU', '2012-12', [null, 1350.75, 0, 10, 0, null]),
    ...series('J9', 'LLU', '2012-12', [null, 0, 0, 0, 0, null]),
    ...series('J10', 'LLU', '2012-12', [null, 0, 0, 0, 7, null]),
    ...series('T3', 'LLU', '2012-12', [null, 0, 0, 0, 7, null]),
    ...series('L2', 'LLU', '2012-12', [null, 0, 0, 0, 7, null]),
  ]);
});

test('LUH per unit', async () => {
  const r = await run();
  checkValues(r, [
    ...series('J1', 'LUH', '2012-12', [null, 300, 0, 20, 0, null]), // 300 + 0
    ...series('J2', 'LUH', '2012-12', [null, 150.75, 0, 0, 0, null]),
    ...series('T1', 'LUH', '2012-12', [null, 450.75, 0, 20, 0, null]),
    ...series('T2', 'LUH', '2012-12', [null, 500, 0, 0, 0, null]),
    ...series('L1', 'LUH', '2012-12', [null, 950.75, 0, 20, 0, null]),
    ...series('L2', 'LUH', '2012-12', [null, 0, 0, 0, 3, null]),
  ]);
});

test('money exists for insgesamt only (no m/w rows of LLU, LUH, K1, K1E1)', async () => {
  const r = await run();
  for (const sex of SEXES) {
    const expected = sex === 'insgesamt';
    for (const q of ['LLU', 'LUH'] as const)
      assert.equal(r.hasValue('L1', '2013-01', q, sex), expected, `${q} ${sex}`);
    for (const k of ['K1', 'K1E1'] as const)
      assert.equal(r.hasKennzahl('L1', '2013-01', k, sex), expected, `${k} ${sex}`);
  }
  assert.equal(r.hasValue('L1', '2013-01', 'ELB', 'w'), true);
});
