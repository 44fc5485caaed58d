/**
 * What counts as a small count (§ 35 SGB I, §§ 67 ff. SGB X; the practice of the BA statistics):
 * 1 or 2 persons or events. Zero reveals no person.
 */

/** Counts below this (and above zero) are protected. */
export const MIN_CELL_COUNT = 3;

export function isSmallCount(n: number | null): boolean {
  return n !== null && n > 0 && n < MIN_CELL_COUNT;
}
