/**
 * German number and date formatting (de-DE) for sentences, explanations and documents:
 * `24,6 %`, `10.785`, `29.04.2014`. Figures are rounded half away from zero first (round.ts),
 * so the text shows what the judgement compared.
 */
import { roundHalfAwayFromZero } from './round.ts';

const MONTH_NAMES = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
] as const;

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(minDecimals: number, maxDecimals: number): Intl.NumberFormat {
  const key = `${minDecimals}/${maxDecimals}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat('de-DE', {
      minimumFractionDigits: minDecimals,
      maximumFractionDigits: maxDecimals,
      useGrouping: true,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * `value` with exactly `decimals` places and thousands separators: 10785 → "10.785", −3 → "−3",
 * 24.25 → "24,3" (1 decimal). With `maxDecimals` > decimals, trailing places beyond
 * `decimals` appear only where they are not zero: 24.317 → "24,317", 24.3 → "24,3".
 */
export function formatNumberDe(value: number, decimals = 0, maxDecimals = decimals): string {
  const rounded = roundHalfAwayFromZero(value, maxDecimals);
  // Intl's own rounding only ever sees a figure that already has maxDecimals places; German
  // typesetting writes the minus sign (U+2212), not the hyphen Intl gives.
  return formatterFor(decimals, maxDecimals)
    .format(rounded === 0 ? 0 : rounded)
    .replace('-', '−');
}

/** "24,6 %" (a percent value ×100, as Kennzahlen are stored). */
export function formatPercentDe(value: number, decimals = 1, maxDecimals = decimals): string {
  return `${formatNumberDe(value, decimals, maxDecimals)} %`;
}

/** A signed figure for changes: "+0,5", "−3" (typographic minus). */
export function formatSignedDe(value: number, decimals = 0, maxDecimals = decimals): string {
  const text = formatNumberDe(Math.abs(value), decimals, maxDecimals);
  if (roundHalfAwayFromZero(value, maxDecimals) === 0) return text;
  return value < 0 ? `−${text}` : `+${text}`;
}

/** Decimals needed to show `value` without loss, at most `max` ("0,5" → 1, "14" → 0). */
export function decimalsOf(value: number, max = 6): number {
  for (let d = 0; d < max; d++)
    if (roundHalfAwayFromZero(value, d) === roundHalfAwayFromZero(value, max)) return d;
  return max;
}

/** ISO date YYYY-MM-DD → "29.04.2014". */
export function formatDateDe(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (match === null)
    throw new RangeError(`not an ISO date (YYYY-MM-DD): ${JSON.stringify(isoDate)}`);
  return `${match[3]}.${match[2]}.${match[1]}`;
}

/** Month 1–12 → "Dezember". */
export function monthNameDe(month: number): string {
  const name = MONTH_NAMES[month - 1];
  if (name === undefined) throw new RangeError(`month must be 1 … 12, got ${month}`);
  return name;
}

/** "Dezember 2014". */
export function formatMonthYearDe(year: number, month: number): string {
  return `${monthNameDe(month)} ${year}`;
}

/** "YYYY-MM" → "10/2014", the short form agreements use ("messbar ab 10/2014"). */
export function formatMonthShortDe(yearMonth: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(yearMonth);
  if (match === null) throw new RangeError(`not a month (YYYY-MM): ${JSON.stringify(yearMonth)}`);
  return `${match[2]}/${match[1]}`;
}
