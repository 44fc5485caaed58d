/**
 * Tables as XLSX, written with exceljs's streaming writer (rows go out as they are committed,
 * so a large table never sits in memory as a workbook). Layout: title (row 1), header (row 3,
 * frozen), data, then the notes. Figures stay numbers with a number format: Excel stores
 * formats in its invariant notation ("#,##0.0") and a German Excel shows them German
 * ("1.234,5"); percent columns hold the fraction (24,6 % → 0.246) with a percent format, so
 * formulas compute with them correctly; dates are real dates (TT.MM.JJJJ, months MM.JJJJ).
 */
import { PassThrough, type Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ExportCell, ExportColumn, ExportTable } from '../../../contracts/exports.ts';
import { columnDecimals } from './cell-text.ts';
import { csvHeader } from './render-csv.ts';

const HEADER_ROW = 3;

/** "#,##0.0" for one decimal, "#,##0" for none; percent "0.0%". */
export function numberFormatOf(column: ExportColumn, decimals: number): string | undefined {
  const places = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  if (column.type === 'number') return `#,##0${places}`;
  if (column.type === 'percent') return `0${places}%`;
  return undefined;
}

function cellValue(
  column: ExportColumn,
  value: ExportCell | undefined,
): string | number | Date | null {
  if (value === null || value === undefined) return null;
  if (column.type === 'percent' && typeof value === 'number') return value / 100;
  if (column.type === 'date' && typeof value === 'string') {
    const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
    if (m !== null) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1)));
  }
  return value;
}

function dateFormatOf(column: ExportColumn, rows: ExportTable['rows']): string {
  const months = rows.every(
    (r) => typeof r[column.key] !== 'string' || /^\d{4}-\d{2}$/.test(r[column.key] as string),
  );
  return months ? 'mm.yyyy' : 'dd.mm.yyyy';
}

/** Column width in characters: the longest header or (formatted) value, within 8 … 60. */
function widthOf(column: ExportColumn, rows: ExportTable['rows']): number {
  let width = csvHeader(column).length;
  for (const row of rows.slice(0, 1000)) {
    const v = row[column.key];
    width = Math.max(width, v === null || v === undefined ? 0 : String(v).length + 2);
  }
  return Math.min(60, Math.max(8, width + 2));
}

export async function writeXlsx(table: ExportTable, out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Zielsteuerung SGB II';
  // Excel limits sheet names to 31 characters without []:*?/\
  const sheet = workbook.addWorksheet(
    table.title
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/\s+/g, ' ')
      .slice(0, 31)
      .trim() || 'Tabelle',
    {
      views: [{ state: 'frozen', ySplit: HEADER_ROW }],
    },
  );
  sheet.columns = table.columns.map((c) => {
    const decimals = columnDecimals(c, table.rows);
    const numFmt = c.type === 'date' ? dateFormatOf(c, table.rows) : numberFormatOf(c, decimals);
    return {
      key: c.key,
      width: widthOf(c, table.rows),
      style: numFmt === undefined ? {} : { numFmt },
    };
  });
  const title = sheet.getRow(1);
  title.getCell(1).value = table.title;
  title.getCell(1).font = { bold: true, size: 13 };
  title.commit();
  sheet.getRow(2).commit();
  const header = sheet.getRow(HEADER_ROW);
  table.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = csvHeader(c);
    cell.font = { bold: true };
    cell.border = { bottom: { style: 'thin' } };
    cell.alignment = {
      wrapText: true,
      vertical: 'bottom',
      horizontal: c.type === 'text' ? 'left' : 'right',
    };
  });
  header.commit();
  for (const row of table.rows) {
    sheet
      .addRow(Object.fromEntries(table.columns.map((c) => [c.key, cellValue(c, row[c.key])])))
      .commit();
  }
  if (table.notes !== undefined && table.notes.length > 0) {
    sheet.addRow([]).commit();
    for (const note of table.notes) {
      const added = sheet.addRow([note]);
      added.getCell(1).font = { italic: true, size: 9 };
      added.commit();
    }
  }
  sheet.commit();
  await workbook.commit();
}

/** The whole file in memory (tests, the CLI); the API streams with writeXlsx. */
export async function renderXlsx(table: ExportTable): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  await writeXlsx(table, stream);
  await done;
  return Buffer.concat(chunks);
}
