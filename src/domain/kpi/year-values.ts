/**
 * Values for target steering (kennzahlen.md §4): targets are agreed on calendar-year values.
 * Month indexes are absolute (src/domain/shared/month.ts); January has index ≡ 0 mod 12.
 */
import type { BaseQuantity } from './catalog.ts';
import { sumOver, type BaseLookup } from './base-lookup.ts';
import { ratio, type KennzahlValue } from './kennzahl-value.ts';

function januaryOf(m: number): number {
  return m - (((m % 12) + 12) % 12);
}

/**
 * Jahresfortschrittswert of a quota: Σ events(Jan y … m) / Ø stock(Dec y−1 … m−1) · 100, e.g.
 * JFW_K2 with INT and ELB, K3E1 with INT_LZB and LZB, K2E4 with INT_AE and ELB_AE. The December
 * value is the year's quota. zaehler Σ events, nenner Ø stock.
 */
export function yearProgressQuota(events: BaseQuantity, stock: BaseQuantity) {
  return (base: BaseLookup, m: number): KennzahlValue => {
    const january = januaryOf(m);
    const months = m - january + 1;
    const stockSum = sumOver(base, stock, january - 1, m - 1);
    return ratio(sumOver(base, events, january, m), stockSum === null ? null : stockSum / months);
  };
}

/** Jahresdurchschnittswert of a stock: Ø stock(Jan y … m), a count (not ×100); zaehler Σ, nenner number of months. */
export function yearAverage(stock: BaseQuantity) {
  return (base: BaseLookup, m: number): KennzahlValue => {
    const january = januaryOf(m);
    return ratio(sumOver(base, stock, january, m), m - january + 1, 1);
  };
}

/** Cumulative sum Jan y … m (K1 monitoring: Σ LLU against the same months of the previous year). */
export function yearToDateSum(quantity: BaseQuantity) {
  return (base: BaseLookup, m: number): number | null => sumOver(base, quantity, januaryOf(m), m);
}
