/**
 * A Träger's figures are those of its örtliche Jobcenter added up, and a Land's those of its
 * Träger (kennzahlen.md §2): stocks, events and their sums. Not ZUGANG_ELB/ABGANG_ELB: a move
 * between two Jobcenter of one Träger is a Zugang and an Abgang of the Jobcenter but not of the
 * Träger, so both sums over the children exceed the parent's by the same number of moves:
 * Σ ZUGANG(children) − ZUGANG(parent) = Σ ABGANG(children) − ABGANG(parent) ≥ 0.
 */
import { between, equation, type Constraint } from '../constraint.ts';
import type { Expression } from '../cells.ts';
import {
  EXPRESSIONS,
  MOVEMENT_QUANTITIES,
  PERSON_QUANTITIES,
  quantityOf,
  type Model,
} from '../model.ts';
import type { Channel } from './channel.ts';

export const tree: Channel = {
  id: 'tree',
  constraints(model: Model): Constraint[] {
    const out: Constraint[] = [];
    const base = new Set<string>(PERSON_QUANTITIES);
    for (const { parent, children } of model.families())
      for (const sex of model.sexes)
        for (const expression of EXPRESSIONS) {
          const movement = MOVEMENT_QUANTITIES.has(quantityOf(expression));
          if (movement && quantityOf(expression) === 'ABGANG_ELB') continue;
          const months = base.has(expression) ? model.baseMonths() : model.sumMonths();
          for (const m of months) {
            const sum = (e: Expression, sign: number): [number, number][] => [
              [model.cell(parent, sex, e, m), -sign],
              ...children.map((c): [number, number] => [model.cell(c, sex, e, m), sign]),
            ];
            if (!movement) {
              out.push(equation('tree', sum(expression, 1), 0));
              continue;
            }
            const abgang = expression.replace('ZUGANG', 'ABGANG') as Expression;
            out.push(between('tree', sum(expression, 1), 0, Infinity));
            out.push(between('tree', sum(abgang, 1), 0, Infinity));
            out.push(equation('tree', [...sum(expression, 1), ...sum(abgang, -1)], 0));
          }
        }
    return out;
  },
};
