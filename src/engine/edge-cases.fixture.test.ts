/**
 * Contract-wide edge cases (kennzahlen.md §1–§3): the shape of the output, the observation
 * period, missing values outside it, the three cells of a missing Kennzahl, sex codes other
 * than the exact `m`/`w`, and empty (header-only) employment and measure files.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  BASE_QUANTITIES,
  KENNZAHL_IDS,
  SEXES,
  quantityExistsForSex,
} from '../domain/kpi/catalog.ts';
import { monthsBetween, parseMonth } from '../domain/shared/month.ts';
import { expandCohorts, monthlyPayments, simpleTree } from './fixtures/cohorts.ts';
import { checkValues, series } from './fixtures/expect.ts';
import { kennzahlenMicrodata } from './fixtures/kennzahlen-fixture.ts';
import { computeDir, computeMicrodata, fixtureDir, once } from './fixtures/run.ts';

const stocks = once(() => computeDir(fixtureDir('stocks-flows'), '2012-12', '2013-07'));
const UNITS = ['L1', 'T1', 'J1', 'J2', 'T2', 'L2', 'T3', 'J9', 'J10'];
const MONTHS = monthsBetween(parseMonth('2012-12'), parseMonth('2013-07'));
const MONEY_KENNZAHLEN = new Set(['K1', 'K1E1']);

test('a row for every unit, month and sex; money and K1/K1E1 for insgesamt only', async () => {
  const r = await stocks();
  assert.deepEqual(r.raw.einheiten.map((u) => u.id).sort(), [...UNITS].sort());
  for (const unit of UNITS) {
    for (const month of MONTHS) {
      for (const sex of SEXES) {
        for (const q of BASE_QUANTITIES)
          assert.equal(
            r.hasValue(unit, month, q, sex),
            quantityExistsForSex(q, sex),
            `${q} ${unit} ${month} ${sex}`,
          );
        for (const k of KENNZAHL_IDS)
          assert.equal(
            r.hasKennzahl(unit, month, k, sex),
            sex === 'insgesamt' || !MONEY_KENNZAHLEN.has(k),
            `${k} ${unit} ${month} ${sex}`,
          );
      }
    }
  }
  // 17 person quantities × 3 sexes + LLU, LUH; 15 Kennzahlen and 2 year values × 3 sexes − K1, K1E1 for m, w
  assert.equal(r.raw.baseQuantities.length, UNITS.length * MONTHS.length * (17 * 3 + 2));
  assert.equal(r.raw.kennzahlen.length, UNITS.length * MONTHS.length * (17 * 3 - 4));
});

test('the observation period runs from the first to the last month of the microdata', async () => {
  const r = await stocks();
  assert.deepEqual(r.raw.observation, { first: '2013-01', last: '2013-06' });
});

test('months outside the observation period are missing everywhere', async () => {
  const r = await stocks();
  for (const row of r.raw.baseQuantities) {
    if (row.monat === '2012-12' || row.monat === '2013-07')
      assert.equal(row.wert, null, `${row.groesse} ${row.einheitId} ${row.monat}`);
  }
  for (const row of r.raw.kennzahlen) {
    if (row.monat === '2012-12' || row.monat === '2013-07')
      assert.equal(row.wert, null, `${row.kennzahl} ${row.einheitId} ${row.monat}`);
  }
});

test('a missing Kennzahl has all three cells empty; a present one is finite with both cells', async () => {
  const r = await computeMicrodata(kennzahlenMicrodata(), '2011-01', '2014-12');
  let present = 0;
  for (const row of r.raw.kennzahlen) {
    const label = `${row.kennzahl} ${row.einheitId} ${row.monat} ${row.geschlecht}`;
    if (row.wert === null) {
      assert.deepEqual([row.zaehler, row.nenner], [null, null], label);
    } else {
      present++;
      assert.ok(
        Number.isFinite(row.wert) && Number.isFinite(row.zaehler) && Number.isFinite(row.nenner),
        label,
      );
    }
  }
  assert.ok(present > 0);
});

test('only the exact codes m and w are split; other codes count in insgesamt only; empty files are valid', async () => {
  const open = [{ von: '2013-01-01' }];
  const data = expandCohorts(
    simpleTree(['J1']),
    ['m', 'w', 'd', 'M', 'W', 'x'].map((sex, i) => ({
      id: `s${i}`,
      count: 1,
      sex,
      unit: 'J1',
      elb: open,
    })),
    monthlyPayments('bg_s0_1', 'J1', '2013-01', '2013-04', () => ({ llu: 10, luh: 5 })),
  );
  assert.equal(data.beschaeftigungen.length + data.massnahmen.length, 0); // header-only files
  const r = await computeMicrodata(data, '2013-01', '2013-04');
  checkValues(r, [
    ...series('J1', 'ELB', '2013-01', [6, 6, 6, 6]),
    ...series('J1', 'ELB', '2013-01', [1, 1, 1, 1], 'm'),
    ...series('J1', 'ELB', '2013-01', [1, 1, 1, 1], 'w'),
    ...series('T1', 'ELB', '2013-01', [1, 1, 1, 1], 'w'),
    ...series('J1', 'INT', '2013-01', [null, null, 0, 0]),
    ...series('J1', 'EIN_OEG', '2013-01', [null, null, 0, 0]),
    ...series('J1', 'LLU', '2013-01', [10, 10, 10, 10]),
  ]);
});
