/**
 * One person's state at each Stichtag (kennzahlen.md §2), held as a few ranges of months
 * k = 0 … K−1 of the observation period rather than month by month: the assignment runs, the LZB
 * ranges, and the person's spells with the Stichtag months they cover. The arrays are reused
 * from person to person.
 */
import { AssignmentRuns } from './assignment-runs.ts';
import type { StichtagMonths } from './calendar.ts';
import { DayRuns } from './day-runs.ts';
import { LzbRanges } from './lzb-ranges.ts';
import { FIRST_ACTIVE, LAST_ACTIVE, SPELL_KIND, type PersonTables } from './person-tables.ts';
import { insertSorted } from './sorted-insert.ts';

export { LZB_MIN_DAYS, LZB_WINDOW_DAYS } from './lzb-ranges.ts';

/** A measure of aktive Arbeitsförderung (kategorie aktiv or oeffentlich_gefoerdert). */
const isActive = (kind: number) => kind >= FIRST_ACTIVE && kind <= LAST_ACTIVE;

export class MonthStates {
  /** The assignment day by day (the status periods) and at the Stichtage (the stocks). */
  readonly days: DayRuns;
  readonly runs = new AssignmentRuns();
  readonly lzbRanges = new LzbRanges();
  /** The person's spells: kind, von day, and the Stichtag months a … b they cover (−1 … K). */
  spellCount = 0;
  spellKind = new Int32Array(8);
  spellVon = new Int32Array(8);
  spellA = new Int32Array(8);
  spellB = new Int32Array(8);
  changes = new Int32Array(16);

  constructor(
    readonly months: StichtagMonths,
    idRank: Int32Array,
  ) {
    this.days = new DayRuns(idRank);
  }

  /**
   * Loads person p (with an eLb row): always the day runs (flows need them also of a person in no
   * stock); false if the person is in no stock in any month, and then nothing more is loaded.
   */
  load(p: number, tables: PersonTables): boolean {
    this.days.build(tables.elb, p);
    this.runs.build(this.days, this.months);
    if (this.runs.count === 0) return false;
    const { rows, start } = tables.elb;
    this.lzbRanges.build(
      rows.von,
      rows.bis,
      start[p]!,
      start[p + 1]!,
      tables.age17[p]!,
      this.months,
    );
    this.loadSpells(tables.spells, p);
    return true;
  }

  assigned(k: number): boolean {
    return this.runs.at(k) >= 0;
  }

  lzb(k: number): boolean {
    return this.lzbRanges.has(k);
  }

  /** A measure of aktive Arbeitsförderung covers St(k). */
  active(k: number): boolean {
    for (let x = 0; x < this.spellCount; x++) {
      if (isActive(this.spellKind[x]!) && k >= this.spellA[x]! && k <= this.spellB[x]!) return true;
    }
    return false;
  }

  /** Some svb row, publicly funded or not, covers St(k); false outside the observation period. */
  svb(k: number): boolean {
    if (k < 0 || k >= this.months.months) return false;
    for (let x = 0; x < this.spellCount; x++) {
      const kind = this.spellKind[x];
      if (
        (kind === SPELL_KIND.svb || kind === SPELL_KIND.svb_gefoerdert) &&
        k >= this.spellA[x]! &&
        k <= this.spellB[x]!
      )
        return true;
    }
    return false;
  }

  /**
   * The months 0 … K−1 at which the person's state (unit, AE, LZB, LZB_AKTIV) may change, sorted
   * and without duplicates, in changes[0 … count−1]; between two of them it stays the same.
   */
  changeMonths(): number {
    const { runs, lzbRanges } = this;
    const room = 2 * (runs.count + lzbRanges.count + this.spellCount) + 1;
    if (this.changes.length < room) this.changes = new Int32Array(room * 2);
    let count = 0;
    for (let r = 0; r < runs.count; r++) {
      count = this.addChange(count, runs.from[r]!);
      count = this.addChange(count, runs.to[r]! + 1);
    }
    if (lzbRanges.count === 0) return count;
    for (let r = 0; r < lzbRanges.count; r++) {
      count = this.addChange(count, lzbRanges.from[r]!);
      count = this.addChange(count, lzbRanges.to[r]! + 1);
    }
    for (let x = 0; x < this.spellCount; x++) {
      if (!isActive(this.spellKind[x]!) || this.spellA[x]! > this.spellB[x]!) continue;
      count = this.addChange(count, this.spellA[x]!);
      count = this.addChange(count, this.spellB[x]! + 1);
    }
    return count;
  }

  private addChange(count: number, k: number): number {
    return k >= 0 && k < this.months.months ? insertSorted(this.changes, count, k) : count;
  }

  private loadSpells(spells: PersonTables['spells'], p: number): void {
    const { rows, start } = spells;
    const first = start[p]!;
    const n = start[p + 1]! - first;
    if (this.spellKind.length < n) {
      this.spellKind = new Int32Array(n * 2);
      this.spellVon = new Int32Array(n * 2);
      this.spellA = new Int32Array(n * 2);
      this.spellB = new Int32Array(n * 2);
    }
    for (let x = 0; x < n; x++) {
      const i = first + x;
      this.spellKind[x] = rows.kind[i]!;
      this.spellVon[x] = rows.von[i]!;
      this.spellA[x] = this.months.firstK(rows.von[i]!);
      this.spellB[x] = this.months.lastK(rows.bis[i]!);
    }
    this.spellCount = n;
  }
}
