/**
 * One person's state at each Stichtag (kennzahlen.md §2), in reusable arrays indexed by month
 * k = 0 … K−1 of the observation period. An array entry belongs to the current person where its
 * stamp equals the person's stamp, so nothing is cleared between persons.
 */
import type { PersonTables } from './person-tables.ts';
import { START_KIND } from './person-tables.ts';

/** LZB: at least 638 eLb days in the 730 days [St−729, St] (21 of 24 months). */
export const LZB_WINDOW_DAYS = 730;
export const LZB_MIN_DAYS = 638;

export class MonthStates {
  readonly months: number;
  /** First and last month the person is in a stock (kLo > kHi: never). */
  kLo = 0;
  kHi = -1;
  readonly unit: Int32Array;
  readonly ae: Uint8Array;
  readonly lzb: Uint8Array;
  private readonly stamp: Int32Array;
  private readonly von: Int32Array;
  private readonly line: Int32Array;
  private readonly activeStamp: Int32Array;
  private readonly svbStamp: Int32Array;
  private current = 0;
  private islandStart = new Int32Array(16);
  private islandEnd = new Int32Array(16);
  /** Earliest LZB day of each island (see markLzb). */
  private islandLzbFrom = new Int32Array(16);
  private islandCount = 0;
  private byVon = new Int32Array(16);

  constructor(private readonly st: Int32Array, readonly first: number, private readonly idRank: Int32Array) {
    this.months = st.length;
    this.unit = new Int32Array(this.months);
    this.ae = new Uint8Array(this.months);
    this.lzb = new Uint8Array(this.months);
    this.stamp = new Int32Array(this.months);
    this.von = new Int32Array(this.months);
    this.line = new Int32Array(this.months);
    this.activeStamp = new Int32Array(this.months);
    this.svbStamp = new Int32Array(this.months);
  }

  assigned(k: number): boolean {
    return k >= 0 && k < this.months && this.stamp[k] === this.current;
  }

  active(k: number): boolean {
    return this.activeStamp[k] === this.current;
  }

  /** Some svb row covers St(k); false outside the observation period. */
  svb(k: number): boolean {
    return k >= 0 && k < this.months && this.svbStamp[k] === this.current;
  }

  load(p: number, tables: PersonTables): void {
    this.current = p + 1;
    this.assign(p, tables);
    if (this.kLo > this.kHi) return;
    this.buildIslands(p, tables);
    this.markLzb(tables.age17[p]!);
    this.mark(this.activeStamp, tables.active.rows, tables.active.start, tables.active.order, p, -1);
    this.mark(this.svbStamp, tables.starts.rows, tables.starts.start, tables.starts.order, p, START_KIND.svb);
  }

  /**
   * At each Stichtag the row covering it wins; among several the latest von, then the smallest
   * einheit_id (as string), then the earlier row in the file.
   */
  private assign(p: number, tables: PersonTables): void {
    const { rows, start, order } = tables.elb;
    this.kLo = this.months;
    this.kHi = -1;
    for (let j = start[p]!; j < start[p + 1]!; j++) {
      const i = order[j]!;
      const lo = Math.max(rows.a[i]! - this.first, 0);
      const hi = Math.min(rows.b[i]! - this.first, this.months - 1);
      for (let k = lo; k <= hi; k++) {
        if (this.stamp[k] === this.current && !this.wins(rows.von[i]!, rows.uid[i]!, rows.line[i]!, k)) continue;
        this.stamp[k] = this.current;
        this.unit[k] = rows.uid[i]!;
        this.ae[k] = rows.ae[i]!;
        this.von[k] = rows.von[i]!;
        this.line[k] = rows.line[i]!;
      }
      if (lo <= hi) {
        this.kLo = Math.min(this.kLo, lo);
        this.kHi = Math.max(this.kHi, hi);
      }
    }
  }

  private wins(von: number, uid: number, line: number, k: number): boolean {
    if (von !== this.von[k]) return von > this.von[k]!;
    const rank = this.idRank[uid]!;
    const held = this.idRank[this.unit[k]!]!;
    if (rank !== held) return rank < held;
    return line < this.line[k]!;
  }

