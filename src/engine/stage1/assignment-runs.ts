/**
 * One person's assignment (kennzahlen.md §2) as runs of months: at St(m) the person belongs to
 * the unit of the elb_zeiten row covering St(m); among several the latest von, then the smallest
 * einheit_id (as string), then the earlier row in the file. A person has a handful of rows, so
 * the rule is applied once per stretch of months with the same covering rows, not per month.
 */
import type { StichtagMonths } from './calendar.ts';
import type { PersonTables } from './person-tables.ts';
import { insertSorted } from './sorted-insert.ts';

/** Sorted, disjoint runs from[r] … to[r] of months k (0 … K−1) with their unit and AE flag. */
export class AssignmentRuns {
  count = 0;
  from = new Int32Array(8);
  to = new Int32Array(8);
  unit = new Int32Array(8);
  ae = new Int32Array(8);
  /** Months covered by each of the person's rows (lo > hi: none) and the stretch boundaries; n rows make at most 2n bounds and 2n − 1 runs. */
  private lo = new Int32Array(4);
  private hi = new Int32Array(4);
  private bounds = new Int32Array(8);

  constructor(private readonly idRank: Int32Array) {}

  /** Index of the run holding month k, −1 if the person is in no stock at k. */
  at(k: number): number {
    for (let r = 0; r < this.count; r++) if (k >= this.from[r]! && k <= this.to[r]!) return r;
    return -1;
  }

  build(elb: PersonTables['elb'], p: number, months: StichtagMonths): void {
    const { rows, start } = elb;
    const first = start[p]!;
    const n = start[p + 1]! - first;
    this.count = 0;
    if (n === 1) {
      const lo = Math.max(months.firstK(rows.von[first]!), 0);
      const hi = Math.min(months.lastK(rows.bis[first]!), months.months - 1);
      if (lo <= hi) this.push(lo, hi, rows.uid[first]!, rows.ae[first]!);
      return;
    }
    if (this.lo.length < n) this.grow(n * 2);
    let bounds = 0;
    for (let x = 0; x < n; x++) {
      const i = first + x;
      this.lo[x] = Math.max(months.firstK(rows.von[i]!), 0);
      this.hi[x] = Math.min(months.lastK(rows.bis[i]!), months.months - 1);
      if (this.lo[x]! > this.hi[x]!) continue;
      bounds = insertSorted(this.bounds, bounds, this.lo[x]!);
      bounds = insertSorted(this.bounds, bounds, this.hi[x]! + 1);
    }
    // Between two consecutive bounds the same rows cover every month.
    for (let b = 0; b + 1 < bounds; b++) {
      const k = this.bounds[b]!;
      let best = -1;
      for (let x = 0; x < n; x++) {
        if (k < this.lo[x]! || k > this.hi[x]!) continue;
        if (best < 0 || this.wins(rows, first + x, first + best)) best = x;
      }
      if (best >= 0)
        this.push(k, this.bounds[b + 1]! - 1, rows.uid[first + best]!, rows.ae[first + best]!);
    }
  }

  /** Row i beats row j: later von, then smaller einheit_id, then earlier line. */
  private wins(rows: PersonTables['elb']['rows'], i: number, j: number): boolean {
    if (rows.von[i] !== rows.von[j]) return rows.von[i]! > rows.von[j]!;
    const rank = this.idRank[rows.uid[i]!]!;
    const other = this.idRank[rows.uid[j]!]!;
    if (rank !== other) return rank < other;
    return rows.line[i]! < rows.line[j]!;
  }

  private push(from: number, to: number, unit: number, ae: number): void {
    const r = this.count;
    if (
      r > 0 &&
      this.to[r - 1] === from - 1 &&
      this.unit[r - 1] === unit &&
      this.ae[r - 1] === ae
    ) {
      this.to[r - 1] = to;
      return;
    }
    this.from[r] = from;
    this.to[r] = to;
    this.unit[r] = unit;
    this.ae[r] = ae;
    this.count++;
  }

  private grow(size: number): void {
    this.lo = new Int32Array(size);
    this.hi = new Int32Array(size);
    this.bounds = new Int32Array(size * 2);
    this.from = new Int32Array(size * 2);
    this.to = new Int32Array(size * 2);
    this.unit = new Int32Array(size * 2);
    this.ae = new Int32Array(size * 2);
  }
}
