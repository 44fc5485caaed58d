import type { BaseQuantity } from './catalog.ts';

/**
 * The base quantities of one unit and sex: the value of `quantity` in the month with absolute
 * index `monthIndex` (see src/domain/shared/month.ts), or null where it is missing.
 */
export type BaseLookup = (quantity: BaseQuantity, monthIndex: number) => number | null;

/** Σ of `quantity` over months from … to (inclusive), null if any month is missing. */
export function sumOver(
  base: BaseLookup,
  quantity: BaseQuantity,
  from: number,
  to: number,
): number | null {
  let sum = 0;
  for (let m = from; m <= to; m++) {
    const value = base(quantity, m);
    if (value === null) return null;
    sum += value;
  }
  return sum;
}
