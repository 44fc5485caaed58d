import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BaseQuantity } from './catalog.ts';
import type { BaseLookup } from './base-lookup.ts';
import { computeKennzahl, K2E3_KONTINUIERLICH_FROM } from './kennzahlen.ts';
import { MISSING } from './kennzahl-value.ts';
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

test('averaged rates: K1E4 is Σ12 Abgänge over Σ12 stocks of the month before', () => {
  // ABGANG = 30 in every month, ELB(k−1) = 1000 → Σ12 360 over Σ12 12000 = 3 % (every rate 3 %).
  const base = lookup({ ABGANG_ELB: () => 30, ELB: () => 1000 });
  assert.deepEqual(computeKennzahl('K1E4', base, dec2014), {
    wert: 3,
    zaehler: 360,
    nenner: 12000,
  });
});

test('averaged rates are stock-weighted: Σ12 flows / Σ12 stocks, not the mean of the rates', () => {
  // K3E4 of 2014-12 reads ABGANG_LZB 2014-01 … 2014-12 and LZB 2013-12 … 2014-11 (lag −1).
  // LZB(k−1) = 100 for the six months 2014-01 … 2014-06 and 300 for 2014-07 … 2014-12 (i.e. LZB
  // 2013-12 … 2014-05 = 100, 2014-06 … 2014-11 = 300; LZB 2014-12 = 5000 must not be read);
  // ABGANG_LZB = 10 in every month. Weighted: Σ 120 / Σ (6·100 + 6·300 = 2400) · 100 = 5 %.
  // Plain mean of the rates: (6 · 10 % + 6 · 3,333… %) / 12 = 6,666… % — not this.
  const base = lookup({
    ABGANG_LZB: () => 10,
    LZB: (m) => (m === dec2014 ? 5000 : m < M('2014-06') ? 100 : 300),
  });
  assert.deepEqual(computeKennzahl('K3E4', base, dec2014), {
    wert: 5,
    zaehler: 120,
    nenner: 2400,
  });
  // K3E3 uses the stock of the same month: LZB 2014-01 … 2014-05 = 100, 2014-06 … 2014-11 = 300,
  // 2014-12 = 5000 → Σ 500 + 1800 + 5000 = 7300; ZUGANG_LZB = 73 each month → Σ 876 → 12 %.
  const same = lookup({
    ZUGANG_LZB: () => 73,
    LZB: (m) => (m === dec2014 ? 5000 : m < M('2014-06') ? 100 : 300),
  });
  assert.deepEqual(computeKennzahl('K3E3', same, dec2014), {
    wert: 12,
    zaehler: 876,
    nenner: 7300,
  });
});

test('averaged rates: one month with stock 0 is weighted 0, a zero sum is missing', () => {
  // ELB 0 in 2014-03, 100 in the other eleven months; ZUGANG_ELB 0 in 2014-03, 11 otherwise →
  // Σ 121 / Σ 1100 · 100 = 11 % (version 1 made the whole rate missing for the one zero stock).
  const oneZero = lookup({
    ZUGANG_ELB: (m) => (m === M('2014-03') ? 0 : 11),
    ELB: (m) => (m === M('2014-03') ? 0 : 100),
  });
  assert.deepEqual(computeKennzahl('K1E3', oneZero, dec2014), {
    wert: 11,
    zaehler: 121,
    nenner: 1100,
  });
  const allZero = lookup({ ZUGANG_ELB: () => 0, ELB: () => 0 });
  assert.deepEqual(computeKennzahl('K1E3', allZero, dec2014), MISSING);
  // K1E4 of 2014-12 reads ELB of 2013-12: missing there → missing.
  const noLagMonth = lookup({
    ABGANG_ELB: () => 1,
    ZUGANG_ELB: () => 1,
    ELB: (m) => (m < M('2014-01') ? null : 10),
  });
  assert.deepEqual(computeKennzahl('K1E4', noLagMonth, dec2014), MISSING);
  assert.equal(computeKennzahl('K1E3', noLagMonth, dec2014).wert, 10); // Σ 12 / Σ 120
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
