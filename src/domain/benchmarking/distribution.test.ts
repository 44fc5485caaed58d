import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeDistribution, quantileOfSorted, quarterOf } from './distribution.ts';

test('quartiles of 1…9 and of an even count, type 7 (as R quantile() and Excel QUARTIL.INKL)', () => {
  // n = 9: h = 8·p → Q1 at index 2 (value 3), median index 4 (5), Q3 index 6 (7).
  assert.deepEqual(describeDistribution([9, 1, 8, 2, 7, 3, 6, 4, 5]), {
    n: 9,
    min: 1,
    q1: 3,
    median: 5,
    q3: 7,
    max: 9,
  });
  // n = 4 (10, 20, 30, 40): Q1 h = 0.75 → 10 + 0.75·10 = 17.5; median h = 1.5 → 25; Q3 h = 2.25 → 32.5.
  assert.deepEqual(describeDistribution([40, 10, 30, 20]), {
    n: 4,
    min: 10,
    q1: 17.5,
    median: 25,
    q3: 32.5,
    max: 40,
  });
});

test('one value is every quantile; no values no distribution; p outside [0, 1] is refused', () => {
  assert.deepEqual(describeDistribution([24.6]), {
    n: 1,
    min: 24.6,
    q1: 24.6,
    median: 24.6,
    q3: 24.6,
    max: 24.6,
  });
  assert.equal(describeDistribution([]), null);
  assert.throws(() => quantileOfSorted([1, 2], 1.5), RangeError);
});

test('quarters: a value on a boundary counts to the lower quarter', () => {
  const d = { n: 4, min: 10, q1: 17.5, median: 25, q3: 32.5, max: 40 };
  assert.deepEqual(
    [10, 17.5, 17.6, 25, 30, 32.5, 32.6, 40].map((v) => quarterOf(v, d)),
    [1, 1, 2, 2, 3, 3, 4, 4],
  );
});
