import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BaseQuantity } from './catalog.ts';
import type { BaseLookup } from './base-lookup.ts';
import { computeKennzahl, K2E3_KONTINUIERLICH_FROM } from './kennzahlen.ts';
import { monthIndex, parseMonth } from '../shared/month.ts';

const M = (text: string) => monthIndex(parseMonth(text));

/** Series given as functions of the month index; null outside [from, to]. */
function lookup(series: Partial<Record<BaseQuantity, (m: number) => number | null>>): BaseLookup {
  return (q, m) => series[q]?.(m) ?? null;
}

const dec2014 = M('2014-12');

test('K2: Σ12 integrations over the mean stock of the twelve months before', () => {
  // ELB = 1000 in 2013-12 … 2014-05 and 1200 in 2014-06 … 2014-11 → Ø12' = 1100; INT = 22 each month → Σ12 = 264.
  const base = lookup({ ELB: (m) => (m < M('2014-06') ? 1000 : 1200), INT: () => 22 });
  const value = computeKennzahl('K2', base, dec2014);
  assert.equal(value.zaehler, 264);
  assert.equal(value.nenner, 1100);
  assert.equal(value.wert, 24);
});

test('change rates: K1E2 compares the month with the same month a year before', () => {
  const base = lookup({ ELB: (m) => (m === dec2014 ? 10785 : m === M('2013-12') ? 10500 : null) });
  const value = computeKennzahl('K1E2', base, dec2014);
  assert.deepEqual([value.zaehler, value.nenner], [10785, 10500]);
  assert.ok(Math.abs(value.wert! - 2.7142857142857) < 1e-12);
});

test('averaged rates: K1E4 is the mean of twelve Abgänge per stock of the month before', () => {
  // ABGANG = 30 in every month, ELB(k−1) = 1000 → each rate 3 %, Σ 36, mean 3.
  const base = lookup({ ABGANG_ELB: () => 30, ELB: () => 1000 });
  assert.deepEqual(computeKennzahl('K1E4', base, dec2014), { wert: 3, zaehler: 36, nenner: 12 });
});

test('a missing month or a zero denominator makes the value missing, never 0 or NaN', () => {
  const missingOne = lookup({ ZUGANG_ELB: () => 5, ELB: (m) => (m === M('2014-03') ? null : 100) });
  assert.deepEqual(computeKennzahl('K1E3', missingOne, dec2014), {
    wert: null,
    zaehler: null,
    nenner: null,
  });
  const zeroStock = lookup({ INT_LZB: () => 0, LZB: () => 0 });
  assert.deepEqual(computeKennzahl('K3E1', zeroStock, dec2014), {
    wert: null,
    zaehler: null,
    nenner: null,
  });
  const zeroShare = lookup({ LZB_AKTIV: () => 0, LZB: () => 0 });
  assert.equal(computeKennzahl('K3E2', zeroShare, dec2014).wert, null);
});

test('K2E3 uses Nachhaltigkeit up to 2019-02 and continuous employment from 2019-03', () => {
  const base = lookup({ INT_SVB: () => 10, INT_NACHHALTIG: () => 4, INT_KONTINUIERLICH: () => 6 });
  assert.equal(K2E3_KONTINUIERLICH_FROM, M('2019-03'));
  assert.equal(computeKennzahl('K2E3', base, M('2019-02')).wert, 40);
  assert.equal(computeKennzahl('K2E3', base, M('2019-03')).wert, 60);
});

test('JFW_K2 in March: three months of integrations over the mean stock Dec … Feb', () => {
  // ELB Dec 900, Jan 1000, Feb 1100 → Ø 1000; INT Jan 20, Feb 25, Mar 30 → Σ 75 → 7.5 %.
  const elb: Record<number, number> = {
    [M('2013-12')]: 900,
    [M('2014-01')]: 1000,
    [M('2014-02')]: 1100,
  };
  const int: Record<number, number> = {
    [M('2014-01')]: 20,
    [M('2014-02')]: 25,
    [M('2014-03')]: 30,
  };
  const base = lookup({ ELB: (m) => elb[m] ?? null, INT: (m) => int[m] ?? null });
  assert.deepEqual(computeKennzahl('JFW_K2', base, M('2014-03')), {
    wert: 7.5,
    zaehler: 75,
    nenner: 1000,
  });
});

test('JDW_LZB is the mean LZB stock of January … month, a count', () => {
  const base = lookup({
    LZB: (m) =>
      m >= M('2014-01') && m <= M('2014-04') ? [6700, 6710, 6720, 6750][m - M('2014-01')]! : null,
  });
  assert.deepEqual(computeKennzahl('JDW_LZB', base, M('2014-04')), {
    wert: 6720,
    zaehler: 26880,
    nenner: 4,
  });
});
