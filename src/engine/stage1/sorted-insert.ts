/** Inserts `value` into the first `count` entries of `sorted` (ascending, no duplicates) unless present; returns the new count. The array must have room for one more. */
export function insertSorted(sorted: Int32Array, count: number, value: number): number {
  let y = count;
  for (; y > 0 && sorted[y - 1]! > value; y--);
  if (y > 0 && sorted[y - 1] === value) return count;
  for (let z = count; z > y; z--) sorted[z] = sorted[z - 1]!;
  sorted[y] = value;
  return count + 1;
}
