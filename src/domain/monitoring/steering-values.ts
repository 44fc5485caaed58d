/**
 * Steering values a Kennzahl is monitored and judged on during the year (kennzahlen.md §4):
 * "K1 monitoring: Σ LLU(Jan y … m) against the same months of the previous year". It is a value
 * of its own, distinct from the monthly Kennzahl K1 (the change of month m alone): the Kreis
 * Borken demo of 2014 gives 3,21 % for the year against 3,35 % for December alone.
 */
import type { LocalIndicator, Metric } from '../agreements/criteria.ts';
import { renderMetricLabel, SEX_SUFFIX, type ReportMonth } from '../agreements/metric-name.ts';
import type { BaseQuantity, KennzahlId, Sex } from '../kpi/catalog.ts';
import type { Observation } from './types.ts';
import { aggregateYearToDate, worstQuality } from './year-to-date.ts';

interface SteeringValue {
  /** the base quantity summed from January */
  quantity: BaseQuantity;
  name: string;
  definition: string;
}

const CUMULATIVE_CHANGES: Partial<Record<KennzahlId, SteeringValue>> = {
  K1: {
    quantity: 'LLU',
    name: 'Veränderung der Leistungen zum Lebensunterhalt seit Jahresbeginn',
    definition:
      'Summe der Leistungen zum Lebensunterhalt von Januar bis zum Berichtsmonat gegenüber denselben Monaten des Vorjahres, Veränderung in Prozent (Steuerungswert zu K1).',
  },
};

/** The base quantity a metric's steering value is summed from, or null if it is read as stored. */
export function cumulativeChangeOf(metric: Metric): { quantity: BaseQuantity; sex: Sex } | null {
  if (metric.source !== 'kennzahl') return null;
  const value = CUMULATIVE_CHANGES[metric.id];
  return value === undefined ? null : { quantity: value.quantity, sex: metric.sex };
}

/** The name a metric's figures carry in monitoring: the steering value's, else the metric's. */
export function steeringLabelOf(
  metric: Metric,
  indicators?: readonly LocalIndicator[],
  period?: ReportMonth,
): string {
  const value = metric.source === 'kennzahl' ? CUMULATIVE_CHANGES[metric.id] : undefined;
  if (metric.source !== 'kennzahl' || value === undefined)
    return renderMetricLabel(metric, indicators, period);
  return value.name + SEX_SUFFIX[metric.sex];
}

/**
 * (Σ X(Jan y … m) / Σ X(Jan y−1 … m) − 1) · 100 for every month m; null where a sum is
 * missing or the previous year's is 0. `year` and `previous` are the monthly values, January first.
 */
export function cumulativeChange(
  year: readonly (Observation | null)[],
  previous: readonly (Observation | null)[],
): (Observation | null)[] {
  const now = aggregateYearToDate(year, 'jahressumme');
  const before = aggregateYearToDate(previous, 'jahressumme');
  return now.map((o, i) => {
    const b = before[i];
    if (o == null || o.value === null || b == null || b.value === null || b.value === 0)
      return null;
    return { value: (o.value / b.value - 1) * 100, quality: worstQuality(o.quality, b.quality) };
  });
}
