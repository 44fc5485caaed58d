/**
 * Tables as CSV. Dialect 'de' (default) is what a German Excel opens by double-click: fields
 * separated by `;` (the comma is the decimal separator), decimal comma, UTF-8 with byte order
 * mark (without it Excel reads ANSI and breaks the umlauts), CRLF. 'international' is RFC 4180:
 * `,`, decimal point, ISO dates, UTF-8 without BOM. Title and notes are left out: a CSV file is
 * a table for further processing; the column headers carry the unit of percent columns.
 */
import type { ExportColumn, ExportTable } from '../../../contracts/exports.ts';
import { formatCellCsv } from './cell-text.ts';

export type CsvDialect = 'de' | 'international';

const BOM = '\uFEFF';

function quote(field: string, separator: string): string {
  return /["\r\n]/.test(field) || field.includes(separator) || /^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** "Integrationsquote" → "Integrationsquote (%)" unless the label names the unit already. */
export function csvHeader(column: ExportColumn): string {
  return column.type === 'percent' && !column.label.includes('%') ? `${column.label} (%)` : column.label;
}

export function renderCsv(table: ExportTable, dialect: CsvDialect = 'de'): string {
  const separator = dialect === 'de' ? ';' : ',';
  const line = (fields: string[]) => fields.map((f) => quote(f, separator)).join(separator);
  const lines = [line(table.columns.map(csvHeader))];
  for (const row of table.rows) lines.push(line(table.columns.map((c) => formatCellCsv(c, row[c.key], dialect))));
  return `${dialect === 'de' ? BOM : ''}${lines.join('\r\n')}\r\n`;
}
