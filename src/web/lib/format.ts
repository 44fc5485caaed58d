/** German figures for the screen: the domain's formatting (de-DE) with the unit of a metric. */
import { formatNumberDe, formatPercentDe } from '../../domain/shared/format-de.ts';

export {
  formatDateDe,
  formatMonthYearDe,
  formatNumberDe,
  formatPercentDe,
  monthNameDe,
} from '../../domain/shared/format-de.ts';

export type FigureUnit = 'percent' | 'points' | 'count' | 'euro';

/** "24,6 %", "10.785", "1.234.567 €"; "–" for a missing figure. */
export function formatFigure(
  value: number | null | undefined,
  unit: FigureUnit,
  decimals = unit === 'percent' || unit === 'points' ? 1 : 0,
  maxDecimals = decimals,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (unit === 'percent') return formatPercentDe(value, decimals, maxDecimals);
  if (unit === 'euro') return `${formatNumberDe(value, decimals, maxDecimals)} €`;
  if (unit === 'points') return `${formatNumberDe(value, decimals, maxDecimals)} Prozentpunkte`;
  return formatNumberDe(value, decimals, maxDecimals);
}

/** "2014-12" → "12/2014". */
export function formatMonth(month: string): string {
  return `${month.slice(5, 7)}/${month.slice(0, 4)}`;
}

/** ISO timestamp → "29.04.2014, 10:15 Uhr". */
export function formatTimestamp(iso: string): string {
  const d = new Date(iso);
  const date = d.toLocaleDateString('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric' });
  const time = d.toLocaleTimeString('de-DE', { hour: '2-digit', minute: '2-digit' });
  return `${date}, ${time} Uhr`;
}

export const QUALITY_LABELS: Record<'final' | 'vorlaeufig' | 'eingeschraenkt' | 'fehlend', string> =
  {
    final: 'endgültig',
    vorlaeufig: 'vorläufig',
    eingeschraenkt: 'eingeschränkt',
    fehlend: 'fehlt',
  };

export const SEX_LABELS: Record<'insgesamt' | 'm' | 'w', string> = {
  insgesamt: 'insgesamt',
  w: 'Frauen',
  m: 'Männer',
};
