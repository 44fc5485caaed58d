/**
 * The months in which one person is LZB (kennzahlen.md §2): D(p, St) ≥ 638 eLb days in the 730
 * days [St−729, St] (21 of 24 months), counted over the union of all the person's elb_zeiten
 * rows in any unit, and aged at least 17 at St (the 17th birthday counts).
 */
import type { StichtagMonths } from './calendar.ts';

/** LZB: at least 638 eLb days in the 730 days [St−729, St] (21 of 24 months). */
export const LZB_WINDOW_DAYS = 730;
export const LZB_MIN_DAYS = 638;

/** LZB months as sorted, disjoint ranges from[i] … to[i] of months k (0 … K−1). */
export class LzbRanges {
  count = 0;
  from = new Int32Array(4);
  to = new Int32Array(4);
  private islandStart = new Int32Array(4);
  private islandEnd = new Int32Array(4);
  private islandCount = 0;
  private byVon = new Int32Array(4);

  /** Rows first … end−1 of the day columns von/bis (inclusive) are the person's eLb periods. */
  build(
    von: Int32Array,
    bis: Int32Array,
    first: number,
    end: number,
    age17: number,
    months: StichtagMonths,
  ): void {
    this.buildIslands(von, bis, first, end);
    this.count = 0;
    for (let x = 0; x < this.islandCount; x++) {
      // D never falls while t runs through an island (D(t+1) − D(t) = 1 − [t−729 covered] ≥ 0),
      // so the island is LZB from its first day with D ≥ 638 and the 17th birthday on.
      const lzbFrom = Math.max(this.firstLzbDay(x), age17);
      if (lzbFrom > this.islandEnd[x]!) continue;
      const kFrom = Math.max(months.firstK(lzbFrom), 0);
      const kTo = Math.min(months.lastK(this.islandEnd[x]!), months.months - 1);
      if (kFrom > kTo) continue;
      this.from[this.count] = kFrom;
      this.to[this.count] = kTo;
      this.count++;
    }
  }

  has(k: number): boolean {
    for (let i = 0; i < this.count; i++) if (k >= this.from[i]! && k <= this.to[i]!) return true;
    return false;
  }

  /** The person's eLb days (all rows, any unit) as disjoint, sorted day intervals ("islands"). */
  private buildIslands(von: Int32Array, bis: Int32Array, first: number, end: number): void {
    const count = end - first;
    if (this.byVon.length < count) this.grow(count * 2);
    // insertion sort by von: a person has a handful of rows
    for (let x = 0; x < count; x++) {
      const i = first + x;
      let y = x;
      for (; y > 0 && von[this.byVon[y - 1]!]! > von[i]!; y--) this.byVon[y] = this.byVon[y - 1]!;
      this.byVon[y] = i;
    }
    let n = 0;
    for (let x = 0; x < count; x++) {
      const i = this.byVon[x]!;
      if (n > 0 && von[i]! <= this.islandEnd[n - 1]! + 1)
        this.islandEnd[n - 1] = Math.max(this.islandEnd[n - 1]!, bis[i]!);
      else {
        this.islandStart[n] = von[i]!;
        this.islandEnd[n] = bis[i]!;
        n++;
      }
    }
    this.islandCount = n;
  }

  private grow(size: number): void {
    this.byVon = new Int32Array(size);
    this.islandStart = new Int32Array(size);
    this.islandEnd = new Int32Array(size);
    this.from = new Int32Array(size);
    this.to = new Int32Array(size);
  }

  /** First day t of island x with D(t) ≥ 638: D(t) = t − s + 1 + (days of earlier islands in [t−729, s−1]). */
  private firstLzbDay(x: number): number {
    const s = this.islandStart[x]!;
    const e = this.islandEnd[x]!;
    // D gains at most one day per day, so t* lies at least the missing days ahead of t: jump there.
    for (let t = s; ;) {
      if (t > e) return t;
      let days = t - Math.max(s, t - (LZB_WINDOW_DAYS - 1)) + 1;
      for (let y = 0; y < x; y++) {
        const overlap =
          Math.min(this.islandEnd[y]!, t) -
          Math.max(this.islandStart[y]!, t - (LZB_WINDOW_DAYS - 1)) +
          1;
        if (overlap > 0) days += overlap;
      }
      if (days >= LZB_MIN_DAYS) return t;
      t += LZB_MIN_DAYS - days;
    }
  }
}
