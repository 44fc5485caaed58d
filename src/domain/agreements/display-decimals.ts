/**
 * How many decimals a figure is shown with in steering views (monitoring tables, comparisons,
 * reports, the web): the one rule, asked by every view.
 *
 * - percentages (Kennzahlen, quotas): one decimal, as the BA publishes them ("24,6 %");
 * - counts of persons or events (a stock on its Stichtag, a sum of integrations): none;
 * - averages of persons (JDW_LZB, a stock's Jahresdurchschnitt, Ø12' eLb): one ("6.715,3");
 * - euros: none, whole euros without cents ("1.234.567 €").
 *
 * A judgement is shown at the criterion's own decimals instead (zielsteuerung.md: compare at the
 * precision of the agreed value); this rule is for figures as such.
 */
import type { KennzahlId } from '../kpi/catalog.ts';
import type { LocalIndicator, Metric } from './criteria.ts';
import { inPercentagePoints, metricUnitOf } from './metric-name.ts';

/** Percent values and averages of persons are shown with this many decimals. */
export const ONE_DECIMAL = 1;

function isAverage(metric: Metric): boolean {
  if (metric.source === 'kennzahl') return metric.id === 'JDW_LZB';
  return metric.aggregation === 'jahresdurchschnitt';
}

export function displayDecimalsOf(metric: Metric, indicators?: readonly LocalIndicator[]): number {
  const unit = metricUnitOf(metric, indicators);
  if (inPercentagePoints(unit)) return ONE_DECIMAL;
  if (unit === 'euro') return 0;
  return isAverage(metric) ? ONE_DECIMAL : 0;
}

/** A Kennzahl or steering value as published for a month. */
export function kennzahlDisplayDecimals(id: KennzahlId): number {
  return displayDecimalsOf({ source: 'kennzahl', id, sex: 'insgesamt' });
}

/**
 * The nenner of the quotas is an average stock (Ø12' eLb, Ø ELB of the year; kennzahlen.md §3,
 * §4) and takes one decimal; every other zaehler and nenner is a count, a sum of money, a number
 * of months or a sum of stocks, and takes none.
 */
const AVERAGE_NENNER: ReadonlySet<KennzahlId> = new Set([
  'K2',
  'K2E1',
  'K2E2',
  'K2E4',
  'K3E1',
  'JFW_K2',
]);

export function kennzahlPartDecimals(id: KennzahlId, part: 'zaehler' | 'nenner'): number {
  return part === 'nenner' && AVERAGE_NENNER.has(id) ? ONE_DECIMAL : 0;
}
