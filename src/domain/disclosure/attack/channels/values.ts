/**
 * A shown value without its zaehler or nenner (as a protection might send it): the value is a
 * ratio of two counts, so once one of them is known the other follows — a quota's numerator
 * Σ12 events = value/100 · Ø12' stock, a change rate's X(m) = X(m−12) · (1 + value/100), and
 * back. The value enters as an interval (rounded to its decimals, parts.ts). Joins as soon as the
 * known count is known; an averaged rate's Σ12 flows = value/100 · Σ12 stocks. (JDW_LZB needs
 * no known count: its zaehler is the value times the months, parts.ts.)
 */
import { between, type Constraint } from '../constraint.ts';
import { countExpressions, countRange } from '../count-basis.ts';
import type { Knowledge } from '../knowledge.ts';
import type { Model } from '../model.ts';
import { shownKennzahlen, type Channel } from './channel.ts';
import { AVERAGED_RATES, QUOTAS, type Interval } from './parts.ts';

/** value = 100 · (Z / sz) / (N / sn); for the averaged rates value = 100 · Z / N (N = Σ12 stocks) */
const RATIOS = [...Object.keys(QUOTAS), ...Object.keys(AVERAGED_RATES), 'K2E3', 'K3E2', 'JFW_K2'];
/** value = (Z / N − 1) · 100 */
const CHANGES = ['K1E2', 'K3'];

/** Z / N as an interval, from the value */
function quotient(id: string, [lo, hi]: Interval): Interval {
  return CHANGES.includes(id) ? [1 + lo / 100, 1 + hi / 100] : [lo / 100, hi / 100];
}

function more(model: Model, knowledge: Knowledge, given: Set<string>): Constraint[] {
  const out: Constraint[] = [];
  for (const id of [...RATIOS, ...CHANGES])
    for (const f of shownKennzahlen(model, id)) {
      if (f.value === null || (f.zaehler !== null && f.nenner !== null)) continue;
      const [z, n] = countExpressions(model, f.unitId, f.sex, id, f.month);
      if (z === undefined || n === undefined) continue;
      const [qlo, qhi] = quotient(id, f.value);
      // Z = q · N · sz / sn
      const factor = AVERAGED_RATES[id] !== undefined ? 1 : z.scale / n.scale;
      const key = `${id}|${f.unitId}|${f.sex}|${f.month}`;
      const [nlo, nhi] = countRange(knowledge, n);
      if (f.zaehler === null && nlo === nhi && !given.has(`${key}|z`)) {
        given.add(`${key}|z`);
        out.push(between('values', z.terms, qlo * nlo * factor, qhi * nlo * factor));
      }
      const [zlo, zhi] = countRange(knowledge, z);
      if (f.nenner === null && zlo === zhi && qlo > 0 && !given.has(`${key}|n`)) {
        given.add(`${key}|n`);
        out.push(between('values', n.terms, zlo / (qhi * factor), zlo / (qlo * factor)));
      }
    }
  return out;
}

export const values: Channel = { id: 'values', constraints: () => [], more };
