/**
 * A document table in Typst: header repeated on every page, figures right-aligned and printed
 * German (cell-text.ts), marks for footnotes and withheld cells, thin rules only.
 */
import type { DocumentTable } from '../../models/document-model.ts';
import { columnDecimals, formatCellDe } from '../table/cell-text.ts';
import { escapeTypstMarkup } from './escape.ts';

function cellText(
  table: DocumentTable,
  rowIndex: number,
  columnIndex: number,
  decimals: number,
): string {
  const column = table.columns[columnIndex]!;
  const mark = table.marks?.[rowIndex]?.[column.key];
  if (mark?.replaces) return mark.text;
  const text = formatCellDe(column, table.rows[rowIndex]![column.key], decimals);
  return mark === undefined ? text : `${text}${mark.text}`;
}

export function typstTable(table: DocumentTable): string {
  const widths = table.widths ?? table.columns.map((_, i) => (i === 0 ? 3 : 1));
  const decimals = table.columns.map((c) => columnDecimals(c, table.rows));
  const align = table.columns.map((c) => (c.type === 'text' ? 'left' : 'right'));
  const bold = new Set(table.boldRows ?? []);
  const header = table.columns.map((c) => `[*${escapeTypstMarkup(c.label)}*]`).join(', ');
  const cells = table.rows.flatMap((_, r) =>
    table.columns.map((__, c) => {
      const text = escapeTypstMarkup(cellText(table, r, c, decimals[c]!));
      return bold.has(r) ? `[*${text}*]` : `[${text}]`;
    }),
  );
  const notes = (table.notes ?? []).map((n) => `${escapeTypstMarkup(n)}`).join(' \\\n');
  // a table that fits on a page stays on one page (about 35 rows of 9 pt)
  return `#block(above: 1.1em, below: 1.1em, breakable: ${table.rows.length > 35})[
#set par(justify: false)
#text(weight: "bold", size: 10pt)[${escapeTypstMarkup(table.title)}]
#set text(size: 9pt, hyphenate: false)
#table(columns: (${widths.map((w) => `${w}fr`).join(', ')}), align: (${align.join(', ')}),
  inset: (x: 4pt, y: 3.2pt),
  stroke: (x, y) => if y == 0 { (top: 0.8pt, bottom: 0.6pt) } else { (bottom: 0.3pt + luma(190)) },
  table.header(${header}),
  ${cells.join(', ')})
${notes === '' ? '' : `#block(above: 0.5em)[#set text(size: 8pt); ${notes}]`}
]
`;
}
