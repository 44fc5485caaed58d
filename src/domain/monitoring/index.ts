/** Public functions of target monitoring: attainment, forecast, and the rules behind them. */
export { assessCriterion, assessTarget, type AssessOptions } from './attainment.ts';
export { combineStatuses } from './assess-composite.ts';
export {
  FORECAST_METHOD,
  FORECAST_SERIES,
  forecastSeriesOf,
  forecastSizeOf,
  forecastYearEnd,
  pointForecast,
  type ForecastBand,
  type ForecastBands,
  type ForecastSeries,
} from './forecast.ts';
export { FORECAST_BANDS } from './forecast-bands.ts';
export { latestUsableMonth } from './snapshot.ts';
export {
  COMPOSITE_ORDER,
  DEFAULT_DECIMALS,
  STATUS_SENTENCES,
  STATUS_WORDS,
  satisfies,
} from './status-rules.ts';
export {
  criterionThreshold,
  judgeAtDecimals,
  pathThreshold,
  type Judgement,
  type Threshold,
} from './thresholds.ts';
export type * from './types.ts';
