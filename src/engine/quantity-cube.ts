/**
 * The base quantities of every unit, sex and month of the observation period. The per-person
 * pass adds events and stock changes at the unit where they happen; `finish` rolls them up the
 * tree (stocks, event counts and money equal the sum of the children, kennzahlen.md §2) and
 * turns stock changes into stocks. ZUGANG_ELB/ABGANG_ELB are added on every level directly
 * instead: a move between two örtliche Jobcenter of one Träger is a Zugang and an Abgang for
 * each of them but not for the Träger.
 */
import { BASE_QUANTITIES, SEXES, type BaseQuantity, type Sex } from '../domain/kpi/catalog.ts';
import type { BaseLookup } from '../domain/kpi/base-lookup.ts';
import type { Availability } from './availability.ts';

const QUANTITY_INDEX = new Map<BaseQuantity, number>(BASE_QUANTITIES.map((q, i) => [q, i]));
export const STOCKS: readonly BaseQuantity[] = ['ELB', 'ELB_AE', 'LZB', 'LZB_AKTIV'];
export const PER_LEVEL: readonly BaseQuantity[] = ['ZUGANG_ELB', 'ABGANG_ELB'];

export function quantityIndex(quantity: BaseQuantity): number {
  return QUANTITY_INDEX.get(quantity)!;
}

export class QuantityCube {
  readonly months: number;
  private readonly values: Float64Array;

  /** `parents[uid]` is the parent's uid or −1; months first … last (absolute indexes). */
  constructor(private readonly parents: readonly number[], readonly first: number, last: number, private readonly available: Availability) {
    this.months = last - first + 1;
    this.values = new Float64Array(parents.length * SEXES.length * BASE_QUANTITIES.length * this.months);
  }

  private offset(unit: number, sex: number, quantity: number): number {
    return ((unit * SEXES.length + sex) * BASE_QUANTITIES.length + quantity) * this.months;
  }

  /**
   * Adds `value` to quantity index `quantity` of `unit` in month k (0 = first month) for
   * `insgesamt` and, for sex code 0 (m) or 1 (w), that sex. Months outside the cube are ignored.
   */
  add(quantity: number, unit: number, sexCode: number, k: number, value: number): void {
    if (k < 0 || k >= this.months) return;
    this.values[this.offset(unit, 0, quantity) + k]! += value;
    if (sexCode < 2) this.values[this.offset(unit, sexCode + 1, quantity) + k]! += value;
  }

  finish(): void {
    const perLevel = new Set(PER_LEVEL.map(quantityIndex));
    const rolled = BASE_QUANTITIES.map((_, i) => i).filter((i) => !perLevel.has(i));
    for (const unit of unitsChildrenFirst(this.parents)) {
      const parent = this.parents[unit]!;
      if (parent < 0) continue;
      for (let sex = 0; sex < SEXES.length; sex++) {
        for (const quantity of rolled) {
          const from = this.offset(unit, sex, quantity);
          const to = this.offset(parent, sex, quantity);
          for (let k = 0; k < this.months; k++) this.values[to + k]! += this.values[from + k]!;
        }
      }
    }
    for (let unit = 0; unit < this.parents.length; unit++) {
      for (let sex = 0; sex < SEXES.length; sex++) {
        for (const quantity of STOCKS.map(quantityIndex)) {
          const start = this.offset(unit, sex, quantity);
          for (let k = 1; k < this.months; k++) this.values[start + k]! += this.values[start + k - 1]!;
        }
      }
    }
  }

  /** Value of a unit and sex by absolute month index, null where missing. */
  lookup(unit: number, sex: Sex): BaseLookup {
    const sexIndex = SEXES.indexOf(sex);
    return (quantity: BaseQuantity, m: number) => {
      const k = m - this.first;
      if (k < 0 || k >= this.months || !this.available(quantity, m)) return null;
      return this.values[this.offset(unit, sexIndex, quantityIndex(quantity)) + k]!;
    };
  }
}

/** Units ordered so that every unit comes before its parent. */
function unitsChildrenFirst(parents: readonly number[]): number[] {
  const depth = (unit: number): number => (parents[unit]! < 0 ? 0 : 1 + depth(parents[unit]!));
  return parents.map((_, unit) => unit).sort((x, y) => depth(y) - depth(x));
}
