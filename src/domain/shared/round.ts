/**
 * Rounding as reports do it (zielsteuerung.md: targets are written and judged with one
 * decimal): half away from zero on the decimal figure, not on its binary approximation.
 */

/** Significant digits kept before rounding: a double carries 15 safely, the rest is binary noise. */
const SIGNIFICANT_DIGITS = 15;

/**
 * Rounds half away from zero to `decimals` places. Works on the decimal string of the value
 * with 15 significant digits, so 24.2 · 1.005 = 24.320999999999998 rounds like 24.321 and
 * 6715.05 (stored as 6715.0500000000001819) or 1.005 (stored as 1.00499999999999989) round
 * like the decimals they were written as. The result is the double nearest to the decimal,
 * so two figures rounded to the same decimal compare equal.
 */
export function roundHalfAwayFromZero(value: number, decimals: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 12)
    throw new RangeError(`decimals must be 0 … 12, got ${decimals}`);
  const sign = value < 0 ? -1 : 1;
  // "2.43210000000000e+1": one digit before the point, fourteen after.
  const [mantissa, exponentText] = Math.abs(value)
    .toExponential(SIGNIFICANT_DIGITS - 1)
    .split('e') as [string, string];
  const digits = mantissa.replace('.', '');
  const exponent = Number(exponentText);
  // Digits at positions 0 … keep−1 stand at or before the last decimal kept.
  const keep = exponent + 1 + decimals;
  if (keep >= digits.length) return sign * Number(`${mantissa}e${exponent}`);
  if (keep < 0) return 0;
  let kept = keep === 0 ? 0 : Number(digits.slice(0, keep));
  if (digits.charCodeAt(keep) >= 53 /* '5' */) kept += 1;
  if (kept === 0) return 0;
  return sign * Number(`${kept}e-${decimals}`);
}
