/**
 * Judging a figure against a threshold at the agreed precision (zielsteuerung.md: targets are
 * written and judged with the decimals they are agreed with; rounding half away from zero).
 *
 * - A level ("mindestens 26,1 %", "unter 140") compares the rounded figure with the rounded
 *   threshold: 31,06 % meets "31,1 % erreicht".
 * - A change ("um 2,5 % steigern") is judged on the change itself: computed from the exact
 *   values, rounded to the agreed decimals and compared with the agreed change. 25,55 % on a
 *   reference of 25,0 % is a change of +2,2 %, which misses +2,5 % although both levels round
 *   to 25,6 %.
 * - "ca." without an agreed tolerance gives no verdict (met: null): the deviation is shown and
 *   the parties judge it in the year-end assessment.
 */
import type { ChangeUnit, Comparison } from '../agreements/criteria.ts';
import { roundHalfAwayFromZero } from '../shared/round.ts';
import { satisfies } from './status-rules.ts';
import type { ChangeJudgement } from './types.ts';

export interface Threshold {
  value: number;
  comparison: Comparison | 'ungefaehr';
  /** only for 'ungefaehr', in the metric's unit; null = the agreement states none */
  tolerance: number | null;
  /** how it came about, for the explanation ("Vorjahr 24,2 % + 0,5 %"); null = the agreed value itself */
  basis: string | null;
  /** a change target: the agreed change and the value it is measured from */
  change?: { agreed: number; unit: ChangeUnit; reference: number } | null;
}

export interface Judgement {
  /** null: no verdict (approximately, without an agreed tolerance) */
  met: boolean | null;
  actualRounded: number;
  targetRounded: number;
  change: ChangeJudgement | null;
}

/**
 * Significant digits a change keeps: the subtraction of two close figures leaves binary noise
 * near the 15th digit (24,3089 / 24,2 − 1 gives 0,00449999999999995), which must not decide a
 * rounding at the agreed decimals. Twelve digits are far more than any figure is published with.
 */
const CHANGE_DIGITS = 12;

/** The change of `actual` against `reference`: relative in %, or in Prozentpunkte. */
export function changeOf(actual: number, reference: number, unit: ChangeUnit): number {
  const change = unit === 'prozent' ? ((actual - reference) / reference) * 100 : actual - reference;
  return Number(change.toPrecision(CHANGE_DIGITS));
}

export function judgeAtDecimals(actual: number, threshold: Threshold, decimals: number): Judgement {
  const actualRounded = roundHalfAwayFromZero(actual, decimals);
  const targetRounded = roundHalfAwayFromZero(threshold.value, decimals);
  const levels = { actualRounded, targetRounded };
  if (threshold.change) {
    const { agreed, unit, reference } = threshold.change;
    const exact = changeOf(actual, reference, unit);
    const rounded = roundHalfAwayFromZero(exact, decimals);
    const comparison = threshold.comparison === 'ungefaehr' ? 'mindestens' : threshold.comparison;
    return {
      ...levels,
      met: satisfies(comparison, rounded, agreed),
      change: { exact, rounded, agreed, unit, decimals },
    };
  }
  if (threshold.comparison === 'ungefaehr') {
    if (threshold.tolerance === null) return { ...levels, met: null, change: null };
    const distance = roundHalfAwayFromZero(Math.abs(actualRounded - targetRounded), decimals);
    return { ...levels, met: distance <= threshold.tolerance, change: null };
  }
  return {
    ...levels,
    met: satisfies(threshold.comparison, actualRounded, targetRounded),
    change: null,
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
  if (atLow.met !== false || atHigh.met !== false) return false;
  // Both ends miss 'ungefaehr' also when the interval spans the whole tolerance band.
  return (
    Math.sign(atLow.actualRounded - atLow.targetRounded) ===
    Math.sign(atHigh.actualRounded - atHigh.targetRounded)
  );
}
