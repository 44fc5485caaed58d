/**
 * Case analysis (Fallunterscheidung) after propagation: for a cell with few possible values
 * left, try each — narrow the cell to it and propagate — and drop the values that contradict
 * some identity. A cell with one value left is recovered. This finds what the identities say
 * together but no single one does: a Träger's column and a Jobcenter's sex row crossing in cells
 * of 1 or 2 (a small table whose row and column totals are shown).
 */
import type { Knowledge } from './knowledge.ts';
import type { Propagator } from './propagate.ts';

/** cells with at most this many values are tried */
const MAX_VALUES = 3;

/**
 * Tries the values of the given cells; narrows those where values fall away. Answers the cells
 * that were narrowed (the caller propagates from them).
 */
export function tryCases(
  cells: Iterable<number>,
  knowledge: Knowledge,
  propagator: Propagator,
): number[] {
  const narrowed: number[] = [];
  for (const cell of cells) {
    const [lo, hi] = knowledge.bounds(cell);
    if (lo === hi || hi - lo + 1 > MAX_VALUES) continue;
    const possible: number[] = [];
    for (let v = lo; v <= hi; v++) {
      if (knowledge.notSmall[cell] && (v === 1 || v === 2)) continue;
      knowledge.startTrial();
      propagator.failed = false;
      propagator.trying = true;
      if (knowledge.tighten(cell, v, v) !== 'contradiction') {
        propagator.touch(cell);
        propagator.run(true);
        if (!propagator.failed) possible.push(v);
      }
      propagator.trying = false;
      propagator.failed = false;
      knowledge.undoTrial();
    }
    if (possible.length === 0 || possible.length === hi - lo + 1) continue;
    if (knowledge.tighten(cell, Math.min(...possible), Math.max(...possible)) === 'changed')
      narrowed.push(cell);
  }
  return narrowed;
}
