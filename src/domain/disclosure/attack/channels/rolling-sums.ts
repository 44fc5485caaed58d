/**
 * The quotas send their twelve-month numerator Σ12 X(m) and denominator Ø12' stock (kennzahlen.md
 * §3). Consecutive numerators differ by X(m) − X(m−12) (definitions.ts), so one known month
 * unlocks the same month a year before or after; 12 · Ø12' stock is S12 of the stock at m−1.
 */
import { K2E3_KONTINUIERLICH_FROM } from '../../../kpi/kennzahlen.ts';
import type { BaseQuantity } from '../../../kpi/catalog.ts';
import { equation, slackOf, type Constraint } from '../constraint.ts';
import type { Model } from '../model.ts';
import { shownKennzahlen, type Channel } from './channel.ts';

/** Kennzahl → events summed over m−11 … m, stock averaged over m−12 … m−1. */
export const QUOTAS: Record<string, [events: BaseQuantity, stock: BaseQuantity]> = {
  K2: ['INT', 'ELB'],
  K2E1: ['EIN_GB', 'ELB'],
  K2E2: ['EIN_OEG', 'ELB'],
  K2E4: ['INT_AE', 'ELB_AE'],
  K3E1: ['INT_LZB', 'LZB'],
};

/** K2E3's numerator by report month (the rule changed in 2019-03). */
export function k2e3Part(month: number): BaseQuantity {
  return month >= K2E3_KONTINUIERLICH_FROM ? 'INT_KONTINUIERLICH' : 'INT_NACHHALTIG';
}

export const rolling12: Channel = {
  id: 'rolling12',
  constraints(model: Model): Constraint[] {
    const out: Constraint[] = [];
    const pin = (cell: number, value: number) =>
      out.push(equation('rolling12', [[cell, 1]], value, slackOf(value)));
    for (const [id, [events, stock]] of Object.entries(QUOTAS))
      for (const f of shownKennzahlen(model, id)) {
        pin(model.cell(f.unitId, f.sex, `S12:${events}`, f.month), f.zaehler);
        pin(model.cell(f.unitId, f.sex, `S12:${stock}`, f.month - 1), 12 * f.nenner);
      }
    for (const f of shownKennzahlen(model, 'K2E3')) {
      pin(model.cell(f.unitId, f.sex, `S12:${k2e3Part(f.month)}`, f.month), f.zaehler);
      pin(model.cell(f.unitId, f.sex, 'S12:INT_SVB', f.month), f.nenner);
    }
    return out;
  },
};
