/**
 * The threshold a quantitative target is judged against in a month (kennzahlen.md §4: in-year,
 * a target is compared with the reference year's value for the same month); the judgement
 * itself is judgement.ts.
 */
import { formatChangeMagnitude, formatExactFigure } from '../agreements/figure-text.ts';
import type { Metric } from '../agreements/criteria.ts';
import type { MetricUnit } from '../agreements/metric-name.ts';
import { referenceYearOf } from '../agreements/metric-of.ts';
import type { QuantitativeCriterion } from '../agreements/quantitative-condition.ts';
import { formatMonthYearDe, monthNameDe } from '../shared/format-de.ts';
import type { Threshold } from './judgement.ts';
import { measureOf } from './measure.ts';
import { referenceValue } from './snapshot.ts';
import type { AssessmentReason, MetricSnapshot } from './types.ts';

export type { Threshold } from './judgement.ts';
export { intervalMisses, judgeAtDecimals, type Judgement } from './judgement.ts';

export type ThresholdResult =
  { threshold: Threshold } | { missing: string; reason: AssessmentReason };

function referenceLabel(criterion: QuantitativeCriterion, year: number, month: number): string {
  const referenceYear = referenceYearOf(criterion, year);
  if (month !== 12) return formatMonthYearDe(referenceYear, month);
  return referenceYear === year - 1 ? 'Vorjahr' : String(referenceYear);
}

function missingReference(criterion: QuantitativeCriterion, year: number, month: number) {
  return {
    missing: `Der Vergleichswert ${formatMonthYearDe(referenceYearOf(criterion, year), month)} fehlt.`,
    reason: 'vergleichswert_fehlt' as const,
  };
}

export const OPEN_VALUE = {
  missing: 'Der Zielwert ist noch zu vereinbaren.',
  reason: 'zielwert_offen' as const,
};

/**
 * A year value (an absolute target, a planned value) for `month`: in December the value
 * itself; in-year, for a metric that grows through the year (measure.ts), scaled by the
 * reference year's course (reference(m) / reference(12)), else pro rata m/12; for a stock or
 * average the value itself, compared with the current figure.
 */
export function yearValueInMonth(
  value: number,
  metric: Metric,
  snapshot: MetricSnapshot,
  month: number,
  unit: MetricUnit,
  decimals: number,
  referenceYear: number,
): { value: number; share: number; basis: string | null } {
  if (month === 12 || measureOf(metric) === 'stand') return { value, share: 1, basis: null };
  const reference = referenceValue(snapshot, month);
  const december = referenceValue(snapshot, 12);
  const figure = (x: number) => formatExactFigure(x, unit, decimals);
  if (reference === null || december === null || december === 0) {
    const share = month / 12;
    return {
      value: value * share,
      share,
      basis: `Jahreswert ${figure(value)} anteilig für ${month} von 12 Monaten`,
    };
  }
  const share = reference / december;
  return {
    value: value * share,
    share,
    basis: `Jahreswert ${figure(value)} nach dem Verlauf von ${referenceYear}: ${monthNameDe(month)} ${figure(reference)}, Dezember ${figure(december)}`,
  };
}

/**
 * The threshold for `month` derived from the criterion: a relative change is judged on the
 * change against the reference value (the level reference·(1 + c/100), or + c Prozentpunkte,
 * is kept for charts and the gap); no increase: the reference value; absolute level:
 * yearValueInMonth.
 */
export function criterionThreshold(
  criterion: QuantitativeCriterion,
  snapshot: MetricSnapshot,
  month: number,
  unit: MetricUnit,
): ThresholdResult {
  const reference = referenceValue(snapshot, month);
  const decimals = criterion.decimals;
  const referenceText =
    reference === null
      ? ''
      : `${referenceLabel(criterion, snapshot.year, month)} ${formatExactFigure(reference, unit, decimals)}`;
  switch (criterion.kind) {
    case 'relative_aenderung': {
      if (criterion.change === null) return OPEN_VALUE;
      if (reference === null) return missingReference(criterion, snapshot.year, month);
      if (criterion.unit === 'prozent' && reference === 0)
        return {
          missing: `Der Vergleichswert ${formatMonthYearDe(referenceYearOf(criterion, snapshot.year), month)} ist 0; eine Veränderung in % ist nicht bestimmbar.`,
          reason: 'vergleichswert_fehlt',
        };
      const value =
        criterion.unit === 'prozent'
          ? reference * (1 + criterion.change / 100)
          : reference + criterion.change;
      const sign = criterion.change < 0 ? '−' : '+';
      return {
        threshold: {
          value,
          comparison: criterion.comparison,
          tolerance: null,
          basis: `${referenceText} ${sign} ${formatChangeMagnitude(criterion.change, criterion.unit, criterion.decimals)}`,
          change: { agreed: criterion.change, unit: criterion.unit, reference },
        },
      };
    }
    case 'keine_erhoehung':
      if (reference === null) return missingReference(criterion, snapshot.year, month);
      return {
        threshold: {
          value: reference,
          comparison: 'hoechstens',
          tolerance: null,
          basis: referenceText,
        },
      };
    case 'absolut': {
      if (criterion.value === null) return OPEN_VALUE;
      const scaled = yearValueInMonth(
        criterion.value,
        criterion.metric,
        snapshot,
        month,
        unit,
        decimals,
        referenceYearOf(criterion, snapshot.year),
      );
      return {
        threshold: {
          value: scaled.value,
          comparison: criterion.comparison,
          tolerance: criterion.tolerance === null ? null : criterion.tolerance * scaled.share,
          basis: scaled.basis,
        },
      };
    }
  }
}

/** The agreed monthly target path (Soll-Verlauf) for `month`, if it has a value there. */
export function pathThreshold(
  criterion: QuantitativeCriterion,
  path: readonly (number | null)[] | null,
  month: number,
): Threshold | null {
  const value = path?.[month - 1];
  if (value === null || value === undefined) return null;
  const comparison = criterion.kind === 'keine_erhoehung' ? 'hoechstens' : criterion.comparison;
  const tolerance = criterion.kind === 'absolut' ? criterion.tolerance : null;
  return { value, comparison, tolerance, basis: `Soll-Verlauf ${monthNameDe(month)}` };
}
