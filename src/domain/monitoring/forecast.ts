/**
 * Year-end forecast of a target's metric from the latest month with data (docs/forecast.md).
 * Method "Vorjahresverhältnis": the year keeps last year's seasonal shape, so
 *   F = reference(12) · current(m) / reference(m),
 * i.e. December of the reference year scaled by this year's ratio to the reference year's
 * same month (a March JFW against last year's March JFW).
 *
 * Interval: the backtest (bench/forecast) measured the log error ln(actual/F) per series and
 * starting month. For counts of events or persons it shrinks like 1/√size (Poisson-like noise
 * in both years' months), so with the size N behind the value known the interval is
 * F · exp(q/√N), q the quantiles of ln(actual/F)·√N; without it, F · exp(q) with the quantiles
 * of all unit sizes of the backtest pooled (right on average over a Kreis' örtliche Jobcenter,
 * too wide for a Träger, too narrow for a small Jobcenter).
 */
import type { LocalIndicator, Metric } from '../agreements/criteria.ts';
import { metricUnitOf } from '../agreements/metric-name.ts';
import type { BaseQuantity } from '../kpi/catalog.ts';
import { FORECAST_BANDS } from './forecast-bands.ts';
import { currentValue, latestUsableMonth, referenceValue } from './snapshot.ts';
import type { Forecast, MetricSnapshot } from './types.ts';

/** Kinds of series whose forecast errors differ; each has its own bands. */
export const FORECAST_SERIES = [
  'jahresfortschrittswert',
  'jahresdurchschnitt',
  'jahressumme',
  'kennzahl',
  'bestand',
] as const;
export type ForecastSeries = (typeof FORECAST_SERIES)[number];

/** Quantiles of the log error for one starting month. */
export interface ForecastBand {
  low: number;
  high: number;
}

export interface ForecastBands {
  /** nominal coverage of [low, high], e.g. 0.8 for the 10 % and 90 % quantiles */
  level: number;
  /** quantiles of ln(actual/F)·√size; per series, index 0 = forecast from January … 10 = from November */
  scaled: Record<ForecastSeries, readonly ForecastBand[]>;
  /** quantiles of ln(actual/F), all sizes pooled, for a forecast whose size is unknown */
  pooled: Record<ForecastSeries, readonly ForecastBand[]>;
}

export const FORECAST_METHOD =
  'Vorjahresverhältnis: Dezember des Vorjahres × aktueller Wert / Wert des Vorjahresmonats';

/**
 * Change rates against the previous year's month (K1, K1E1, K1E2, K3) cross zero, where a
 * ratio says nothing: no forecast for them.
 */
const CHANGE_RATES: ReadonlySet<string> = new Set(['K1', 'K1E1', 'K1E2', 'K3']);

/** Month values that behave like a stock (smooth from month to month); money sums are as smooth. */
const STOCK_LIKE: ReadonlySet<BaseQuantity> = new Set([
  'ELB',
  'ELB_AE',
  'LZB',
  'LZB_AKTIV',
  'LLU',
  'LUH',
]);

/**
 * Which bands a metric's forecast uses; null = the method does not apply (change rates, the
 * month value of an event count, which a single month's chance decides).
 */
export function forecastSeriesOf(metric: Metric): ForecastSeries | null {
  if (metric.source === 'kennzahl') {
    if (metric.id === 'JFW_K2') return 'jahresfortschrittswert';
    if (metric.id === 'JDW_LZB') return 'jahresdurchschnitt';
    return CHANGE_RATES.has(metric.id) ? null : 'kennzahl';
  }
  if (metric.aggregation !== 'monatswert') return metric.aggregation;
  return metric.source === 'lokal' || STOCK_LIKE.has(metric.id) ? 'bestand' : null;
}

/**
 * The size behind a count metric's value: the reference year's December value itself when the
 * metric counts persons or events. Quotas and amounts need the caller's size (the zaehler of a
 * quota, e.g. Σ INT of the reference year for JFW_K2): null here.
 */
export function forecastSizeOf(
  metric: Metric,
  snapshot: MetricSnapshot,
  indicators?: readonly LocalIndicator[],
): number | null {
  if (metricUnitOf(metric, indicators) !== 'count') return null;
  const december = referenceValue(snapshot, 12);
  return december !== null && december > 0 ? december : null;
}

/** F = reference(12) · current(m) / reference(m); null when an input is missing or reference(m) is 0. */
export function pointForecast(
  current: number,
  reference: number,
  referenceDecember: number,
): number | null {
  if (reference === 0) return null;
  return referenceDecember * (current / reference);
}

/**
 * The December forecast from the latest month with data, or null when that month is December
 * (nothing to forecast), there is no data, or the reference year lacks that month or December.
 * `size`: events or persons behind the reference year's December value (forecastSizeOf), null
 * if unknown.
 */
export function forecastYearEnd(
  snapshot: MetricSnapshot,
  series: ForecastSeries | null,
  bands: ForecastBands = FORECAST_BANDS,
  size: number | null = null,
): Forecast | null {
  if (series === null) return null;
  const month = latestUsableMonth(snapshot);
  if (month === null || month >= 12) return null;
  const current = currentValue(snapshot, month);
  const reference = referenceValue(snapshot, month);
  const referenceDecember = referenceValue(snapshot, 12);
  if (current === null || reference === null || referenceDecember === null) return null;
  const value = pointForecast(current, reference, referenceDecember);
  const sized = size !== null && size > 0;
  const band = (sized ? bands.scaled : bands.pooled)[series][month - 1];
  if (value === null || band === undefined) return null;
  const divisor = sized ? Math.sqrt(size) : 1;
  const a = value * Math.exp(band.low / divisor);
  const b = value * Math.exp(band.high / divisor);
  return {
    value,
    low: Math.min(a, b),
    high: Math.max(a, b),
    level: bands.level,
    fromMonth: month,
    method: FORECAST_METHOD,
  };
}
