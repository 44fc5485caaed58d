/** Empirical quantiles and the bands fitted from forecast errors. */
import {
  FORECAST_SERIES,
  type ForecastBand,
  type ForecastBands,
  type ForecastSeries,
} from '../../src/domain/monitoring/forecast.ts';
import type { ForecastCase } from './errors.ts';

/** Quantile of sorted values with linear interpolation between order statistics (Hyndman–Fan type 7, R's default). */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('quantile of no values');
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

function bandsOf(
  cases: readonly ForecastCase[],
  tail: number,
  error: (c: ForecastCase) => number,
): Record<ForecastSeries, ForecastBand[]> {
  const out = {} as Record<ForecastSeries, ForecastBand[]>;
  for (const series of FORECAST_SERIES) {
    out[series] = [];
    for (let month = 1; month <= 11; month++) {
      const errors = cases
        .filter((c) => c.band === series && c.fromMonth === month)
        .map(error)
        .sort((a, b) => a - b);
      if (errors.length === 0)
        throw new Error(`no forecast cases for ${series} from month ${month}`);
      out[series].push({ low: quantile(errors, tail), high: quantile(errors, 1 - tail) });
    }
  }
  return out;
}

/**
 * The (1 − level)/2 and (1 + level)/2 quantiles of the log error per series and starting
 * month: scaled by √size, and pooled over all sizes.
 */
export function fitBands(cases: readonly ForecastCase[], level = 0.8): ForecastBands {
  const tail = (1 - level) / 2;
  return {
    level,
    scaled: bandsOf(cases, tail, (c) => c.logError * Math.sqrt(c.size)),
    pooled: bandsOf(cases, tail, (c) => c.logError),
  };
}
