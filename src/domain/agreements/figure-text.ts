/**
 * A figure of a metric as text: "24,3 %", "6.715,0", "1.234.567 €"; and a change "0,5 %" or
 * "0,5 Prozentpunkte" (zielsteuerung.md: "um x %" is relative unless it says Prozentpunkte).
 */
import { formatNumberDe } from '../shared/format-de.ts';
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

/** The magnitude of a change, without sign: "0,5 %", "3 Prozentpunkte", "1 Prozentpunkt". */
export function formatChangeMagnitude(change: number, unit: ChangeUnit): string {
  const magnitude = Math.abs(change);
  const number = formatNumberDe(magnitude, 0, 6);
  if (unit === 'prozent') return `${number} %`;
  return `${number} ${magnitude === 1 ? 'Prozentpunkt' : 'Prozentpunkte'}`;
}

/** The bound as written in agreements and explanations ("mindestens 24,3 %"). */
export const COMPARISON_WORDS = {
  mindestens: 'mindestens',
  hoechstens: 'höchstens',
  ueber: 'über',
  unter: 'unter',
} as const;
