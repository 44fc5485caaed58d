/**
 * The comparison tables as export models (POST /api/exports). Figures stay numbers; a withheld
 * figure is empty in its number column (the export contract allows no text there), so the
 * symbol goes into a text column of the same row and the legend into the notes, once per table.
 */
import type { ComparisonRow, UnitRef } from '../../../../domain/benchmarking/comparison-table.ts';
import { QUARTER_LABELS } from '../../../../domain/benchmarking/distribution.ts';
import { PROTECTED_SYMBOL, PROTECTION_NOTE } from '../../../../domain/disclosure/control/mark.ts';
import type { ExportTable } from '../../../lib/download.ts';
import { anyWithheld, isWithheld } from '../lib/withheld.ts';

const notesOf = (withheld: boolean, stand: string | null): string[] => [
  ...(stand === null ? [] : [`Datenstand ${stand}`]),
  'Quartile linear interpoliert (Typ 7, wie QUARTIL.INKL) über die gezeigten Werte.',
  ...(withheld ? [`${PROTECTED_SYMBOL} ${PROTECTION_NOTE}`] : []),
];

export function detailExport(
  title: string,
  row: ComparisonRow,
  members: readonly UnitRef[],
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
        lage: isWithheld(c) ? PROTECTED_SYMBOL : c?.quarter ? QUARTER_LABELS[c.quarter] : null,
      };
    }),
    notes: notesOf(anyWithheld([row], false), stand),
  };
}

export function matrixExport(
  title: string,
  rows: readonly ComparisonRow[],
  members: readonly UnitRef[],
  stand: string | null,
): ExportTable {
  const withheld = anyWithheld(rows, false);
  /** per unit: the symbol and the Kennzahlen withheld ("• K2E4, K3E3"), empty where none */
  const withheldOf = (i: number): string | null => {
    const ids = rows.filter((r) => isWithheld(r.cells[i])).map((r) => r.kennzahl);
    return ids.length === 0 ? null : `${PROTECTED_SYMBOL} ${ids.join(', ')}`;
  };
  return {
    title,
    columns: [
      { key: 'einheit', label: 'Einheit', type: 'text' },
      ...rows.map((r) => ({
        key: r.kennzahl,
        label: `${r.kennzahl} ${r.name}`,
        type: r.unit === 'percent' ? ('percent' as const) : ('number' as const),
      })),
      ...(withheld
        ? [
            {
              key: 'geschuetzt',
              label: `Geschützte Werte (${PROTECTED_SYMBOL})`,
              type: 'text' as const,
            },
          ]
        : []),
    ],
    rows: members.map((m, i) =>
      Object.fromEntries([
        ['einheit', m.name],
        ...rows.map((r) => [r.kennzahl, r.cells[i]?.value ?? null]),
        ...(withheld ? [['geschuetzt', withheldOf(i)]] : []),
      ]),
    ),
    notes: notesOf(withheld, stand),
  };
}
