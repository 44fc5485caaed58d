/**
 * One person's assignment (kennzahlen.md §2) on every day, as runs of days: on day d the person
 * belongs to the unit of the elb_zeiten row covering d; among several the latest von, then the
 * smallest einheit_id (as string), then the earlier row in the file. Between two consecutive
 * bounds (a von or a bis + 1 of some row) the same rows cover every day, so the rule is applied
 * once per such stretch. The runs at the Stichtage are the stocks (assignment-runs.ts); the runs
 * themselves give the status periods of the movement concept (person-pass.ts).
 */
import type { PersonTables } from './person-tables.ts';
import { Runs } from './runs.ts';
import { insertSorted } from './sorted-insert.ts';

/** Runs of days (an open bis: OPEN_END_DAY); adjacent runs differ in unit or AE. */
export class DayRuns extends Runs {
  /** n rows make at most 2n bounds and 2n − 1 runs. */
  private bounds = new Int32Array(8);

  constructor(private readonly idRank: Int32Array) {
    super();
  }

  build(elb: PersonTables['elb'], p: number): void {
    const { rows, start } = elb;
    const first = start[p]!;
    const n = start[p + 1]! - first;
    this.reset(2 * n);
    if (n === 1) {
      this.push(rows.von[first]!, rows.bis[first]!, rows.uid[first]!, rows.ae[first]!);
      return;
    }
    if (this.bounds.length < 2 * n + 1) this.bounds = new Int32Array(4 * n + 2);
    let bounds = 0;
    for (let i = first; i < first + n; i++) {
      bounds = insertSorted(this.bounds, bounds, rows.von[i]!);
      bounds = insertSorted(this.bounds, bounds, rows.bis[i]! + 1);
    }
    for (let b = 0; b + 1 < bounds; b++) {
      const day = this.bounds[b]!;
      let best = -1;
      for (let i = first; i < first + n; i++) {
        if (day < rows.von[i]! || day > rows.bis[i]!) continue;
        if (best < 0 || this.wins(rows, i, best)) best = i;
      }
      if (best >= 0) this.push(day, this.bounds[b + 1]! - 1, rows.uid[best]!, rows.ae[best]!);
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
}
