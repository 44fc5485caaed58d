/**
 * The quotas send their twelve-month numerator Σ12 X(m) and denominator Ø12' stock (kennzahlen.md
 * §3). Consecutive numerators differ by X(m) − X(m−12) (definitions.ts), so one known month
 * unlocks the same month a year before or after; 12 · Ø12' stock is S12 of the stock at m−1.
 */
import type { Constraint } from '../constraint.ts';
import type { Model } from '../model.ts';
import { pinnedCells, shownKennzahlen, type Channel } from './channel.ts';
import { k2e3Part, QUOTAS, scaled } from './parts.ts';

export const rolling12: Channel = {
  id: 'rolling12',
  constraints: (model: Model): Constraint[] =>
    pinnedCells('rolling12', (pin) => {
      for (const [id, [events, stock]] of Object.entries(QUOTAS))
        for (const f of shownKennzahlen(model, id)) {
          pin(model.cell(f.unitId, f.sex, `S12:${events}`, f.month), f.zaehler);
          const nenner = f.nenner === null ? null : scaled(f.nenner, 12);
          pin(model.cell(f.unitId, f.sex, `S12:${stock}`, f.month - 1), nenner);
        }
      for (const f of shownKennzahlen(model, 'K2E3')) {
        pin(model.cell(f.unitId, f.sex, `S12:${k2e3Part(f.month)}`, f.month), f.zaehler);
        pin(model.cell(f.unitId, f.sex, 'S12:INT_SVB', f.month), f.nenner);
      }
    }),
};
