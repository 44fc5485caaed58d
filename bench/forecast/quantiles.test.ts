import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseForecastBenchOptions } from './options.ts';
import { quantile } from './quantiles.ts';

test('type-7 quantiles interpolate between order statistics', () => {
  // h = (4 − 1) · 0.1 = 0.3 → 1 + 0.3 · (2 − 1) = 1.3; h = 2.7 → 3 + 0.7 · 1 = 3.7.
  assert.equal(quantile([1, 2, 3, 4], 0.1), 1.3);
  assert.ok(Math.abs(quantile([1, 2, 3, 4], 0.9) - 3.7) < 1e-12);
  assert.equal(quantile([5], 0.9), 5);
  assert.throws(() => quantile([], 0.5), RangeError);
});

test('fit and test seeds must differ, years must lie in the synthetic data', () => {
  assert.deepEqual(parseForecastBenchOptions([]), {
    fitSeeds: [11, 12, 13, 14],
    testSeeds: [15, 16, 17],
    years: [2014, 2015],
  });
  assert.deepEqual(
    parseForecastBenchOptions(['--fit-seeds', '1,2', '--test-seeds', '3', '--years', '2015']),
    { fitSeeds: [1, 2], testSeeds: [3], years: [2015] },
  );
  assert.throws(
    () => parseForecastBenchOptions(['--fit-seeds', '1,2', '--test-seeds', '2']),
    /must differ/,
  );
  assert.throws(() => parseForecastBenchOptions(['--years', '2016']), /2013 … 2015/);
  assert.throws(() => parseForecastBenchOptions(['--fit-seeds', 'a']), /whole numbers/);
});
