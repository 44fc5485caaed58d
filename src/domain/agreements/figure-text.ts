/**
 * A figure of a metric as text: "24,3 %", "6.715,0", "1.234.567 €"; and a change "0,5 %" or
 * "0,5 Prozentpunkte" (zielsteuerung.md: "um x %" is relative unless it says Prozentpunkte).
 */
import { decimalsOf, formatNumberDe, formatSignedDe } from '../shared/format-de.ts';
import type { ChangeUnit } from './criteria.ts';
import type { MetricUnit } from './metric-name.ts';

/** Places shown beyond the criterion's decimals for an exact figure ("exakt 24,317 %"). */
export const EXACT_EXTRA_DECIMALS = 3;

export function formatFigure(
  value: number,
  unit: MetricUnit,
  decimals: number,
  maxDecimals = decimals,
): string {
  const number = formatNumberDe(value, decimals, maxDecimals);
  if (unit === 'points')
    return `${number} ${Math.abs(value) === 1 ? 'Prozentpunkt' : 'Prozentpunkte'}`;
  return unit === 'percent' ? `${number} %` : unit === 'euro' ? `${number} €` : number;
}

/** The exact figure: the criterion's decimals plus up to three more where they are not zero. */
export function formatExactFigure(value: number, unit: MetricUnit, decimals: number): string {
  return formatFigure(value, unit, decimals, decimals + EXACT_EXTRA_DECIMALS);
}

/**
 * Places a change is written with: the criterion's decimals, kept even where they are zero
 * ("um höchstens 7,0 % sinkt" with one decimal, as agreed), and more only where the agreed
 * figure has them ("1,25 %" with one decimal).
 */
export function changeDecimals(change: number, decimals: number): number {
  return Math.max(decimals, decimalsOf(change));
}

/** A change with sign, as short text: "+0,5", "−7,0". */
export function formatSignedChange(change: number, decimals: number): string {
  return formatSignedDe(change, changeDecimals(change, decimals));
}

/**
 * The magnitude of a change, without sign: "0,5 %", "7,0 %", "3 Prozentpunkte", "1 Prozentpunkt"
 * (singular only for a bare 1; "1,0 Prozentpunkte").
 */
export function formatChangeMagnitude(change: number, unit: ChangeUnit, decimals = 0): string {
  const number = formatNumberDe(Math.abs(change), changeDecimals(change, decimals));
  return `${number} ${changeUnitWord(unit, number)}`;
}

/** "%", "Prozentpunkt" (a bare 1) or "Prozentpunkte", after the written number. */
export function changeUnitWord(unit: ChangeUnit, writtenNumber: string): string {
  if (unit === 'prozent') return '%';
  return writtenNumber.replace(/^[+−]/, '') === '1' ? 'Prozentpunkt' : 'Prozentpunkte';
}

/** The bound as written in agreements and explanations ("mindestens 24,3 %"). */
export const COMPARISON_WORDS = {
  mindestens: 'mindestens',
  hoechstens: 'höchstens',
  ueber: 'über',
  unter: 'unter',
} as const;
