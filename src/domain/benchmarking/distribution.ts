/**
 * Distributions of a Kennzahl over comparable units (zielsteuerung.md "Benchmarking": quartiles
 * rather than bare ranks). Quantiles interpolate linearly between order statistics — Hyndman &
 * Fan type 7, the default of R and Excel's QUARTIL.INKL — so a reader can recompute them in a
 * spreadsheet.
 */

export interface Distribution {
  /** how many values the distribution rests on (suppressed and missing values excluded) */
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** Position of a value among the quarters of a distribution: 1 = lowest quarter … 4 = highest. */
export type Quarter = 1 | 2 | 3 | 4;

/** The p-quantile (0 ≤ p ≤ 1) of ascending `sorted` values, type 7: h = (n − 1)·p, interpolated. */
export function quantileOfSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('quantile of no values');
  if (p < 0 || p > 1) throw new RangeError(`p must lie in [0, 1], got ${p}`);
  const h = (sorted.length - 1) * p;
  const lower = Math.floor(h);
  const below = sorted[lower] as number;
  const above = sorted[Math.min(lower + 1, sorted.length - 1)] as number;
  return below + (h - lower) * (above - below);
}

export function describeDistribution(values: readonly number[]): Distribution | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    min: sorted[0] as number,
    q1: quantileOfSorted(sorted, 0.25),
    median: quantileOfSorted(sorted, 0.5),
    q3: quantileOfSorted(sorted, 0.75),
    max: sorted[sorted.length - 1] as number,
  };
}

/** The quarter a value falls in; a value on a boundary counts to the lower quarter. */
export function quarterOf(value: number, d: Distribution): Quarter {
  if (value <= d.q1) return 1;
  if (value <= d.median) return 2;
  if (value <= d.q3) return 3;
  return 4;
}

export const QUARTER_LABELS: Record<Quarter, string> = {
  1: 'unteres Viertel',
  2: 'zweites Viertel',
  3: 'drittes Viertel',
  4: 'oberes Viertel',
};
