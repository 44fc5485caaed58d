/**
 * What counts as a small count (§ 35 SGB I, §§ 67 ff. SGB X; the practice of the BA statistics):
 * 1 or 2 persons or events. Zero reveals no person.
 */

/** Counts below this (and above zero) are protected. */
export const MIN_CELL_COUNT = 3;

/**
 * Whether `n` tells a count of 1 or 2. A sum over `over` Stichtage of a stock (or a rate's
 * denominator of twelve) tells its average n / over.
 */
export function isSmallCount(n: number | null, over = 1): boolean {
  return n !== null && n > 0 && n / over < MIN_CELL_COUNT;
}
