/**
 * How the Kennzahlen are made (kennzahlen.md §3, §4) and what a shown figure says of its parts,
 * as intervals. A field (value, zaehler or nenner of one Kennzahl) whose shown figures all have
 * at most d ≤ 6 decimals is taken as rounded to d (a display rounded to one decimal says
 * 24,6 ± 0,05); a field with any longer figure as exact up to the float error of its computation
 * (facts.ts finds out which). Where zaehler and nenner are not sent, they follow from the value
 * for JDW_LZB (zaehler = months · value). (The averaged rates are Σ12 flows / Σ12 stocks since
 * contract version 2: their value alone gives neither.)
 */
import { K2E3_KONTINUIERLICH_FROM } from '../../../kpi/kennzahlen.ts';
import type { BaseQuantity } from '../../../kpi/catalog.ts';
import { FLOAT_SLACK } from '../constraint.ts';
import type { SeenFigure } from '../figures.ts';

export type Interval = readonly [lo: number, hi: number];

/** Kennzahl → events summed over m−11 … m, stock averaged over m−12 … m−1. */
export const QUOTAS: Record<string, [events: BaseQuantity, stock: BaseQuantity]> = {
  K2: ['INT', 'ELB'],
  K2E1: ['EIN_GB', 'ELB'],
  K2E2: ['EIN_OEG', 'ELB'],
  K2E4: ['INT_AE', 'ELB_AE'],
  K3E1: ['INT_LZB', 'LZB'],
};

/** Kennzahl → flow, stock, month of the stock relative to the flow's: Σ12 flow(m) / Σ12 stock(m + lag). */
export const AVERAGED_RATES: Record<
  string,
  [flow: BaseQuantity, stock: BaseQuantity, lag: 0 | -1]
> = {
  K1E3: ['ZUGANG_ELB', 'ELB', 0],
  K1E4: ['ABGANG_ELB', 'ELB', -1],
  K3E3: ['ZUGANG_LZB', 'LZB', 0],
  K3E4: ['ABGANG_LZB', 'LZB', -1],
};

/** K2E3's numerator by report month (the rule changed in 2019-03). */
export function k2e3Part(month: number): BaseQuantity {
  return month >= K2E3_KONTINUIERLICH_FROM ? 'INT_KONTINUIERLICH' : 'INT_NACHHALTIG';
}

export const monthsIntoYear = (m: number) => (((m % 12) + 12) % 12) + 1;

/** Decimals of a shown number, 0 … 6; EXACT for more (a figure computed in doubles). */
export const EXACT = 7;
export function decimalsIn(x: number): number {
  for (let decimals = 0; decimals < EXACT; decimals++) {
    const scaledUp = x * 10 ** decimals;
    if (Math.abs(scaledUp - Math.round(scaledUp)) <= 1e-9 * Math.max(1, Math.abs(scaledUp)))
      return decimals;
  }
  return EXACT;
}

/** The interval a shown number stands for, rounded to `decimals` (or EXACT). */
export function intervalOf(x: number, decimals: number): Interval {
  const half = decimals >= EXACT ? FLOAT_SLACK * Math.max(1, Math.abs(x)) : 0.5 * 10 ** -decimals;
  return [x - half, x + half];
}

export const scaled = ([lo, hi]: Interval, factor: number): Interval =>
  factor >= 0 ? [lo * factor, hi * factor] : [hi * factor, lo * factor];

export interface Parts {
  zaehler: Interval | null;
  nenner: Interval | null;
  value: Interval | null;
}

export type Field = 'value' | 'zaehler' | 'nenner';

/** What a shown Kennzahl figure says of its zaehler, nenner and value. */
export function partsOf(
  id: string,
  month: number,
  f: SeenFigure,
  decimals: (field: Field) => number,
): Parts {
  const read = (field: Field) => {
    const x = f[field];
    return x === null ? null : intervalOf(x, decimals(field));
  };
  const value = read('value');
  let zaehler = read('zaehler');
  let nenner = read('nenner');
  if (id === 'JDW_LZB' && value !== null) {
    const months = monthsIntoYear(month);
    zaehler ??= scaled(value, months);
    nenner ??= [months, months];
  }
  return { zaehler, nenner, value };
}
