/** The comparison tables as export models (POST /api/exports): figures as numbers, suppressed as empty. */
import type { ComparisonRow, UnitRef } from '../../../../domain/benchmarking/comparison-table.ts';
import { QUARTER_LABELS } from '../../../../domain/benchmarking/distribution.ts';
import type { ExportTable } from '../../../lib/download.ts';

const notesOf = (note: string | null, stand: string | null): string[] => [
  ...(stand === null ? [] : [`Datenstand ${stand}`]),
  'Quartile linear interpoliert (Typ 7, wie QUARTIL.INKL) über die gezeigten Werte.',
  ...(note === null ? [] : [note]),
];

export function detailExport(
  title: string,
  row: ComparisonRow,
  members: readonly UnitRef[],
  note: string | null,
  stand: string | null,
): ExportTable {
  const type = row.unit === 'percent' ? 'percent' : 'number';
  return {
    title,
    columns: [
      { key: 'einheit', label: 'Einheit', type: 'text' },
      { key: 'wert', label: `${row.kennzahl} ${row.name}`, type },
      { key: 'zaehler', label: 'Zähler', type: 'number' },
      { key: 'nenner', label: 'Nenner', type: 'number' },
      { key: 'lage', label: 'Lage in der Verteilung', type: 'text' },
    ],
    rows: members.map((m, i) => {
      const c = row.cells[i];
      return {
        einheit: m.name,
        wert: c?.value ?? null,
        zaehler: c?.zaehler ?? null,
        nenner: c?.nenner ?? null,
        lage: c?.suppressed ? 'unterdrückt' : c?.quarter ? QUARTER_LABELS[c.quarter] : null,
      };
    }),
    notes: notesOf(note, stand),
  };
}

export function matrixExport(
  title: string,
  rows: readonly ComparisonRow[],
  members: readonly UnitRef[],
  note: string | null,
  stand: string | null,
): ExportTable {
  return {
    title,
    columns: [
      { key: 'einheit', label: 'Einheit', type: 'text' },
      ...rows.map((r) => ({
        key: r.kennzahl,
        label: `${r.kennzahl} ${r.name}`,
        type: r.unit === 'percent' ? ('percent' as const) : ('number' as const),
      })),
    ],
    rows: members.map((m, i) =>
      Object.fromEntries([
        ['einheit', m.name],
        ...rows.map((r) => [r.kennzahl, r.cells[i]?.value ?? null]),
      ]),
    ),
    notes: notesOf(note, stand),
  };
}
