/**
 * The unknowns of the attack: integer counts per unit × sex × expression × month. An expression
 * is a base quantity (`INT`) or a sum of one over months: `S12:INT` = Σ INT(m−11 … m), the
 * numerator of a quota (its denominator Ø12' ELB is `S12:ELB` of m−1, times 1/12), and
 * `YTD:INT` = Σ INT(January … m) of the year progress values. Cells are interned to integers.
 */
import type { BaseQuantity, Sex } from '../../kpi/catalog.ts';

export type Aggregate = 'S12' | 'YTD';
export type Expression = BaseQuantity | `${Aggregate}:${BaseQuantity}`;

export function cellKey(unitId: string, sex: Sex, expression: Expression, month: number): string {
  return `${unitId}|${sex}|${expression}|${month}`;
}

export interface CellName {
  unitId: string;
  sex: Sex;
  expression: Expression;
  month: number;
}

export function parseCellKey(key: string): CellName {
  const [unitId, sex, expression, month] = key.split('|');
  return {
    unitId: unitId!,
    sex: sex as Sex,
    expression: expression as Expression,
    month: Number(month),
  };
}

/** Interned cell keys: key ↔ dense integer id. */
export class CellSpace {
  private readonly ids = new Map<string, number>();
  private readonly keys: string[] = [];

  id(unitId: string, sex: Sex, expression: Expression, month: number): number {
    return this.intern(cellKey(unitId, sex, expression, month));
  }

  intern(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
    }
    return id;
  }

  /** the id of a key already interned, or undefined */
  find(key: string): number | undefined {
    return this.ids.get(key);
  }

  key(id: number): string {
    return this.keys[id]!;
  }

  get size(): number {
    return this.keys.length;
  }
}
