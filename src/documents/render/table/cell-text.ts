/**
 * Table cells as text, for print (German: "24,6 %", "10.785", "29.04.2014") and for CSV (no
 * thousands separators, so spreadsheets read the figure back as a number). Shared by the PDF,
 * DOCX and CSV renderers so that a figure reads the same everywhere.
 */
import type { ExportCell, ExportColumn, ExportTable } from '../../../contracts/exports.ts';
import { decimalsOf, formatDateDe, formatNumberDe } from '../../../domain/shared/format-de.ts';

/** Printed for a missing figure. */
export const MISSING = '–';

/** The decimals a numeric column is shown with (see ExportColumn.decimals). */
export function columnDecimals(column: ExportColumn, rows: ExportTable['rows']): number {
  if (column.decimals !== undefined) return column.decimals;
  if (column.type === 'percent') return 1;
  let decimals = 0;
  for (const row of rows) {
    const v = row[column.key];
    if (typeof v === 'number' && Number.isFinite(v))
      decimals = Math.max(decimals, decimalsOf(v, 3));
  }
  return decimals;
}

/** "2014-04-29" → "29.04.2014", "2014-04" → "04/2014"; anything else as it is. */
export function formatDateCell(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDateDe(value);
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  return month === null ? value : `${month[2]}/${month[1]}`;
}

/** A cell as printed in documents. */
export function formatCellDe(
  column: ExportColumn,
  value: ExportCell | undefined,
  decimals: number,
): string {
  if (value === null || value === undefined || value === '') return MISSING;
  if (typeof value === 'string') return column.type === 'date' ? formatDateCell(value) : value;
  if (!Number.isFinite(value)) return MISSING;
  if (column.type === 'percent') return `${formatNumberDe(value, decimals)} %`;
  return formatNumberDe(value, decimals);
}

/** Up to ten decimals without floating-point noise (0.1 + 0.2 → "0.3"), no grouping. */
function plainNumber(value: number): string {
  return String(Number(value.toFixed(10)));
}

/**
 * A cell for CSV: numbers unrounded (percent in percent, as stored), decimal comma for the
 * German dialect; dates as the dialect reads them (29.04.2014 or ISO).
 */
export function formatCellCsv(
  column: ExportColumn,
  value: ExportCell | undefined,
  dialect: 'de' | 'international',
): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const text = plainNumber(value);
    // ASCII minus: spreadsheets do not read the typographic one (U+2212) as a sign
    return dialect === 'de' ? text.replace('.', ',') : text;
  }
  if (column.type === 'date' && dialect === 'de') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDateDe(value);
    const month = /^(\d{4})-(\d{2})$/.exec(value);
    if (month !== null) return `${month[2]}.${month[1]}`;
  }
  return value;
}
