/**
 * The threshold a quantitative target is judged against in a month, and the judgement at the
 * criterion's decimals (zielsteuerung.md: figures are published and targets written with one
 * decimal, and reports judge them that way; kennzahlen.md §4: in-year, a target is compared
 * with the reference year's value for the same month).
 */
import type { Comparison } from '../agreements/criteria.ts';
import { formatChangeMagnitude, formatExactFigure } from '../agreements/figure-text.ts';
import type { MetricUnit } from '../agreements/metric-name.ts';
import type { QuantitativeCriterion } from '../agreements/quantitative-condition.ts';
import { formatMonthYearDe, monthNameDe } from '../shared/format-de.ts';
import { roundHalfAwayFromZero } from '../shared/round.ts';
import { referenceValue } from './snapshot.ts';
import { satisfies } from './status-rules.ts';
import type { MetricSnapshot } from './types.ts';

export interface Threshold {
  value: number;
  comparison: Comparison | 'ungefaehr';
  /** only for 'ungefaehr', in the metric's unit */
  tolerance: number | null;
  /** how it came about, for the explanation ("Vorjahr 24,2 % + 0,5 %"); null = the agreed value itself */
  basis: string | null;
}

export type ThresholdResult = { threshold: Threshold } | { missing: string };

export interface Judgement {
  met: boolean;
  actualRounded: number;
  targetRounded: number;
}

/** The year the criterion compares with: its own reference year or the previous year. */
export function referenceYearOf(criterion: QuantitativeCriterion, year: number): number {
  return criterion.kind === 'relative_aenderung' && criterion.referenceYear !== null
    ? criterion.referenceYear
    : year - 1;
}

function referenceLabel(criterion: QuantitativeCriterion, year: number, month: number): string {
  const referenceYear = referenceYearOf(criterion, year);
  if (month !== 12) return formatMonthYearDe(referenceYear, month);
  return referenceYear === year - 1 ? 'Vorjahr' : String(referenceYear);
}

function missingReference(
  criterion: QuantitativeCriterion,
  year: number,
  month: number,
): { missing: string } {
  return {
    missing: `Der Vergleichswert ${formatMonthYearDe(referenceYearOf(criterion, year), month)} fehlt.`,
  };
}

/**
 * The threshold for `month` derived from the criterion: relative change reference·(1 + c/100)
 * or reference + c (Prozentpunkte); no increase: the reference value; absolute level: the
 * agreed value in December and, in-year, the agreed value scaled by the reference year's
 * course (reference(m) / reference(12)), since a year-to-date figure of March is not yet
 * comparable with a December level.
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
      if (reference === null) return missingReference(criterion, snapshot.year, month);
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
      if (month === 12)
        return {
          threshold: {
            value: criterion.value,
            comparison: criterion.comparison,
            tolerance: criterion.tolerance,
            basis: null,
          },
        };
      const december = referenceValue(snapshot, 12);
      if (reference === null || december === null || december === 0) {
        return {
          missing: `Ohne Soll-Verlauf wird der Jahreszielwert nach dem Verlauf von ${referenceYearOf(criterion, snapshot.year)} auf ${monthNameDe(month)} umgerechnet; dafür fehlen die Vergleichswerte.`,
        };
      }
      const share = reference / december;
      const tolerance = criterion.tolerance === null ? null : criterion.tolerance * share;
      const basis = `Jahresziel ${formatExactFigure(criterion.value, unit, decimals)} nach dem Verlauf von ${referenceYearOf(criterion, snapshot.year)}: ${monthNameDe(month)} ${formatExactFigure(reference, unit, decimals)}, Dezember ${formatExactFigure(december, unit, decimals)}`;
      return {
        threshold: {
          value: criterion.value * share,
          comparison: criterion.comparison,
          tolerance,
          basis,
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

/**
 * Both figures rounded half away from zero to `decimals`, then compared; 'ungefaehr' holds when
 * the rounded figures differ by at most the tolerance.
 */
export function judgeAtDecimals(actual: number, threshold: Threshold, decimals: number): Judgement {
  const actualRounded = roundHalfAwayFromZero(actual, decimals);
  const targetRounded = roundHalfAwayFromZero(threshold.value, decimals);
  if (threshold.comparison === 'ungefaehr') {
    const distance = roundHalfAwayFromZero(Math.abs(actualRounded - targetRounded), decimals);
    return { met: distance <= (threshold.tolerance ?? 0), actualRounded, targetRounded };
  }
  return {
    met: satisfies(threshold.comparison, actualRounded, targetRounded),
    actualRounded,
    targetRounded,
  };
}

/** Whether every value of [low, high] misses the threshold, on one side of it. */
export function intervalMisses(
  low: number,
  high: number,
  threshold: Threshold,
  decimals: number,
): boolean {
  const atLow = judgeAtDecimals(low, threshold, decimals);
  const atHigh = judgeAtDecimals(high, threshold, decimals);
  if (atLow.met || atHigh.met) return false;
  // Both ends miss 'ungefaehr' also when the interval spans the whole tolerance band.
  return (
    Math.sign(atLow.actualRounded - atLow.targetRounded) ===
    Math.sign(atHigh.actualRounded - atHigh.targetRounded)
  );
}
