/**
 * Averaged rates (K1E3, K1E4, K3E3, K3E4) send as numerator the sum of twelve monthly rates,
 * Σ 100·F(k)/S(k+lag), k = m−11 … m (src/domain/kpi/kennzahlen.ts). Once the stocks S are known
 * (they are mostly shown), the sum is linear in the flows F: the whole window, and the difference
 * of consecutive months, 100·F(m)/S(m+lag) − 100·F(m−12)/S(m−12+lag). Rates are doubles, so each
 * identity is an interval (constraint.ts); a flow counts as recovered only if it pins one integer.
 */
import { between, type Constraint } from '../constraint.ts';
import type { Knowledge } from '../knowledge.ts';
import type { Model } from '../model.ts';
import { shownKennzahlen, type Channel } from './channel.ts';
import { AVERAGED_RATES, type Interval } from './parts.ts';

function more(model: Model, knowledge: Knowledge, given: Set<string>): Constraint[] {
  const out: Constraint[] = [];
  for (const [id, [flow, stock, lag]] of Object.entries(AVERAGED_RATES)) {
    const zaehler = new Map<string, Interval>();
    for (const f of shownKennzahlen(model, id))
      if (f.zaehler !== null) zaehler.set(`${f.unitId}|${f.sex}|${f.month}`, f.zaehler);
    for (const f of shownKennzahlen(model, id)) {
      if (f.zaehler === null) continue;
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
          out.push(between('averagedRates', terms, ...f.zaehler));
        }
      }
      const before = zaehler.get(`${f.unitId}|${f.sex}|${f.month - 1}`);
      if (before === undefined || given.has(`${window}|d`)) continue;
      const now = term(f.month);
      const yearAgo = term(f.month - 12);
      if (now === null || yearAgo === null) continue;
      given.add(`${window}|d`);
      const difference: Interval = [f.zaehler[0] - before[1], f.zaehler[1] - before[0]];
      out.push(between('averagedRates', [now, [yearAgo[0], -yearAgo[1]]], ...difference));
    }
  }
  return out;
}

export const averagedRates: Channel = { id: 'averagedRates', constraints: () => [], more };
