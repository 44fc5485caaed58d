/**
 * Tables as CSV. Dialect 'de' (default) is what a German Excel opens by double-click: fields
 * separated by `;` (the comma is the decimal separator), decimal comma, UTF-8 with byte order
 * mark (without it Excel reads ANSI and breaks the umlauts), CRLF. 'international' is RFC 4180:
 * `,`, decimal point, ISO dates, UTF-8 without BOM. Title and notes are left out: a CSV file is
 * a table for further processing; the column headers carry the unit of percent columns.
 */
import type { ExportCell, ExportColumn, ExportTable } from '../../../contracts/exports.ts';
import { formatCellCsv } from './cell-text.ts';

export type CsvDialect = 'de' | 'international';

const BOM = '\uFEFF';

function quote(field: string, separator: string): string {
  return /["\r\n]/.test(field) || field.includes(separator) || /^\s|\s$/.test(field)
    ? `"${field.replace(/"/g, '""')}"`
    : field;
}

/**
 * CSV injection: a spreadsheet runs a cell that starts with = + - @ (or tab, CR before them) as
 * a formula. Text gets a leading apostrophe, as OWASP recommends, so it stays text; numbers are
 * formatted by us and stay numbers (a negative figure keeps its minus).
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** "Integrationsquote" → "Integrationsquote (%)" unless the label names the unit already. */
export function csvHeader(column: ExportColumn): string {
  return column.type === 'percent' && !column.label.includes('%')
    ? `${column.label} (%)`
    : column.label;
}

export function renderCsv(table: ExportTable, dialect: CsvDialect = 'de'): string {
  const separator = dialect === 'de' ? ';' : ',';
  const line = (fields: string[]) => fields.map((f) => quote(f, separator)).join(separator);
  const lines = [line(table.columns.map((c) => neutraliseFormula(csvHeader(c))))];
  const cell = (column: ExportColumn, value: ExportCell | undefined) => {
    const text = formatCellCsv(column, value, dialect);
    return typeof value === 'string' ? neutraliseFormula(text) : text;
  };
  for (const row of table.rows) lines.push(line(table.columns.map((c) => cell(c, row[c.key]))));
  return `${dialect === 'de' ? BOM : ''}${lines.join('\r\n')}\r\n`;
}
