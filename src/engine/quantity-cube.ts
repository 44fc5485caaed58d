/**
 * The base quantities of every unit, sex and month of the observation period. The per-person
 * pass adds events and stock changes at the unit where they happen; `finish` rolls them up the
 * tree (stocks, event counts and money equal the sum of the children, kennzahlen.md §2) and
 * turns stock changes into stocks. ZUGANG_ELB/ABGANG_ELB, which are not sums of the children,
 * are added so that their roll-up is right on every level (see stage1/unit-moves.ts).
 *
 * For the pass, counts are kept per sex code (m, w, other) and summed to `insgesamt` at the end,
 * so an event is one add. Stocks are kept as changes, and the pass adds as few as it can: a
 * unit's ELB changes by its Zugänge minus its Abgänge, on every level, and its LZB by its LZB
 * flows plus the LZB persons moving in or out (STOCK_CHANGES). Persons come in no order of unit,
 * so adds straight into the counts would each miss the caches (the counts of all units span
 * megabytes): they are logged and applied in batches, sorted by region of the counts first.
 */
import {
  BASE_QUANTITIES,
  MONEY_QUANTITIES,
  SEXES,
  type BaseQuantity,
  type Sex,
} from '../domain/kpi/catalog.ts';
import type { BaseLookup } from '../domain/kpi/base-lookup.ts';
import type { Availability } from './availability.ts';

const QUANTITY_INDEX = new Map<BaseQuantity, number>(BASE_QUANTITIES.map((q, i) => [q, i]));
/** The person quantities the pass adds to, in slot order. */
const COUNTED = BASE_QUANTITIES.filter((q) => q !== 'ELB' && !MONEY_QUANTITIES.has(q));
const SLOT = new Map<BaseQuantity, number>(COUNTED.map((q, slot) => [q, slot]));
const MONEY = [...MONEY_QUANTITIES];
/** Each stock's change from the month before: the slots that add up to it, with their sign. */
const STOCK_CHANGES: ReadonlyArray<
  readonly [BaseQuantity, ReadonlyArray<readonly [BaseQuantity, 1 | -1]>]
> = [
  [
    'ELB',
    [
      ['ZUGANG_ELB', 1],
      ['ABGANG_ELB', -1],
    ],
  ],
  ['ELB_AE', [['ELB_AE', 1]]],
  [
    'LZB',
    [
      ['LZB', 1],
      ['ZUGANG_LZB', 1],
      ['ABGANG_LZB', -1],
    ],
  ],
  ['LZB_AKTIV', [['LZB_AKTIV', 1]]],
];
const STOCKS = new Set(STOCK_CHANGES.map(([stock]) => stock));
/** Sex codes of the pass: 0 m, 1 w, 2 other (stage1/person-tables.ts SEX_CODE). */
const SEX_CODES = 3;
/** Events per batch (1 MB of log) and the size of the regions of the counts a batch is sorted into (2^12 counts = 16 kB). */
const BATCH = 1 << 22;
const REGION_BITS = 12;

function quantityIndex(quantity: BaseQuantity): number {
  return QUANTITY_INDEX.get(quantity)!;
}

/**
 * The slot under which the pass adds `quantity`, a person quantity other than ELB. The slots of
 * the stocks ELB_AE and LZB_AKTIV take their changes, the slot of LZB only its changes by moves
 * between units; every other slot takes events.
 */
export function countSlot(quantity: BaseQuantity): number {
  const slot = SLOT.get(quantity);
  if (slot === undefined) throw new Error(`${quantity} is not added by the person pass`);
  return slot;
}

export class QuantityCube {
  readonly months: number;
  /** Person counts by [unit][sex code][month][slot]. */
  private readonly counts: Int32Array;
  /** Money by [unit][money quantity][month]. */
  private readonly money: Float64Array;
  /** After finish: every value by [unit][sex of SEXES][quantity][month]. */
  private values = new Float64Array(0);
  /** Logged adds, each 2·(index into counts) + (1 for −1, 0 for +1), and the batch sorted by region. */
  private readonly log = new Int32Array(BATCH);
  private logged = 0;
  private readonly sorted = new Int32Array(BATCH);
  private readonly regionStart: Int32Array;

  /** `parents[uid]` is the parent's uid or −1; months first … last (absolute indexes). */
  constructor(
    private readonly parents: readonly number[],
    readonly first: number,
    last: number,
    private readonly available: Availability,
  ) {
    this.months = last - first + 1;
    this.counts = new Int32Array(parents.length * SEX_CODES * this.months * COUNTED.length);
    this.money = new Float64Array(parents.length * MONEY.length * this.months);
    this.regionStart = new Int32Array((this.counts.length >>> REGION_BITS) + 2);
  }

