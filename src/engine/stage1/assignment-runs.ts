/**
 * One person's assignment at the Stichtage (kennzahlen.md §2) as runs of months: the day runs
 * (day-runs.ts) read at St(k). A person has a handful of day runs, so each is turned into the
 * Stichtag months it covers rather than testing month by month.
 */
import type { StichtagMonths } from './calendar.ts';
import type { DayRuns } from './day-runs.ts';
import { Runs } from './runs.ts';

/** Sorted, disjoint runs from[r] … to[r] of months k (0 … K−1) with their unit and AE flag. */
export class AssignmentRuns extends Runs {
  /** Index of the run holding month k, −1 if the person is in no stock at k. */
  at(k: number): number {
    for (let r = 0; r < this.count; r++) if (k >= this.from[r]! && k <= this.to[r]!) return r;
    return -1;
  }

  build(days: DayRuns, months: StichtagMonths): void {
    this.reset(days.count);
    for (let r = 0; r < days.count; r++) {
      const lo = Math.max(months.firstK(days.from[r]!), 0);
      const hi = Math.min(months.lastK(days.to[r]!), months.months - 1);
      if (lo <= hi) this.push(lo, hi, days.unit[r]!, days.ae[r]!);
    }
  }
}
