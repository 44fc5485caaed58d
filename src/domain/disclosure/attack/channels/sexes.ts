/**
 * Every person quantity and its sums exist for insgesamt, m and w; insgesamt counts persons of
 * other sex too (kennzahlen.md §2). Where the shown figures say there are none (facts.ts),
 * insgesamt = m + w, else insgesamt ≥ m + w.
 */
import { between, type Constraint } from '../constraint.ts';
import { EXPRESSIONS, PERSON_QUANTITIES, type Model } from '../model.ts';
import type { Channel } from './channel.ts';

export const sexes: Channel = {
  id: 'sexes',
  constraints(model: Model): Constraint[] {
    const out: Constraint[] = [];
    const hi = model.facts.sexesAddUp ? 0 : Infinity;
    const base = new Set<string>(PERSON_QUANTITIES);
    for (const unitId of model.facts.unitIds)
      for (const expression of EXPRESSIONS) {
        const months = base.has(expression) ? model.baseMonths() : model.sumMonths();
        for (const m of months)
          out.push(
            between(
              'sexes',
              [
                [model.cell(unitId, 'insgesamt', expression, m), 1],
                [model.cell(unitId, 'm', expression, m), -1],
                [model.cell(unitId, 'w', expression, m), -1],
              ],
              0,
              hi,
            ),
          );
      }
    return out;
  },
};
