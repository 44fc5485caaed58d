import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BaseQuantity } from '../domain/kpi/catalog.ts';
import { countSlot, QuantityCube } from './quantity-cube.ts';

// 0 Land ─ 1 Träger ─ 2, 3 Jobcenter; months k = 0 … 5 (absolute 100 … 105)
const parents = [-1, 0, 1, 1];
const M = 0,
  W = 1,
  OTHER = 2;
const series = (
  cube: QuantityCube,
  unit: number,
  sex: 'insgesamt' | 'm' | 'w',
  quantity: BaseQuantity,
) => Array.from({ length: 6 }, (_, k) => cube.lookup(unit, sex)(quantity, 100 + k));

test('a move between two Jobcenter of one Träger: stocks from the flows, Zugang and Abgang per level', () => {
  const cube = new QuantityCube(parents, 100, 105, () => true);
  const z = countSlot('ZUGANG_ELB'),
    a = countSlot('ABGANG_ELB');
  cube.add(z, 2, M, 0, 1); // enters Jobcenter 2 at k = 0
  cube.add(z, 3, M, 2, 1);
  cube.add(z, 1, M, 2, -1); // moves to 3 at k = 2: common ancestor 1
  cube.add(a, 2, M, 2, 1);
  cube.add(a, 1, M, 2, -1);
  cube.add(a, 3, M, 5, 1); // leaves at k = 5
  cube.finish();
  assert.deepEqual(series(cube, 2, 'insgesamt', 'ELB'), [1, 1, 0, 0, 0, 0]);
  assert.deepEqual(series(cube, 3, 'insgesamt', 'ELB'), [0, 0, 1, 1, 1, 0]);
  assert.deepEqual(series(cube, 0, 'insgesamt', 'ELB'), [1, 1, 1, 1, 1, 0]);
  assert.deepEqual(series(cube, 1, 'insgesamt', 'ZUGANG_ELB'), [1, 0, 0, 0, 0, 0]);
  assert.deepEqual(series(cube, 3, 'insgesamt', 'ZUGANG_ELB'), [0, 0, 1, 0, 0, 0]);
  assert.deepEqual(series(cube, 1, 'insgesamt', 'ABGANG_ELB'), [0, 0, 0, 0, 0, 1]);
  assert.deepEqual(series(cube, 2, 'insgesamt', 'ABGANG_ELB'), [0, 0, 1, 0, 0, 0]);
  assert.deepEqual(series(cube, 0, 'm', 'ELB'), [1, 1, 1, 1, 1, 0]);
  assert.deepEqual(series(cube, 0, 'w', 'ELB'), [0, 0, 0, 0, 0, 0]);
});

test('LZB from its flows and from LZB persons moving between units; sex codes add up to insgesamt', () => {
  const cube = new QuantityCube(parents, 100, 105, () => true);
  cube.add(countSlot('ZUGANG_LZB'), 2, W, 1, 1);
  cube.add(countSlot('LZB'), 2, W, 3, -1);
  cube.add(countSlot('LZB'), 3, W, 3, 1);
  cube.add(countSlot('ABGANG_LZB'), 3, W, 4, 1);
  cube.add(countSlot('ZUGANG_LZB'), 3, OTHER, 0, 1);
  cube.finish();
  assert.deepEqual(series(cube, 2, 'insgesamt', 'LZB'), [0, 1, 1, 0, 0, 0]);
  assert.deepEqual(series(cube, 3, 'insgesamt', 'LZB'), [1, 1, 1, 2, 1, 1]);
  assert.deepEqual(series(cube, 1, 'w', 'LZB'), [0, 1, 1, 1, 0, 0]);
  assert.deepEqual(series(cube, 1, 'insgesamt', 'LZB'), [1, 2, 2, 2, 1, 1]);
  assert.deepEqual(series(cube, 1, 'm', 'LZB'), [0, 0, 0, 0, 0, 0]);
});

test('money counts in insgesamt only; missing months and unavailable quantities are null', () => {
  const cube = new QuantityCube(parents, 100, 105, (q, m) => q !== 'INT' || m > 101);
  cube.addMoney('LLU', 2, 1, 2.5);
  cube.addMoney('LLU', 3, 1, 1.25);
  cube.addMoney('LUH', 3, 7, 99); // outside the months: ignored
  cube.finish();
  assert.deepEqual(series(cube, 0, 'insgesamt', 'LLU'), [0, 3.75, 0, 0, 0, 0]);
  assert.deepEqual(series(cube, 0, 'm', 'LLU'), [0, 0, 0, 0, 0, 0]);
  assert.deepEqual(series(cube, 3, 'insgesamt', 'LUH'), [0, 0, 0, 0, 0, 0]);
  assert.deepEqual(series(cube, 3, 'insgesamt', 'INT'), [null, null, 0, 0, 0, 0]);
  assert.equal(cube.lookup(3, 'insgesamt')('ELB', 99), null);
});

test('more adds than one batch of the log', () => {
  const cube = new QuantityCube(parents, 100, 105, () => true);
  const n = 5_000_001;
  for (let i = 0; i < n; i++) cube.add(countSlot('INT'), 2 + (i % 2), i % 3, i % 6, 1);
  cube.finish();
  const total = [0, 1, 2, 3, 4, 5].reduce(
    (sum, k) => sum + cube.lookup(1, 'insgesamt')('INT', 100 + k)!,
    0,
  );
  assert.equal(total, n);
  assert.equal(cube.lookup(2, 'm')('INT', 100), Math.ceil(n / 6));
});

test('ELB is not added by the pass', () => {
  assert.throws(() => countSlot('ELB'), /ELB is not added/);
  assert.throws(() => countSlot('LLU'), /LLU is not added/);
});
