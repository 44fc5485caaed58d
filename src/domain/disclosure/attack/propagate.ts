/**
 * Bound propagation over linear constraints to a fixpoint: each constraint narrows each of its
 * cells to what the bounds of the others leave (interval arithmetic); a cell whose interval
 * holds one integer is recovered. Exact for integer data (sums of counts stay far below 2^53);
 * figures computed in doubles enter as intervals (constraint.ts).
 */
import type { Constraint } from './constraint.ts';
import type { Knowledge } from './knowledge.ts';

export type PinListener = (cell: number, constraint: Constraint) => void;

export class Propagator {
  private readonly constraints: Constraint[] = [];
  /** constraint ids per cell */
  private readonly uses: number[][] = [];
  private readonly queued: boolean[] = [];
  private queue: number[] = [];
  /** a constraint found no value for a cell, or is violated, since the last reset */
  failed = false;
  /** a case is being tried (cases.ts): nothing it narrows is a recovery */
  trying = false;

  constructor(
    private readonly knowledge: Knowledge,
    private readonly onPin: PinListener = () => {},
  ) {}

  get size(): number {
    return this.constraints.length;
  }

  add(constraints: readonly Constraint[]): void {
    for (const c of constraints) {
      const id = this.constraints.length;
      this.constraints.push(c);
      this.queued.push(false);
      for (const cell of c.cells) {
        while (this.uses.length <= cell) this.uses.push([]);
        this.uses[cell]!.push(id);
      }
      this.enqueue(id);
    }
  }

  /** Re-examines the constraints of cells narrowed from outside (by a rule that is not linear). */
  touch(cell: number): void {
    for (const id of this.uses[cell] ?? []) this.enqueue(id);
  }

  /**
   * Propagates until nothing narrows; answers whether any cell was narrowed. With `stopOnFailure`
   * (a case being tried) it stops at the first constraint that leaves a cell no value.
   */
  run(stopOnFailure = false): boolean {
    let narrowed = false;
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      for (let i = 0; i < batch.length; i++) {
        const id = batch[i]!;
        this.queued[id] = false;
        if (this.revise(this.constraints[id]!)) narrowed = true;
        if (stopOnFailure && this.failed) {
          for (const rest of [...batch.slice(i + 1), ...this.queue]) this.queued[rest] = false;
          this.queue = [];
          return narrowed;
        }
      }
    }
    return narrowed;
  }

  private enqueue(id: number): void {
    if (this.queued[id]) return;
    this.queued[id] = true;
    this.queue.push(id);
  }

  private revise(c: Constraint): boolean {
    const k = this.knowledge;
    const n = c.cells.length;
    const mins = new Array<number>(n);
    const maxs = new Array<number>(n);
    let minSum = 0,
      maxSum = 0,
      minInf = 0,
      maxInf = 0;
    for (let i = 0; i < n; i++) {
      const [lo, hi] = k.bounds(c.cells[i]!);
      const a = c.coefs[i]!;
      const [tmin, tmax] = a >= 0 ? [a * lo, a * hi] : [a * hi, a * lo];
      mins[i] = tmin;
      maxs[i] = tmax;
      if (tmin === -Infinity) minInf++;
      else minSum += tmin;
      if (tmax === Infinity) maxInf++;
      else maxSum += tmax;
    }
    const tolerance = 1e-9 * Math.max(1, Math.abs(c.lo), Math.abs(c.hi));
    if ((minInf === 0 && minSum > c.hi + tolerance) || (maxInf === 0 && maxSum < c.lo - tolerance))
      this.failed = true;
    let narrowed = false;
    for (let i = 0; i < n; i++) {
      const cell = c.cells[i]!;
      if (k.isKnown(cell)) continue;
      const a = c.coefs[i]!;
      // Σ of the other terms lies in [restMin, restMax]
      const restMin =
        mins[i] === -Infinity
          ? minInf > 1
            ? -Infinity
            : minSum
          : minInf > 0
            ? -Infinity
            : minSum - mins[i]!;
      const restMax =
        maxs[i] === Infinity
          ? maxInf > 1
            ? Infinity
            : maxSum
          : maxInf > 0
            ? Infinity
            : maxSum - maxs[i]!;
      const termLo = c.lo - restMax;
      const termHi = c.hi - restMin;
      const [lo, hi] = a > 0 ? [termLo / a, termHi / a] : [termHi / a, termLo / a];
      if (lo === -Infinity && hi === Infinity) continue;
      const result = k.tighten(
        cell,
        Number.isNaN(lo) ? -Infinity : lo,
        Number.isNaN(hi) ? Infinity : hi,
      );
      if (result === 'contradiction') this.failed = true;
      if (result !== 'changed') continue;
      narrowed = true;
      if (k.isKnown(cell) && !this.trying) this.onPin(cell, c);
      this.touch(cell);
    }
    return narrowed;
  }
}
