/**
 * Averaged rates (K1E3, K1E4, K3E3, K3E4) send as zaehler the twelve-month sum of the flows and
 * as nenner the twelve-month sum of the stocks, Σ12 F(m) and Σ12 S(m+lag) (kennzahlen.md §3,
 * contract version 2: the stock-weighted mean of the monthly rates; src/domain/kpi/kennzahlen.ts).
 * Both are rolling sums like a quota's numerator (rolling-sums.ts): consecutive zaehler differ by
 * F(m) − F(m−12), consecutive nenner by S(m+lag) − S(m−12+lag) (definitions.ts), no stock needs
 * to be known first.
 */
import type { Constraint } from '../constraint.ts';
import type { Model } from '../model.ts';
import { pinnedCells, shownKennzahlen, type Channel } from './channel.ts';
import { AVERAGED_RATES } from './parts.ts';

export const averagedRates: Channel = {
  id: 'averagedRates',
  constraints: (model: Model): Constraint[] =>
    pinnedCells('averagedRates', (pin) => {
      for (const [id, [flow, stock, lag]] of Object.entries(AVERAGED_RATES))
        for (const f of shownKennzahlen(model, id)) {
          pin(model.cell(f.unitId, f.sex, `S12:${flow}`, f.month), f.zaehler);
          pin(model.cell(f.unitId, f.sex, `S12:${stock}`, f.month + lag), f.nenner);
        }
    }),
};
