/**
 * Zugang and Abgang of the eLb are counted per level (kennzahlen.md §2): a move from unit `from`
 * to unit `to` is a Zugang for every ancestor of `to` (itself included) that is no ancestor of
 * `from`. Those are the units on the line from `to` up to, not including, the lowest common
 * ancestor; so the pass adds +1 at `to` and −1 at that common ancestor, and rolling the counts up
 * the tree (QuantityCube.finish) gives every level its count.
 */
export class UnitTree {
  private readonly depth: Int32Array;

  constructor(private readonly parents: readonly number[]) {
    this.depth = Int32Array.from(parents, (_, unit) => {
      let d = 0;
      for (let u = parents[unit]!; u >= 0; u = parents[u]!) d++;
      return d;
    });
  }

  /** The lowest common ancestor (a unit itself included) of two units, −1 if they have none. */
  commonAncestor(a: number, b: number): number {
    while (this.depth[a]! > this.depth[b]!) a = this.parents[a]!;
    while (this.depth[b]! > this.depth[a]!) b = this.parents[b]!;
    while (a !== b && a >= 0) {
      a = this.parents[a]!;
      b = this.parents[b]!;
    }
    return a;
  }
}
