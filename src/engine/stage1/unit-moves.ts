/**
 * Which units a person enters when the assignment changes from one unit to another: every
 * ancestor (the unit itself included) of the new unit that is no ancestor of the old one.
 * Zugang and Abgang of the eLb are counted per level this way (kennzahlen.md §2).
 */
export class UnitMoves {
  private readonly cache = new Map<number, number[]>();
  private readonly lines: number[][];

  constructor(private readonly parents: readonly number[]) {
    this.lines = parents.map((_, unit) => {
      const line: number[] = [];
      for (let u = unit; u >= 0; u = parents[u]!) line.push(u);
      return line;
    });
  }

  /** Units entered moving from `from` to `to` (−1 = in no stock); empty when `to` is −1. */
  entered(from: number, to: number): readonly number[] {
    if (to < 0) return [];
    const key = (from + 1) * (this.parents.length + 1) + to + 1;
    let units = this.cache.get(key);
    if (!units) {
      const left = from < 0 ? [] : this.lines[from]!;
      units = this.lines[to]!.filter((u) => !left.includes(u));
      this.cache.set(key, units);
    }
    return units;
  }
}
