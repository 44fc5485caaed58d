/**
 * Averaged rates (K1E3, K1E4, K3E3, K3E4) send as numerator the sum of twelve monthly rates,
 * Σ 100·F(k)/S(k+lag), k = m−11 … m (src/domain/kpi/kennzahlen.ts). Once the stocks S are known
 * (they are mostly shown), the sum is linear in the flows F: the whole window, and the difference
 * of consecutive months, 100·F(m)/S(m+lag) − 100·F(m−12)/S(m−12+lag). Rates are doubles, so each
 * identity is an interval (constraint.ts); a flow counts as recovered only if it pins one integer.
 */
import type { BaseQuantity } from '../../../kpi/catalog.ts';
import { FLOAT_SLACK, equation, type Constraint } from '../constraint.ts';
import type { Knowledge } from '../knowledge.ts';
import type { Model } from '../model.ts';
import { shownKennzahlen, type Channel } from './channel.ts';

/** Kennzahl → flow, stock, month of the stock relative to the flow's. */
export const AVERAGED_RATES: Record<
  string,
  [flow: BaseQuantity, stock: BaseQuantity, lag: 0 | -1]
> = {
  K1E3: ['ZUGANG_ELB', 'ELB', 0],
  K1E4: ['ABGANG_ELB', 'ELB', -1],
  K3E3: ['ZUGANG_LZB', 'LZB', 0],
  K3E4: ['ABGANG_LZB', 'LZB', -1],
};

function more(model: Model, knowledge: Knowledge, given: Set<string>): Constraint[] {
  const out: Constraint[] = [];
  for (const [id, [flow, stock, lag]] of Object.entries(AVERAGED_RATES)) {
    const zaehler = new Map<string, number>();
    for (const f of shownKennzahlen(model, id))
      zaehler.set(`${f.unitId}|${f.sex}|${f.month}`, f.zaehler);
    for (const f of shownKennzahlen(model, id)) {
      const term = (k: number): [number, number] | null => {
        const s = knowledge.value(model.cell(f.unitId, f.sex, stock, k + lag));
        return s === null || s === 0 ? null : [model.cell(f.unitId, f.sex, flow, k), 100 / s];
      };
      const window = `${id}|${f.unitId}|${f.sex}|${f.month}`;
      if (!given.has(`${window}|w`)) {
        const terms: [number, number][] = [];
        for (let k = f.month - 11; k <= f.month; k++) {
          const t = term(k);
          if (t !== null) terms.push(t);
        }
        if (terms.length === 12) {
          given.add(`${window}|w`);
          const slack = FLOAT_SLACK * (1 + Math.abs(f.zaehler));
          out.push(equation('averagedRates', terms, f.zaehler, slack));
        }
      }
      const before = zaehler.get(`${f.unitId}|${f.sex}|${f.month - 1}`);
      if (before === undefined || given.has(`${window}|d`)) continue;
      const now = term(f.month);
      const yearAgo = term(f.month - 12);
      if (now === null || yearAgo === null) continue;
      given.add(`${window}|d`);
      const slack = FLOAT_SLACK * (1 + Math.abs(f.zaehler) + Math.abs(before));
      out.push(
        equation('averagedRates', [now, [yearAgo[0], -yearAgo[1]]], f.zaehler - before, slack),
      );
    }
  }
  return out;
}

export const averagedRates: Channel = { id: 'averagedRates', constraints: () => [], more };
