/** Sorted, disjoint runs from[r] … to[r] (days or months) with their unit and AE flag; a run that continues the last one with the same unit and flag extends it. Reused from person to person. */
export class Runs {
  count = 0;
  from = new Int32Array(8);
  to = new Int32Array(8);
  unit = new Int32Array(8);
  ae = new Int32Array(8);

  /** Empties the runs and makes room for `size` of them. */
  protected reset(size: number): void {
    this.count = 0;
    if (this.from.length >= size) return;
    this.from = new Int32Array(size * 2);
    this.to = new Int32Array(size * 2);
    this.unit = new Int32Array(size * 2);
    this.ae = new Int32Array(size * 2);
  }

  protected push(from: number, to: number, unit: number, ae: number): void {
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
}
