/**
 * Compares two sets of base quantity rows (engine and reference) cell by cell: counts must
 * be equal, money within 1e-6 euro, missing must be missing on both sides.
 */
import type { BaseQuantityRow } from '../../src/engine/types.ts';

export interface Disagreement {
  key: string;
  engine: number | null | undefined;
  reference: number | null | undefined;
}

export const MONEY_TOLERANCE = 1e-6;

const keyOf = (r: BaseQuantityRow) => `${r.einheitId}|${r.monat}|${r.geschlecht}|${r.groesse}`;

function agrees(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= MONEY_TOLERANCE;
}

/** Every cell present on either side that differs; `undefined` = the row is absent. */
export function compareBaseQuantities(
  engine: readonly BaseQuantityRow[],
  reference: readonly BaseQuantityRow[],
): Disagreement[] {
  const referenceByKey = new Map(reference.map((r) => [keyOf(r), r.wert]));
  const out: Disagreement[] = [];
  const seen = new Set<string>();
  for (const row of engine) {
    const key = keyOf(row);
    seen.add(key);
    const other = referenceByKey.get(key);
    if (other === undefined || !agrees(row.wert, other))
      out.push({ key, engine: row.wert, reference: other });
  }
  for (const [key, wert] of referenceByKey)
    if (!seen.has(key)) out.push({ key, engine: undefined, reference: wert });
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

/** Disagreements grouped by base quantity, for a short report. */
export function summariseDisagreements(
  disagreements: readonly Disagreement[],
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of disagreements) {
    const quantity = d.key.split('|')[3] ?? '?';
    counts[quantity] = (counts[quantity] ?? 0) + 1;
  }
  return counts;
}
