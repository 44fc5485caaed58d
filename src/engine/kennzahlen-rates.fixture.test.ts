/**
 * The averaged rates K1E3, K1E4, K3E3, K3E4 (kennzahlen.md §3, version 2: `Ø12w`, the mean of
 * twelve monthly rates weighted by their stock = Σ12 flows / Σ12 stocks · 100, K1E4 and K3E4 with
 * the stock of the month before; zaehler = Σ12 flows, nenner = Σ12 stocks; missing if any of the
 * twelve months of either is missing or the stock sum is 0) on the generated fixture of
 * fixtures/kennzahlen-fixture.ts. The base quantities are those of its header; each case sums
 * them by hand: k runs over m−11 … m, the stock over k (or k−1).
 *
 * Version 1 took the plain mean of the twelve rates; the two differ wherever the stock changes
 * inside the window, and version 1 made the whole mean missing when one month's stock was 0 (J3
 * in 2013-05), version 2 weights that month 0.
 */
import { test } from 'node:test';
import { checkKennzahlen, kz, quota } from './fixtures/expect.ts';
import { kennzahlenMicrodata } from './fixtures/kennzahlen-fixture.ts';
import { computeMicrodata, once } from './fixtures/run.ts';

const run = once(() => computeMicrodata(kennzahlenMicrodata(), '2011-01', '2014-12'));

test('K1E3: Σ12 ZUGANG_ELB(k) / Σ12 ELB(k)', async () => {
  checkKennzahlen(await run(), [
    kz('J1', '2011-12', 'K1E3', null), // ZUGANG_ELB(2011-01) needs ELB(2010-12)
    // 2011-02..2012-01: no Zugänge; ELB 12 · 29 = 348
    kz('J1', '2012-01', 'K1E3', quota(0, 348)),
    // 2012-03..2013-02: Z 10 (2013-02); ELB 11 · 29 + 39 = 358 → 2,793 % (plain mean of the
    // rates: 100 · 10/39 / 12 = 2,137 %)
    kz('J1', '2013-02', 'K1E3', quota(10, 358)),
    // 2013-02..2014-01: Z 10; ELB 7 · 39 + 5 · 34 = 273 + 170 = 443
    kz('J1', '2014-01', 'K1E3', quota(10, 443)),
    // 2013-03..2014-02: Z 0; ELB 6 · 39 + 6 · 34 = 234 + 204 = 438
    kz('J1', '2014-02', 'K1E3', quota(0, 438)),
    // men: Z 5 (B_m, 2013-02); ELB m 11 · 15 + 20 = 185
    kz('J1', '2013-02', 'K1E3', quota(5, 185), 'm'),
    kz('J2', '2013-02', 'K1E3', null), // ELB 0 in every month: Σ12 stock 0
    // J3, 2013-01..2013-12: Z 2 (2013-06); ELB 2 in eleven months, 0 in 2013-05 → 22
    // (version 1: missing, the rate of 2013-05 is 0/0)
    kz('J3', '2013-12', 'K1E3', quota(2, 22)),
    // 2013-05..2014-04: Z 2; ELB 0 + 11 · 2 = 22
    kz('J3', '2014-04', 'K1E3', quota(2, 22)),
    // 2013-06..2014-05: Z 2; ELB 12 · 2 = 24 (= the plain mean 100 · 2/2 / 12 here)
    kz('J3', '2014-05', 'K1E3', quota(2, 24)),
  ]);
});

