/** Document tables and the signature block as Word tables (figures right-aligned, thin rules). */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ITableCellBorders,
} from 'docx';
import type { DocumentTable, SignatureColumn } from '../../models/document-model.ts';
import { columnDecimals, formatCellDe } from '../table/cell-text.ts';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS: ITableCellBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE };
/** sizes in eighths of a point */
const RULE = (size: number, color = '000000') => ({ style: BorderStyle.SINGLE, size, color });

function cell(
  text: string,
  options: {
    bold?: boolean;
    right?: boolean;
    borders?: ITableCellBorders;
    size?: number;
    widthPct?: number;
  },
): TableCell {
  return new TableCell({
    borders: options.borders ?? NO_BORDERS,
    ...(options.widthPct === undefined
      ? {}
      : { width: { size: options.widthPct, type: WidthType.PERCENTAGE } }),
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: options.bold, size: options.size ?? 18 })],
      }),
    ],
  });
}

export function docxTable(table: DocumentTable): (Paragraph | Table)[] {
  const widths = table.widths ?? table.columns.map((_, i) => (i === 0 ? 3 : 1));
  const total = widths.reduce((s, w) => s + w, 0);
  const pct = widths.map((w) => Math.round((100 * w) / total));
  const decimals = table.columns.map((c) => columnDecimals(c, table.rows));
  const bold = new Set(table.boldRows ?? []);
  const header = new TableRow({
    tableHeader: true,
    children: table.columns.map((c, i) =>
      cell(c.label, {
        bold: true,
        right: c.type !== 'text',
        widthPct: pct[i],
        borders: { ...NO_BORDERS, top: RULE(6), bottom: RULE(4) },
      }),
    ),
  });
  const rows = table.rows.map(
    (row, r) =>
      new TableRow({
        cantSplit: true,
        children: table.columns.map((c, i) => {
          const mark = table.marks?.[r]?.[c.key];
          const text = mark?.replaces
            ? mark.text
            : `${formatCellDe(c, row[c.key], decimals[i]!)}${mark?.text ?? ''}`;
          return cell(text, {
            bold: bold.has(r),
            right: c.type !== 'text',
            widthPct: pct[i],
            borders: { ...NO_BORDERS, bottom: RULE(2, 'BFBFBF') },
          });
        }),
      }),
  );
  return [
    new Paragraph({
      keepNext: true,
      spacing: { before: 200, after: 80 },
      children: [new TextRun({ text: table.title, bold: true, size: 20 })],
    }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
    ...(table.notes ?? []).map(
      (n) =>
        new Paragraph({ spacing: { before: 40 }, children: [new TextRun({ text: n, size: 16 })] }),
    ),
  ];
}

/** Places and dates, parties, signature lines with names: one column per party. */
export function docxSignatures(columns: SignatureColumn[]): Table {
  const pct = Math.floor(100 / columns.length);
  const row = (make: (c: SignatureColumn) => TableCell) =>
    new TableRow({ cantSplit: true, children: columns.map(make) });
  const para = (text: string, bold = false) =>
    new Paragraph({ keepNext: true, children: [new TextRun({ text, bold })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      row(
        (c) =>
          new TableCell({
            borders: NO_BORDERS,
            width: { size: pct, type: WidthType.PERCENTAGE },
            children: [para(c.placeDate)],
          }),
      ),
      row(
        (c) =>
          new TableCell({
            borders: NO_BORDERS,
            children: [
              para(c.party, true),
              ...(c.capacityLine === null ? [] : [para(c.capacityLine)]),
            ],
          }),
      ),
      // the signature line: the bottom rule of an empty paragraph above the name
      row(
        (c) =>
          new TableCell({
            borders: NO_BORDERS,
            margins: { right: 400 },
            children: [
              new Paragraph({
                keepNext: true,
                spacing: { before: 900 },
                border: { bottom: RULE(4) },
                children: [],
              }),
              para(c.signatory),
            ],
          }),
      ),
    ],
  });
}
