/**
 * The engine's results as value rows. Quality: months within the three-month Wartezeit before
 * the end of the observation period are 'vorlaeufig' (kennzahlen.md §5: BA figures are final
 * after three months); missing values are 'fehlend'; all else 'final'.
 */
import { monthIndex, type Month } from '../../domain/shared/month.ts';
import type { KpiComputeResult } from '../../engine/types.ts';
import type { ValueRow } from './value-row.ts';

export const WARTEZEIT_MONTHS = 3;

export function valueRowsFromEngine(
  result: Pick<KpiComputeResult, 'observation' | 'baseQuantities' | 'kennzahlen'>,
): ValueRow[] {
  const lastFinal = monthIndex(result.observation.last) - WARTEZEIT_MONTHS;
  const quality = (month: Month, value: number | null): ValueRow['quality'] =>
    value === null ? 'fehlend' : monthIndex(month) > lastFinal ? 'vorlaeufig' : 'final';
  const rows: ValueRow[] = [];
  for (const b of result.baseQuantities) {
    rows.push({
      unitId: b.einheitId,
      month: b.monat,
      sex: b.geschlecht,
      kind: 'grundgroesse',
      metric: b.groesse,
      value: b.wert,
      zaehler: null,
      nenner: null,
      quality: quality(b.monat, b.wert),
    });
  }
  for (const k of result.kennzahlen) {
    rows.push({
      unitId: k.einheitId,
      month: k.monat,
      sex: k.geschlecht,
      kind: 'kennzahl',
      metric: k.kennzahl,
      value: k.wert,
      zaehler: k.zaehler,
      nenner: k.nenner,
      quality: quality(k.monat, k.wert),
    });
  }
  return rows;
}
