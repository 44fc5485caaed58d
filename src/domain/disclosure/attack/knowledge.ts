/**
 * What the attacker knows of each cell: an integer interval [lo, hi] (counts are ≥ 0) and
 * whether 1 and 2 are excluded (a cell withheld to protect another, or shown: the protection
 * never shows a count of 1 or 2). A cell is recovered when lo = hi.
 */
export type Tightening = 'unchanged' | 'changed' | 'contradiction';

/** Rounding of real bounds to integers: real bounds carry float error up to this (relative). */
const EPS = 1e-9;

export class Knowledge {
  lo: number[] = [];
  hi: number[] = [];
  notSmall: boolean[] = [];
  /** attempts to tighten a cell beyond what is consistent (a wrong assumption of the attacker) */
  contradictions = 0;
  /** while a case is tried (cases.ts): the bounds before each change, to undo them */
  private trail: [id: number, lo: number, hi: number, notSmall: boolean][] | null = null;

  private ensure(id: number): void {
    while (this.lo.length <= id) {
      this.lo.push(0);
      this.hi.push(Infinity);
      this.notSmall.push(false);
    }
  }

  bounds(id: number): [number, number] {
    return id < this.lo.length ? [this.lo[id]!, this.hi[id]!] : [0, Infinity];
  }

  isKnown(id: number): boolean {
    return id < this.lo.length && this.lo[id] === this.hi[id];
  }

  /** the value of a recovered cell, else null */
  value(id: number): number | null {
    return this.isKnown(id) ? this.lo[id]! : null;
  }

  /** Narrows the cell to the integers in [lo, hi] (real bounds, rounded inwards). */
  tighten(id: number, lo: number, hi: number): Tightening {
    this.ensure(id);
    let newLo = Math.max(this.lo[id]!, Math.ceil(lo - EPS * Math.max(1, Math.abs(lo))));
    let newHi = Math.min(this.hi[id]!, Math.floor(hi + EPS * Math.max(1, Math.abs(hi))));
    if (this.notSmall[id]) [newLo, newHi] = skipSmall(newLo, newHi);
    if (newLo > newHi) {
      if (this.trail === null) this.contradictions++;
      return 'contradiction';
    }
    if (newLo === this.lo[id] && newHi === this.hi[id]) return 'unchanged';
    this.trail?.push([id, this.lo[id]!, this.hi[id]!, this.notSmall[id]!]);
    this.lo[id] = newLo;
    this.hi[id] = newHi;
    return 'changed';
  }

  /** The cell is not 1 or 2 (it is 0 or at least 3). */
  excludeSmall(id: number): Tightening {
    this.ensure(id);
    if (this.notSmall[id]) return 'unchanged';
    this.trail?.push([id, this.lo[id]!, this.hi[id]!, false]);
    this.notSmall[id] = true;
    return this.tighten(id, this.lo[id]!, this.hi[id]!) === 'contradiction'
      ? 'contradiction'
      : 'changed';
  }

  /** Starts recording changes, to undo them after a case was tried. */
  startTrial(): void {
    this.trail = [];
  }

  /** Undoes every change since startTrial. */
  undoTrial(): void {
    const trail = this.trail ?? [];
    for (let i = trail.length - 1; i >= 0; i--) {
      const [id, lo, hi, notSmall] = trail[i]!;
      this.lo[id] = lo;
      this.hi[id] = hi;
      this.notSmall[id] = notSmall;
    }
    this.trail = null;
  }
}

function skipSmall(lo: number, hi: number): [number, number] {
  return [lo === 1 || lo === 2 ? 3 : lo, hi === 1 || hi === 2 ? 0 : hi];
}
