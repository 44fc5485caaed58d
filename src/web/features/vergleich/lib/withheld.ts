/**
 * Which cells of a comparison the server withheld. Any mark counts and no reason is read from it:
 * the decision is the server's (issue 11), the web only finds where to put the symbol and legend.
 */
import type {
  ComparisonCell,
  ComparisonRow,
} from '../../../../domain/benchmarking/comparison-table.ts';

export const isWithheld = (cell: ComparisonCell | null | undefined): boolean =>
  cell != null && cell.suppressed !== null;

/** Does any cell of these rows (with the reference's total, if shown) carry the mark? */
export function anyWithheld(rows: readonly ComparisonRow[], withTotal: boolean): boolean {
  return rows.some((r) => r.cells.some(isWithheld) || (withTotal && isWithheld(r.total)));
}
