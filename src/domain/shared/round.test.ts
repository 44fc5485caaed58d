import { test } from 'node:test';
import assert from 'node:assert/strict';
import { roundHalfAwayFromZero as round } from './round.ts';

test('rounds the written decimal, not its binary approximation', () => {
  // The naive way fails on these: Math.round(1.005 · 100) / 100 = 1, since 1.005 is 1.00499999999999989 in binary.
  assert.equal(Math.round(1.005 * 100) / 100, 1);
  assert.equal(round(1.005, 2), 1.01);
  assert.equal(round(2.675, 2), 2.68);
  // 24.2 · 1.005 = 24.320999999999998 → 24.3 (the seed's Ziel II threshold).
  assert.equal(round(24.2 * 1.005, 1), 24.3);
  assert.equal(round(24.25, 1), 24.3);
  assert.equal(round(24.249, 1), 24.2);
  // 6715.05 is 6715.0500000000001819 in binary, 6714.95 is 6714.9499999999998181: both are ties.
  assert.equal(round(6715.05, 1), 6715.1);
  assert.equal(round(6714.95, 1), 6715);
  assert.equal(round(6715.04, 1), 6715);
  assert.equal(round(0.05, 1), 0.1);
  assert.equal(round(0.15, 1), 0.2);
  assert.equal(round(0.45, 1), 0.5);
  // 0.1 + 0.2 = 0.30000000000000004 is 0.3 at any sensible precision.
  assert.equal(round(0.1 + 0.2, 10), 0.3);
});

test('half away from zero for negative values, and no negative zero', () => {
  assert.equal(round(-2.5, 0), -3);
  assert.equal(round(-0.05, 1), -0.1);
  assert.equal(round(-24.25, 1), -24.3);
  assert.ok(Object.is(round(-0.04, 1), 0));
  assert.ok(Object.is(round(-0.004, 1), 0));
});

test('small, large and non-finite values', () => {
  assert.equal(round(0.04, 1), 0);
  assert.equal(round(1e-7, 1), 0);
  assert.equal(round(0.5, 0), 1);
  assert.equal(round(123456789.5, 0), 123456790);
  assert.equal(round(1e25, 1), 1e25);
  assert.equal(round(7, 3), 7);
  assert.ok(Number.isNaN(round(Number.NaN, 1)));
  assert.equal(round(Number.POSITIVE_INFINITY, 1), Number.POSITIVE_INFINITY);
  assert.throws(() => round(1, -1), RangeError);
  assert.throws(() => round(1, 1.5), RangeError);
});