  /** Adds `value`, +1 or −1, to `slot` (countSlot) of `unit` and sex code (0 m, 1 w, 2 other) in month k (0 = first month); other months are ignored. */
  add(slot: number, unit: number, sexCode: number, k: number, value: 1 | -1): void {
    if (k < 0 || k >= this.months) return;
    const index = ((unit * SEX_CODES + sexCode) * this.months + k) * COUNTED.length + slot;
    this.log[this.logged++] = 2 * index + (value < 0 ? 1 : 0);
    this.regionStart[(index >>> REGION_BITS) + 1]!++;
    if (this.logged === BATCH) this.applyLog();
  }

  /** Applies the logged adds (regionStart[r + 1] counts those of region r): a counting sort by region, then region by region. */
  private applyLog(): void {
    const { log, sorted, regionStart, counts } = this;
    const n = this.logged;
    for (let r = 1; r < regionStart.length; r++) regionStart[r]! += regionStart[r - 1]!;
    for (let i = 0; i < n; i++) sorted[regionStart[log[i]! >>> (REGION_BITS + 1)]!++] = log[i]!;
    for (let i = 0; i < n; i++) counts[sorted[i]! >>> 1]! += 1 - 2 * (sorted[i]! & 1);
    this.logged = 0;
    regionStart.fill(0);
  }

  /** Adds money of `unit` in month k; it counts in `insgesamt` only. */
  addMoney(quantity: 'LLU' | 'LUH', unit: number, k: number, value: number): void {
    if (k < 0 || k >= this.months) return;
    this.money[(unit * MONEY.length + MONEY.indexOf(quantity)) * this.months + k]! += value;
  }

  finish(): void {
    this.applyLog();
    const { counts, money, months } = this;
    const row = COUNTED.length;
    const countBlock = SEX_CODES * months * row;
    const moneyBlock = MONEY.length * months;
    // Children first, each added to its parent in this order (money is floating point).
    for (const unit of unitsChildrenFirst(this.parents)) {
      const parent = this.parents[unit]!;
      if (parent < 0) continue;
      for (let i = 0; i < countBlock; i++)
        counts[parent * countBlock + i]! += counts[unit * countBlock + i]!;
      for (let i = 0; i < moneyBlock; i++)
        money[parent * moneyBlock + i]! += money[unit * moneyBlock + i]!;
    }
    this.values = new Float64Array(
      this.parents.length * SEXES.length * BASE_QUANTITIES.length * months,
    );
    const events = COUNTED.filter((q) => !STOCKS.has(q)).map(
      (q) => [quantityIndex(q), countSlot(q)] as const,
    );
    const changes = STOCK_CHANGES.map(
      ([stock, terms]) =>
        [quantityIndex(stock), terms.map(([q, sign]) => [countSlot(q), sign] as const)] as const,
    );
    const bySexCode = new Int32Array(SEX_CODES);
    const levels = new Int32Array(STOCK_CHANGES.length * SEX_CODES);
    for (let unit = 0; unit < this.parents.length; unit++) {
      levels.fill(0);
      for (let k = 0; k < months; k++) {
        for (let code = 0; code < SEX_CODES; code++) {
          const at = ((unit * SEX_CODES + code) * months + k) * row;
          for (let i = 0; i < changes.length; i++) {
            for (const [slot, sign] of changes[i]![1])
              levels[i * SEX_CODES + code]! += sign * counts[at + slot]!;
          }
        }
        for (let i = 0; i < changes.length; i++)
          this.setPersonValue(
            unit,
            changes[i]![0],
            k,
            levels.subarray(i * SEX_CODES, (i + 1) * SEX_CODES),
          );
        for (const [quantity, slot] of events) {
          for (let code = 0; code < SEX_CODES; code++)
            bySexCode[code] = counts[((unit * SEX_CODES + code) * months + k) * row + slot]!;
          this.setPersonValue(unit, quantity, k, bySexCode);
        }
      }
      MONEY.forEach((quantity, j) => {
        const to = this.offset(unit, 0, quantityIndex(quantity));
        for (let k = 0; k < months; k++)
          this.values[to + k] = money[(unit * MONEY.length + j) * months + k]!;
      });
    }
  }

  /** Sets a person quantity from its counts by sex code (m, w, other). */
  private setPersonValue(
    unit: number,
    quantity: number,
    k: number,
    bySexCode: ArrayLike<number>,
  ): void {
    this.values[this.offset(unit, 0, quantity) + k] = bySexCode[0]! + bySexCode[1]! + bySexCode[2]!;
    this.values[this.offset(unit, 1, quantity) + k] = bySexCode[0]!;
    this.values[this.offset(unit, 2, quantity) + k] = bySexCode[1]!;
  }
  private offset(unit: number, sex: number, quantity: number): number {
    return ((unit * SEXES.length + sex) * BASE_QUANTITIES.length + quantity) * this.months;
  }

  /** Value of a unit and sex by absolute month index, null where missing. Only after finish. */
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