test('K1E4: Σ12 ABGANG_ELB(k) / Σ12 ELB(k−1)', async () => {
  checkKennzahlen(await run(), [
    kz('J1', '2011-12', 'K1E4', null), // ABGANG_ELB(2011-01) and ELB(2010-12) are missing
    // k 2012-09..2013-08: A 0; ELB 2012-08..2013-07 = 6 · 29 + 6 · 39 = 174 + 234 = 408
    kz('J1', '2013-08', 'K1E4', quota(0, 408)),
    // k 2012-10..2013-09: A 5 (C, 2013-09); ELB 2012-09..2013-08 = 5 · 29 + 7 · 39 = 145 + 273 = 418
    kz('J1', '2013-09', 'K1E4', quota(5, 418)),
    // k 2013-08..2014-07: A 5 + 2 (I2, 2014-07) = 7; ELB 2013-07..2014-06 = 2 · 39 + 10 · 34 = 418
    // → 1,675 %; the plain mean of the monthly rates, 100 · (5/39 + 2/34) / 12 = 1,558 %
    kz('J1', '2014-07', 'K1E4', quota(7, 418)),
    // k 2013-09..2014-08: A 7; ELB 2013-08..2014-07 = 39 + 10 · 34 + 32 = 411
    kz('J1', '2014-08', 'K1E4', quota(7, 411)),
    // k 2013-10..2014-09: A 2; ELB 2013-09..2014-08 = 10 · 34 + 2 · 32 = 404
    kz('J1', '2014-09', 'K1E4', quota(2, 404)),
    // women: A 5; ELB w 2012-09..2013-08 = 5 · 13 + 7 · 18 = 65 + 126 = 191
    kz('J1', '2013-09', 'K1E4', quota(5, 191), 'w'),
    // men: A 0; ELB m 5 · 15 + 7 · 20 = 215
    kz('J1', '2013-09', 'K1E4', quota(0, 215), 'm'),
    // J3, k 2013-01..2013-12: A 2 (2013-05); ELB 2012-12..2013-11 = 11 · 2 + 0 = 22
    // (version 1: missing, the rate of 2013-06 is 0/ELB(2013-05) = 0/0)
    kz('J3', '2013-12', 'K1E4', quota(2, 22)),
    // k 2013-06..2014-05: A 0; ELB 2013-05..2014-04 = 0 + 11 · 2 = 22 (version 1: missing)
    kz('J3', '2014-05', 'K1E4', quota(0, 22)),
    // k 2013-07..2014-06: A 0; ELB 2013-06..2014-05 = 24
    kz('J3', '2014-06', 'K1E4', quota(0, 24)),
  ]);
});

test('K3E3: Σ12 ZUGANG_LZB(k) / Σ12 LZB(k)', async () => {
  checkKennzahlen(await run(), [
    kz('J1', '2013-12', 'K3E3', null), // ZUGANG_LZB(2013-01) needs LZB(2012-12)
    // 2013-02..2014-01: Z 0; LZB 7 · 29 + 5 · 24 = 203 + 120 = 323
    kz('J1', '2014-01', 'K3E3', quota(0, 323)),
    // 2013-12..2014-11: Z 10 (B, 2014-11); LZB 7 · 24 + 4 · 22 + 32 = 168 + 88 + 32 = 288
    // → 3,472 %; the plain mean, 100 · 10/32 / 12 = 2,604 %
    kz('J1', '2014-11', 'K3E3', quota(10, 288)),
    // 2014-01..2014-12: Z 10; LZB 6 · 24 + 4 · 22 + 2 · 32 = 144 + 88 + 64 = 296
    kz('J1', '2014-12', 'K3E3', quota(10, 296)),
    // men: Z 5; LZB m 11 · 15 + 20 = 185
    kz('J1', '2014-11', 'K3E3', quota(5, 185), 'm'),
    kz('J2', '2014-11', 'K3E3', null), // LZB 0 in every month
  ]);
});

test('K3E4: Σ12 ABGANG_LZB(k) / Σ12 LZB(k−1)', async () => {
  checkKennzahlen(await run(), [
    kz('J1', '2013-12', 'K3E4', null), // ABGANG_LZB(2013-01) and LZB(2012-12) are missing
    // k 2013-02..2014-01: A 5 (C, 2013-09); LZB 2013-01..2013-12 = 8 · 29 + 4 · 24 = 232 + 96 = 328
    kz('J1', '2014-01', 'K3E4', quota(5, 328)),
    // k 2013-08..2014-07: A 5 + 2 = 7; LZB 2013-07..2014-06 = 2 · 29 + 10 · 24 = 298
    // → 2,349 %; the plain mean, 100 · (5/29 + 2/24) / 12 = 2,131 %
    kz('J1', '2014-07', 'K3E4', quota(7, 298)),
    // k 2013-09..2014-08: A 7; LZB 2013-08..2014-07 = 29 + 10 · 24 + 22 = 291
    kz('J1', '2014-08', 'K3E4', quota(7, 291)),
    // k 2013-10..2014-09: A 2; LZB 2013-09..2014-08 = 10 · 24 + 2 · 22 = 284
    kz('J1', '2014-09', 'K3E4', quota(2, 284)),
    // k 2014-01..2014-12: A 2; LZB 2013-12..2014-11 = 7 · 24 + 4 · 22 + 32 = 288
    kz('J1', '2014-12', 'K3E4', quota(2, 288)),
    // women: A 5; LZB w 2013-01..2013-12 = 8 · 13 + 4 · 8 = 136
    kz('J1', '2014-01', 'K3E4', quota(5, 136), 'w'),
    kz('J2', '2014-01', 'K3E4', null),
  ]);
});
