/**
 * The comparison of the örtliche Jobcenter on the main Kennzahlen of one month: the Träger's row
 * as the total, each Jobcenter below it, footnote marks for provisional and restricted values,
 * and the one protection mark for figures the server's disclosure control withheld (§ 35 SGB I,
 * issue 11). What is withheld is decided there, once, for the API, the web and the documents
 * alike; the model only prints the decision, with no reason.
 */
import type { ExportColumn } from '../../contracts/exports.ts';
import {
  displayDecimalsOf,
  kennzahlDisplayDecimals,
} from '../../domain/agreements/display-decimals.ts';
import {
  KENNZAHL_DEFINITIONS,
  type BaseQuantity,
  type KennzahlId,
} from '../../domain/kpi/catalog.ts';
import type { CellMark, DocumentTable } from './document-model.ts';
import { notesFor, PROTECTED_CELL, qualityMark } from './report-marks.ts';
import type { ComparisonCell, ComparisonRow } from './report-data.ts';

export interface ComparisonColumn extends ExportColumn {
  /** the stored figure: kind and metric id */
  kind: 'kennzahl' | 'grundgroesse';
  metric: string;
}

/** A cell is withheld when the disclosure control said so (services/values/protect-values.ts). */
function withheld(cell: ComparisonCell | null | undefined): boolean {
  return cell != null && cell.suppressed !== null;
}

/** A Kennzahl's column: percent or count, decimals by the display rule (display-decimals.ts). */
function kennzahlColumn(id: KennzahlId, label: string): ComparisonColumn {
  const percent = KENNZAHL_DEFINITIONS[id].unit === 'percent';
  const decimals = kennzahlDisplayDecimals(id);
  return {
    key: id,
    kind: 'kennzahl',
    metric: id,
    label,
    type: percent ? 'percent' : 'number',
    decimals,
  };
}

/** A stock on its Stichtag: persons, no decimals. */
function stockColumn(id: BaseQuantity, label: string): ComparisonColumn {
  const decimals = displayDecimalsOf({
    source: 'grundgroesse',
    id,
    sex: 'insgesamt',
    aggregation: 'monatswert',
  });
  return { key: id, kind: 'grundgroesse', metric: id, label, type: 'number', decimals };
}

/**
 * The main Kennzahlen of target steering (kennzahlen.md §4) with the stocks they rest on; short
 * labels (the ids of the law), the reports print their definitions beside the table.
 */
export const COMPARISON_COLUMNS: ComparisonColumn[] = [
  stockColumn('ELB', 'eLb'),
  kennzahlColumn('K2', 'K2'),
  kennzahlColumn('JFW_K2', 'JFW K2'),
  stockColumn('LZB', 'LZB'),
  kennzahlColumn('JDW_LZB', 'JDW LZB'),
  kennzahlColumn('K3E1', 'K3E1'),
  kennzahlColumn('K1', 'K1'),
];

export function comparisonTable(
  rows: readonly ComparisonRow[],
  options: { title: string; microdataRights: boolean; columns?: ComparisonColumn[] },
): DocumentTable {
  const columns = options.columns ?? COMPARISON_COLUMNS;
  const marks: Record<string, CellMark>[] = rows.map(() => ({}));
  const used = { provisional: false, restricted: false, suppressed: false, missing: false };
  for (const column of columns) {
    rows.forEach((row, i) => {
      const cell = row.cells[column.key];
      if (withheld(cell)) {
        marks[i]![column.key] = PROTECTED_CELL;
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
    // a withheld figure must not travel in the table model either (exports take it as it is)
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
