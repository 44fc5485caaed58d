/**
 * The attacker's model of one viewer's figures: the facts, the cells they speak of, and the
 * quantity sets the channels use. Cells cover the fetched months and the twelve before them
 * (a quota of the first month reaches back to m−12).
 */
import { NOT_ADDITIVE } from '../control/relations.ts';
import { COUNT_QUANTITIES } from '../control/series-year.ts';
import { SEXES, type BaseQuantity, type Sex } from '../../kpi/catalog.ts';
import { CellSpace, type Expression } from './cells.ts';
import { Facts } from './facts.ts';
import type { AttackInput } from './figures.ts';

/** Base quantities that count persons or events (money is not protected). */
export const PERSON_QUANTITIES: readonly BaseQuantity[] = COUNT_QUANTITIES;
/** The Träger's value is not the sum of its örtliche Jobcenter's (a move inside it is neither). */
export const MOVEMENT_QUANTITIES: ReadonlySet<BaseQuantity> = NOT_ADDITIVE;
/** Quantities whose twelve-month sums appear in some Kennzahl (kennzahlen.md §3). */
export const SUMMED_12: readonly BaseQuantity[] = [
  'INT',
  'INT_SVB',
  'INT_AE',
  'INT_LZB',
  'EIN_GB',
  'EIN_OEG',
  'INT_NACHHALTIG',
  'INT_KONTINUIERLICH',
  'ELB',
  'ELB_AE',
  'LZB',
  'ZUGANG_ELB',
  'ABGANG_ELB',
  'ZUGANG_LZB',
  'ABGANG_LZB',
];
/** Quantities whose year-to-date sums appear in JFW_K2 and JDW_LZB (kennzahlen.md §4). */
export const SUMMED_YTD: readonly BaseQuantity[] = ['INT', 'ELB', 'LZB'];

/** Every expression with a cell per unit, sex and month. */
export const EXPRESSIONS: readonly Expression[] = [
  ...PERSON_QUANTITIES,
  ...SUMMED_12.map((q) => `S12:${q}` as const),
  ...SUMMED_YTD.map((q) => `YTD:${q}` as const),
];

/** The base quantity an expression sums. */
export function quantityOf(expression: Expression): BaseQuantity {
  return (expression.includes(':') ? expression.split(':')[1] : expression) as BaseQuantity;
}

export const isJanuary = (m: number) => ((m % 12) + 12) % 12 === 0;

export class Model {
  readonly facts: Facts;
  readonly space = new CellSpace();
  readonly sexes: readonly Sex[] = SEXES;

  constructor(input: AttackInput) {
    this.facts = new Facts(input);
  }

  cell(unitId: string, sex: Sex, expression: Expression, month: number): number {
    return this.space.id(unitId, sex, expression, month);
  }

  /** months of base cells: twelve before the first fetched month up to the last */
  baseMonths(): number[] {
    const out: number[] = [];
    for (let m = this.facts.first - 13; m <= this.facts.last; m++) out.push(m);
    return out;
  }

  /** months of sum cells: from the month before the first (denominators of quotas) */
  sumMonths(): number[] {
    const out: number[] = [];
    for (let m = this.facts.first - 1; m <= this.facts.last; m++) out.push(m);
    return out;
  }

  /** a parent with its children, where all of them are units with figures */
  families(): { parent: string; children: readonly string[] }[] {
    const known = new Set(this.facts.unitIds);
    const out: { parent: string; children: readonly string[] }[] = [];
    for (const [parent, children] of this.facts.children)
      if (known.has(parent) && children.length > 0 && children.every((c) => known.has(c)))
        out.push({ parent, children });
    return out;
  }
}
