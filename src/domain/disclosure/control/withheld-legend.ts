/**
 * The legend of a chart with withheld figures: the symbol and which months (of which series) the
 * server withheld, e.g. "• Frauen Jan., Feb. 2014; Männer Dez. 2015". A chart leaves the point
 * out, so without this line a reader could not tell a withheld month from a missing one.
 */
import { PROTECTED_SYMBOL, PROTECTION_NOTE } from './mark.ts';

/** German abbreviations of the months (Duden): short enough to list many of them. */
const SHORT_MONTHS = [
  'Jan.',
  'Feb.',
  'März',
  'Apr.',
  'Mai',
  'Juni',
  'Juli',
  'Aug.',
  'Sept.',
  'Okt.',
  'Nov.',
  'Dez.',
] as const;

const shortMonth = (month: number) => SHORT_MONTHS[month - 1] ?? String(month);

/** Months of one year: single months listed, three or more in a row as a span ("Jan.–Apr."). */
function monthsOfYear(months: readonly number[]): string {
  const parts: string[] = [];
  let start = 0;
  for (let i = 1; i <= months.length; i++) {
    if (i < months.length && months[i] === months[i - 1]! + 1) continue;
    const run = months.slice(start, i);
    if (run.length >= 3) parts.push(`${shortMonth(run[0]!)}–${shortMonth(run.at(-1)!)}`);
    else parts.push(...run.map(shortMonth));
    start = i;
  }
  return parts.join(', ');
}

/** "2014-01", "2014-02", "2015-12" → "Jan., Feb. 2014, Dez. 2015". */
export function monthsText(months: readonly string[]): string {
  const byYear = new Map<string, number[]>();
  for (const m of [...new Set(months)].sort()) {
    const year = m.slice(0, 4);
    byYear.set(year, [...(byYear.get(year) ?? []), Number(m.slice(5, 7))]);
  }
  return [...byYear].map(([year, ms]) => `${monthsOfYear(ms)} ${year}`).join(', ');
}

export interface WithheldSeries {
  /** the series' name in the legend ("Frauen"); null for a chart with one series */
  label: string | null;
  /** YYYY-MM */
  months: readonly string[];
}

/** "• Frauen Jan., Feb. 2014; Männer Dez. 2015", or null when nothing is withheld. */
export function withheldLegend(series: readonly WithheldSeries[]): string | null {
  const parts = series
    .filter((s) => s.months.length > 0)
    .map((s) => (s.label === null ? '' : `${s.label} `) + monthsText(s.months));
  return parts.length === 0 ? null : `${PROTECTED_SYMBOL} ${parts.join('; ')}`;
}

/** The note under a chart (web and documents alike), or null when nothing is withheld. */
export function chartProtectionText(series: readonly WithheldSeries[]): string | null {
  const legend = withheldLegend(series);
  return legend === null ? null : `${legend}: im Verlauf ausgelassen. ${PROTECTION_NOTE}`;
}

interface MonthlySnapshot {
  year: number;
  current: readonly ({ value: number | null; suppressed?: unknown } | null)[];
  reference: readonly ({ value: number | null; suppressed?: unknown } | null)[];
}

/** The withheld months of a target's chart (Observation.suppressed), per series. */
export function withheldOfSnapshot(
  snapshot: MonthlySnapshot,
  referenceYear: number,
): WithheldSeries[] {
  const months = (observations: MonthlySnapshot['current'], year: number) =>
    observations.flatMap((o, i) =>
      o?.suppressed ? [`${year}-${String(i + 1).padStart(2, '0')}`] : [],
    );
  return [
    { label: 'Verlauf', months: months(snapshot.current, snapshot.year) },
    { label: 'Vergleichsjahr', months: months(snapshot.reference, referenceYear) },
  ];
}
