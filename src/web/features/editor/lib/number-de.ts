/**
 * Numbers as Germans type them: "0,5", "1.234,5", "−3", "3.500". A point followed by exactly
 * three digits is a thousands separator; a single point with another count of decimals is read
 * as a decimal point too ("0.5"), since that is what people paste from elsewhere.
 */

/** null for an empty field, NaN for something that is no number. */
export function parseNumberDe(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, '').replace(/^[−–]/, '-');
  if (trimmed === '') return null;
  let normalised: string;
  if (trimmed.includes(',')) normalised = trimmed.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(trimmed)) normalised = trimmed.replace(/\./g, '');
  else normalised = trimmed;
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(normalised)) return Number.NaN;
  return Number(normalised);
}

/** 0.5 → "0,5", 3500 → "3500" (no grouping in input fields, so they read back unambiguously). */
export function toInputDe(value: number | null): string {
  return value === null ? '' : String(value).replace('.', ',');
}
