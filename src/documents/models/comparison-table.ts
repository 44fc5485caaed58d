/**
 * The comparison of the örtliche Jobcenter on the main Kennzahlen of one month: the Träger's row
 * as the total, each Jobcenter below it, footnote marks for provisional and restricted values,
 * and — for viewers without microdata rights — suppression of figures resting on 1 or 2 persons
 * or events and of the cells that would reveal them again (suppression.ts, § 35 SGB I).
 */
import { suppressSmallCounts } from '../../domain/benchmarking/suppression.ts';
import type { ExportColumn } from '../../contracts/exports.ts';
import type { CellMark, DocumentTable } from './document-model.ts';
import { notesFor, qualityMark, SUPPRESSED_MARK } from './report-marks.ts';
import type { ComparisonRow } from './report-data.ts';

export interface ComparisonColumn extends ExportColumn {
  /** the stored figure: kind and metric id */
  kind: 'kennzahl' | 'grundgroesse';
  metric: string;
  /** false: the figure is a sum of money, no count of persons (K1), and is never suppressed */
  personCounts: boolean;
}

/**
 * The main Kennzahlen of target steering (kennzahlen.md §4) with the stocks they rest on; short
 * labels (the ids of the law), the reports print their definitions beside the table.
 */
export const COMPARISON_COLUMNS: ComparisonColumn[] = [
  {
    key: 'ELB',
    kind: 'grundgroesse',
    metric: 'ELB',
    label: 'eLb',
    type: 'number',
    decimals: 0,
    personCounts: true,
  },
  {
    key: 'K2',
    kind: 'kennzahl',
    metric: 'K2',
    label: 'K2',
    type: 'percent',
    decimals: 1,
    personCounts: true,
  },
  {
    key: 'JFW_K2',
    kind: 'kennzahl',
    metric: 'JFW_K2',
    label: 'JFW K2',
    type: 'percent',
    decimals: 1,
    personCounts: true,
  },
  {
    key: 'LZB',
    kind: 'grundgroesse',
    metric: 'LZB',
    label: 'LZB',
    type: 'number',
    decimals: 0,
    personCounts: true,
  },
  {
    key: 'JDW_LZB',
    kind: 'kennzahl',
    metric: 'JDW_LZB',
    label: 'JDW LZB',
    type: 'number',
    decimals: 0,
    personCounts: true,
  },
  {
    key: 'K3E1',
    kind: 'kennzahl',
    metric: 'K3E1',
    label: 'K3E1',
    type: 'percent',
    decimals: 1,
    personCounts: true,
  },
  {
    key: 'K1',
    kind: 'kennzahl',
    metric: 'K1',
    label: 'K1',
    type: 'percent',
    decimals: 1,
    personCounts: false,
  },
];

export function comparisonTable(
  rows: readonly ComparisonRow[],
  options: { title: string; microdataRights: boolean; columns?: ComparisonColumn[] },
): DocumentTable {
  const columns = options.columns ?? COMPARISON_COLUMNS;
  const marks: Record<string, CellMark>[] = rows.map(() => ({}));
  const used = { provisional: false, restricted: false, suppressed: false, missing: false };
  for (const column of columns) {
    const hidden =
      options.microdataRights || !column.personCounts
        ? new Map()
        : suppressSmallCounts(
            rows.map((r) => ({ unitId: r.unitId, counts: r.cells[column.key]?.counts ?? [] })),
            { totalShown: rows.some((r) => r.total) },
          );
    rows.forEach((row, i) => {
      const cell = row.cells[column.key];
      if (hidden.has(row.unitId)) {
        marks[i]![column.key] = { text: SUPPRESSED_MARK, replaces: true };
        used.suppressed = true;
        return;
      }
      if (cell === null || cell === undefined || cell.value === null) {
        used.missing = true;
        return;
      }
      const mark = qualityMark(cell.quality);
      if (mark !== undefined) {
        marks[i]![column.key] = mark;
        used.provisional ||= cell.quality === 'vorlaeufig';
        used.restricted ||= cell.quality === 'eingeschraenkt';
      }
    });
  }
  return {
    title: options.title,
    columns: [
      { key: 'einheit', label: 'Einheit', type: 'text' },
      ...columns.map(({ key, label, type, decimals }) => ({ key, label, type, decimals })),
    ],
    // a suppressed figure must not travel in the table model either (exports take it as it is)
    rows: rows.map((r, i) => ({
      einheit: r.name,
      ...Object.fromEntries(
        columns.map((c) => [
          c.key,
          marks[i]![c.key]?.replaces ? null : (r.cells[c.key]?.value ?? null),
        ]),
      ),
    })),
    marks,
    boldRows: rows.flatMap((r, i) => (r.total ? [i] : [])),
    widths: [2, ...columns.map(() => 1)],
    notes: notesFor(used),
  };
}
