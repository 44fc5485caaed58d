/**
 * Forecast cases: for every unit, series, target year and starting month 1–11 the December
 * forecast of the domain (forecast.ts) from the months Jan … m of the year and the whole
 * reference year, against the actual December value.
 */
import {
  forecastYearEnd,
  pointForecast,
  type ForecastBands,
  type ForecastSeries,
} from '../../src/domain/monitoring/forecast.ts';
import type { MetricSnapshot, Observation } from '../../src/domain/monitoring/types.ts';
import { SERIES, type YearSeries } from './series.ts';

export interface ForecastCase {
  series: string;
  band: ForecastSeries;
  unit: string;
  year: number;
  fromMonth: number;
  /** events or persons behind the reference year's December value */
  size: number;
  forecast: number;
  actual: number;
  /** ln(actual / forecast) */
  logError: number;
}

function observation(value: number | null): Observation | null {
  return value === null ? null : { value, quality: 'final' };
}

/** The snapshot a monitoring run would see in month m: this year up to m, the whole reference year. */
export function snapshotAt(
  year: number,
  current: readonly (number | null)[],
  reference: readonly (number | null)[],
  month: number,
): MetricSnapshot {
  return {
    year,
    current: current.map((v, i) => (i < month ? observation(v) : null)),
    reference: reference.map(observation),
    datenstand: null,
  };
}

export function collectCases(data: YearSeries, years: readonly number[]): ForecastCase[] {
  const cases: ForecastCase[] = [];
  for (const [unit, byName] of Object.entries(data)) {
    for (const spec of SERIES) {
      for (const year of years) {
        const current = byName[spec.name]?.[year]?.values;
        const reference = byName[spec.name]?.[year - 1];
        const actual = current?.[11];
        const referenceDecember = reference?.values[11];
        if (
          current === undefined ||
          reference === undefined ||
          actual == null ||
          referenceDecember == null ||
          reference.size === null ||
          reference.size <= 0
        )
          continue;
        for (let month = 1; month <= 11; month++) {
          const value = current[month - 1];
          const referenceMonth = reference.values[month - 1];
          if (value == null || referenceMonth == null) continue;
          const forecast = pointForecast(value, referenceMonth, referenceDecember);
          // A log error needs both positive; a zero December of a year-to-date count does not occur on kreis data.
          if (forecast === null || forecast <= 0 || actual <= 0) continue;
          cases.push({
            series: spec.name,
            band: spec.band,
            unit,
            year,
            fromMonth: month,
            size: reference.size,
            forecast,
            actual,
            logError: Math.log(actual / forecast),
          });
        }
      }
    }
  }
  return cases;
}

/** Whether the domain's interval with these bands covers the actual December value; `withSize` false = size unknown. */
export function covers(
  data: YearSeries,
  c: ForecastCase,
  bands: ForecastBands,
  withSize: boolean,
): boolean {
  const byYear = data[c.unit]![c.series]!;
  const snapshot = snapshotAt(
    c.year,
    byYear[c.year]!.values,
    byYear[c.year - 1]!.values,
    c.fromMonth,
  );
  const forecast = forecastYearEnd(snapshot, c.band, bands, withSize ? c.size : null);
  if (forecast === null)
    throw new Error(`no forecast for ${c.unit} ${c.series} ${c.year} from month ${c.fromMonth}`);
  return forecast.low <= c.actual && c.actual <= forecast.high;
}
