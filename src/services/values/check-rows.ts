/**
 * Checks an import before anything is written: every problem names the row (1 = first value)
 * and field. The database checks again (keys, references) inside the transaction.
 */
import { BASE_QUANTITIES, KENNZAHL_IDS } from '../../domain/kpi/catalog.ts';
import { isMonth } from '../../domain/shared/month.ts';
import type { ErrorDetail } from '../errors.ts';
import type { ValueRow } from './value-row.ts';

const KNOWN: Record<'grundgroesse' | 'kennzahl', ReadonlySet<string>> = {
  grundgroesse: new Set(BASE_QUANTITIES),
  kennzahl: new Set(KENNZAHL_IDS),
};
const MAX_LISTED = 100;

export function checkValueRows(
  rows: readonly ValueRow[],
  unitIds: ReadonlySet<string>,
  localIndicatorIds: ReadonlySet<string>,
): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const add = (i: number, field: string, message: string) => {
    if (problems.length < MAX_LISTED) problems.push({ path: `Zeile ${i + 1}, ${field}`, message });
  };
  rows.forEach((r, i) => {
    if (!unitIds.has(r.unitId))
      add(i, 'unitId', `unbekannte oder nicht sichtbare Einheit ${JSON.stringify(r.unitId)}`);
    if (!isMonth(r.month)) add(i, 'month', `kein Monat (JJJJ-MM): ${JSON.stringify(r.month)}`);
    const known = r.kind === 'lokal' ? localIndicatorIds : KNOWN[r.kind];
    if (!known.has(r.metric))
      add(
        i,
        'metric',
        `unbekannte ${r.kind === 'lokal' ? 'lokale Kennzahl' : r.kind === 'kennzahl' ? 'Kennzahl' : 'Grundgröße'} ${JSON.stringify(r.metric)}`,
      );
    if (r.value !== null && !Number.isFinite(r.value)) add(i, 'value', 'keine endliche Zahl');
    if (r.value === null && r.quality !== 'fehlend')
      add(i, 'quality', 'ein fehlender Wert hat die Qualität "fehlend"');
  });
  return problems;
}
