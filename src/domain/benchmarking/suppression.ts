/**
 * Protection of social data in comparisons (§ 35 SGB I, §§ 67 ff. SGB X; zielsteuerung.md):
 * for viewers without microdata rights, a figure resting on 1 or 2 persons or events is
 * suppressed (primary), and so is whatever would let it be derived again (secondary): where a
 * total is shown, one suppressed cell in a column could be recovered by subtraction, so the
 * smallest other cell of that column is suppressed too.
 */

/** Counts below this (and above zero) are suppressed; zero reveals no person. */
export const MIN_CELL_COUNT = 3;

export function isSmallCount(n: number | null): boolean {
  return n !== null && n > 0 && n < MIN_CELL_COUNT;
}

/** One unit's cell in one column: the counts (persons or events) the shown figure rests on. */
export interface CountCell {
  unitId: string;
  /** e.g. [zaehler, nenner] of a quota, [value] of a stock; null where unknown */
  counts: (number | null)[];
}

export interface SuppressionOptions {
  /** the column's total over these units is shown as well (the Träger's own figure) */
  totalShown: boolean;
}

export type SuppressionReason = 'kleine_zahl' | 'rueckrechnung';

/** The unit ids whose cell must not be shown, with the reason. */
export function suppressSmallCounts(
  column: readonly CountCell[],
  options: SuppressionOptions,
): Map<string, SuppressionReason> {
  const out = new Map<string, SuppressionReason>();
  for (const cell of column)
    if (cell.counts.some(isSmallCount)) out.set(cell.unitId, 'kleine_zahl');
  if (options.totalShown && out.size === 1) {
    const smallest = column
      .filter((c) => !out.has(c.unitId))
      .map((c) => ({
        unitId: c.unitId,
        size: Math.min(...c.counts.map((n) => (n === null ? Infinity : n))),
      }))
      .sort((a, b) => a.size - b.size || a.unitId.localeCompare(b.unitId))[0];
    if (smallest !== undefined) out.set(smallest.unitId, 'rueckrechnung');
  }
  return out;
}

export const SUPPRESSION_NOTE =
  'Werte, die auf 1 oder 2 Personen oder Ereignissen beruhen, und Werte, aus denen sie sich zurückrechnen ließen, werden ohne Berechtigung für Sozialdaten nicht angezeigt (•).';
