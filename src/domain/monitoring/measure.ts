/**
 * What a metric measures in-year, which decides how an absolute target is judged before
 * December (issue: "in-year status of an absolute target depends on what is measured"):
 *
 * - 'jahressumme': the value grows through the year towards the year's value (Σ Jan … m of
 *   events or money, the Jahresfortschrittswert of a quota, JFW_K2: Σ INT Jan … m over the
 *   average stock). A year target is scaled to the month: Soll-Verlauf, else the reference
 *   year's course, else pro rata m/12.
 * - 'stand': every month's value is comparable with the year target as it is (a stock on its
 *   Stichtag, a year-to-date average such as JDW_LZB, a twelve-month Kennzahl, a change). The
 *   target is compared with the current value; no previous year is needed.
 */
import type { Metric } from '../agreements/criteria.ts';

export type Measure = 'jahressumme' | 'stand';

/** Kennzahlen whose in-year value is a year's progress, not a level (kennzahlen.md §4). */
const YEAR_PROGRESS_KENNZAHLEN: ReadonlySet<string> = new Set(['JFW_K2']);

export function measureOf(metric: Metric): Measure {
  if (metric.source === 'kennzahl')
    return YEAR_PROGRESS_KENNZAHLEN.has(metric.id) ? 'jahressumme' : 'stand';
  return metric.aggregation === 'jahressumme' ? 'jahressumme' : 'stand';
}
