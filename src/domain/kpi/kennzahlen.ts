/**
 * Stage 2: Kennzahlen and Ergänzungsgrößen from base quantities (kennzahlen.md §3), pure.
 * Serves the engine's own base quantities and imported BA figures alike.
 *
 * Notation of the contract: Σ12 X(m) = X(m−11) + … + X(m); Ø12' X(m) = mean of X(m−12) … X(m−1);
 * Ø12w r = mean of the twelve monthly rates r(m−11) … r(m) weighted by their stock, which is the
 * sum of the twelve numerators over the sum of the twelve stocks (contract version 2).
 */
import type { BaseQuantity, KennzahlId } from './catalog.ts';
import { sumOver, type BaseLookup } from './base-lookup.ts';
import { MISSING, ratio, type KennzahlValue } from './kennzahl-value.ts';
import { yearAverage, yearProgressQuota } from './year-values.ts';
import { monthIndex, parseMonth } from '../shared/month.ts';

type Formula = (base: BaseLookup, m: number) => KennzahlValue;

/** (X(m) / X(m−12) − 1) · 100; zaehler X(m), nenner X(m−12). */
function changeRate(x: BaseQuantity): Formula {
  return (base, m) => {
    const current = base(x, m);
    const previous = base(x, m - 12);
    const value = ratio(current, previous, 1);
    return value.wert === null ? MISSING : { ...value, wert: (value.wert - 1) * 100 };
  };
}

/**
 * Ø12w of the monthly rates events(k) / stock(k + stockLag) · 100, k = m−11 … m: the stock-weighted
 * mean, Σ12 events / Σ12 stock · 100 (K1E4 and K3E4 with the stock of the month before);
 * zaehler Σ12 events, nenner Σ12 stock. Missing when any of the twelve months of either is
 * missing or the stock sum is 0 (a single month with stock 0 is weighted 0, no longer missing).
 */
function averageRate(events: BaseQuantity, stock: BaseQuantity, stockLag: 0 | -1): Formula {
  return (base, m) =>
    ratio(sumOver(base, events, m - 11, m), sumOver(base, stock, m - 11 + stockLag, m + stockLag));
}

/** Σ12 events / Ø12' stock · 100; zaehler Σ12 events, nenner Ø12' stock. */
function quota(events: BaseQuantity, stock: BaseQuantity): Formula {
  return (base, m) => {
    const stockSum = sumOver(base, stock, m - 12, m - 1);
    return ratio(sumOver(base, events, m - 11, m), stockSum === null ? null : stockSum / 12);
  };
}

/** Σ12 part / Σ12 whole · 100. */
function sumShare(part: BaseQuantity, whole: BaseQuantity): Formula {
  return (base, m) => ratio(sumOver(base, part, m - 11, m), sumOver(base, whole, m - 11, m));
}

/** The rule of K2E3 changed with the Kennzahlen-Verordnung of 22.3.2019: from report month 2019-03 on, continuous employment. */
export const K2E3_KONTINUIERLICH_FROM = monthIndex(parseMonth('2019-03'));
const nachhaltig = sumShare('INT_NACHHALTIG', 'INT_SVB');
const kontinuierlich = sumShare('INT_KONTINUIERLICH', 'INT_SVB');

const FORMULAS: Record<KennzahlId, Formula> = {
  K1: changeRate('LLU'),
  K1E1: changeRate('LUH'),
  K1E2: changeRate('ELB'),
  K1E3: averageRate('ZUGANG_ELB', 'ELB', 0),
  K1E4: averageRate('ABGANG_ELB', 'ELB', -1),
  K2: quota('INT', 'ELB'),
  K2E1: quota('EIN_GB', 'ELB'),
  K2E2: quota('EIN_OEG', 'ELB'),
  K2E3: (base, m) => (m >= K2E3_KONTINUIERLICH_FROM ? kontinuierlich : nachhaltig)(base, m),
  K2E4: quota('INT_AE', 'ELB_AE'),
  K3: changeRate('LZB'),
  K3E1: quota('INT_LZB', 'LZB'),
  K3E2: (base, m) => ratio(base('LZB_AKTIV', m), base('LZB', m)),
  K3E3: averageRate('ZUGANG_LZB', 'LZB', 0),
  K3E4: averageRate('ABGANG_LZB', 'LZB', -1),
  JFW_K2: yearProgressQuota('INT', 'ELB'),
  JDW_LZB: yearAverage('LZB'),
};

/** The Kennzahl `id` in the month with absolute index `m`. */
export function computeKennzahl(id: KennzahlId, base: BaseLookup, m: number): KennzahlValue {
  return FORMULAS[id](base, m);
}