  /** The person's eLb days (all rows, any unit) as disjoint, sorted day intervals. */
  private buildIslands(p: number, tables: PersonTables): void {
    const { rows, start, order } = tables.elb;
    const from = start[p]!;
    const count = start[p + 1]! - from;
    if (this.byVon.length < count) this.growIslands(count);
    // insertion sort by von: a person has a handful of rows
    for (let x = 0; x < count; x++) {
      const i = order[from + x]!;
      let y = x;
      for (; y > 0 && rows.von[this.byVon[y - 1]!]! > rows.von[i]!; y--) this.byVon[y] = this.byVon[y - 1]!;
      this.byVon[y] = i;
    }
    let n = 0;
    for (let x = 0; x < count; x++) {
      const i = this.byVon[x]!;
      if (n > 0 && rows.von[i]! <= this.islandEnd[n - 1]! + 1) this.islandEnd[n - 1] = Math.max(this.islandEnd[n - 1]!, rows.bis[i]!);
      else {
        this.islandStart[n] = rows.von[i]!;
        this.islandEnd[n] = rows.bis[i]!;
        n++;
      }
    }
    this.islandCount = n;
  }

  private growIslands(count: number): void {
    this.byVon = new Int32Array(count * 2);
    this.islandStart = new Int32Array(count * 2);
    this.islandEnd = new Int32Array(count * 2);
    this.islandLzbFrom = new Int32Array(count * 2);
  }

  /**
   * LZB at St(k): D(p, St) ≥ 638 and aged at least 17 (the 17th birthday counts). D never falls
   * while t runs through an island (D(t+1) − D(t) = 1 − [t−729 covered] ≥ 0), so each island is
   * LZB from its first day t* with D(t*) ≥ 638 on; t* is found by counting the days of the
   * islands before it once per island instead of once per month.
   */
  private markLzb(age17: number): void {
    for (let x = 0; x < this.islandCount; x++) this.islandLzbFrom[x] = this.firstLzbDay(x);
    let x = 0;
    for (let k = this.kLo; k <= this.kHi; k++) {
      if (this.stamp[k] !== this.current) continue;
      const t = this.st[k]!;
      while (this.islandEnd[x]! < t) x++;
      this.lzb[k] = t >= this.islandLzbFrom[x]! && t >= age17 ? 1 : 0;
    }
  }

  /** First day t of island x with D(t) ≥ 638: D(t) = t − s + 1 + (days of earlier islands in [t−729, s−1]). */
  private firstLzbDay(x: number): number {
    const s = this.islandStart[x]!;
    const e = this.islandEnd[x]!;
    // D gains at most one day per day, so t* lies at least the missing days ahead of t: jump there.
    for (let t = s; ; ) {
      if (t > e) return t;
      let days = t - Math.max(s, t - (LZB_WINDOW_DAYS - 1)) + 1;
      for (let y = 0; y < x; y++) {
        const overlap = Math.min(this.islandEnd[y]!, t) - Math.max(this.islandStart[y]!, t - (LZB_WINDOW_DAYS - 1)) + 1;
        if (overlap > 0) days += overlap;
      }
      if (days >= LZB_MIN_DAYS) return t;
      t += LZB_MIN_DAYS - days;
    }
  }

  /** Stamps the months a…b of the person's rows (of `kind`, unless −1). */
  private mark(target: Int32Array, rows: { a: Int32Array; b: Int32Array; kind?: Int32Array }, start: Int32Array, order: Int32Array, p: number, kind: number): void {
    for (let j = start[p]!; j < start[p + 1]!; j++) {
      const i = order[j]!;
      if (kind >= 0 && rows.kind![i] !== kind) continue;
      const hi = Math.min(rows.b[i]! - this.first, this.months - 1);
      for (let k = Math.max(rows.a[i]! - this.first, 0); k <= hi; k++) target[k] = this.current;
    }
  }
}
