/** Small hand-made views for the attack's tests: figures as one viewer would fetch them. */
import type { Sex } from '../../kpi/catalog.ts';
import type { AttackInput, AttackUnit, SeenFigure, WithholdReason } from './figures.ts';
import { buildModel, solve, type SolveOptions } from './solve.ts';
import { cellKey, type Expression } from './cells.ts';
import { monthIndex, parseMonth } from '../../shared/month.ts';

type Shown = number | WithholdReason;

/** a base quantity: its value, or the mark it was withheld with */
export function base(
  unitId: string,
  month: string,
  sex: Sex,
  metric: string,
  shown: Shown,
): SeenFigure {
  const withheld = typeof shown !== 'number';
  return {
    unitId,
    month,
    sex,
    kind: 'grundgroesse',
    metric,
    value: withheld ? null : shown,
    zaehler: null,
    nenner: null,
    suppressed: withheld ? shown : null,
  };
}

/** a Kennzahl: [zaehler, nenner] (the value follows), or the mark it was withheld with */
export function kennzahl(
  unitId: string,
  month: string,
  sex: Sex,
  metric: string,
  shown: [zaehler: number, nenner: number] | WithholdReason,
): SeenFigure {
  const withheld = !Array.isArray(shown);
  return {
    unitId,
    month,
    sex,
    kind: 'kennzahl',
    metric,
    value: withheld ? null : (100 * shown[0]) / shown[1],
    zaehler: withheld ? null : shown[0],
    nenner: withheld ? null : shown[1],
    suppressed: withheld ? shown : null,
  };
}

/** one base quantity over consecutive months from `from`, each value or mark */
export function series(
  unitId: string,
  from: string,
  sex: Sex,
  metric: string,
  shown: readonly Shown[],
): SeenFigure[] {
  const first = monthIndex(parseMonth(from));
  return shown.map((s, i) => base(unitId, monthName(first + i), sex, metric, s));
}

export function monthName(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export const ONE_UNIT: AttackUnit[] = [{ id: 'A', parentId: null, kind: 'jobcenter' }];

/** A Träger T with örtliche Jobcenter A, B, C. */
export const KREIS: AttackUnit[] = [
  { id: 'T', parentId: null, kind: 'traeger' },
  { id: 'A', parentId: 'T', kind: 'jobcenter' },
  { id: 'B', parentId: 'T', kind: 'jobcenter' },
  { id: 'C', parentId: 'T', kind: 'jobcenter' },
];

/** Attacks the figures; answers the recovered value of a cell (null: not recovered) and its bounds. */
export function attack(input: AttackInput, options: SolveOptions = {}) {
  const result = solve(buildModel(input), options);
  const find = (unitId: string, sex: Sex, expression: Expression, month: string) =>
    result.model.space.find(cellKey(unitId, sex, expression, monthIndex(parseMonth(month))));
  return {
    result,
    value(unitId: string, sex: Sex, expression: Expression, month: string): number | null {
      const cell = find(unitId, sex, expression, month);
      return cell === undefined ? null : result.knowledge.value(cell);
    },
    bounds(unitId: string, sex: Sex, expression: Expression, month: string): [number, number] {
      const cell = find(unitId, sex, expression, month);
      return cell === undefined ? [0, Infinity] : result.knowledge.bounds(cell);
    },
  };
}
