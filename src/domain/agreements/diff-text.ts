/**
 * Running text of two versions aligned paragraph by paragraph (longest common subsequence), so
 * that an inserted paragraph shows as one addition and not as a change of everything after it.
 */
import type { TextBlock } from './agreement.ts';
import type { ChangeList } from './diff-types.ts';

interface Unit {
  label: string;
  text: string;
}

/** Paragraphs and list items as units: "Abschnitt 2", "Abschnitt 3 › Punkt 1". */
function unitsOf(blocks: readonly TextBlock[]): Unit[] {
  return blocks.flatMap((block, i) =>
    block.kind === 'absatz'
      ? [{ label: `Abschnitt ${i + 1}`, text: block.text }]
      : block.items.map((item, k) => ({
          label: `Abschnitt ${i + 1} › Punkt ${k + 1}`,
          text: item,
        })),
  );
}

/** Index pairs of a longest common subsequence of equal texts. */
function commonPairs(a: readonly Unit[], b: readonly Unit[]): [number, number][] {
  const lengths = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] =
        a[i]!.text === b[j]!.text
          ? lengths[i + 1]![j + 1]! + 1
          : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i]!.text === b[j]!.text) pairs.push([i++, j++]);
    else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/** Between two matches, removed and added units pair up as changes in order; the rest stay added or removed. */
export function diffBlocks(
  changes: ChangeList,
  path: readonly string[],
  before: readonly TextBlock[],
  after: readonly TextBlock[],
): void {
  const a = unitsOf(before);
  const b = unitsOf(after);
  let i = 0;
  let j = 0;
  for (const [mi, mj] of [...commonPairs(a, b), [a.length, b.length] as [number, number]]) {
    const removed = a.slice(i, mi);
    const added = b.slice(j, mj);
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++)
      changes.add([...path, added[k]!.label], removed[k]!.text, added[k]!.text);
    for (const unit of removed.slice(paired)) changes.add([...path, unit.label], unit.text, null);
    for (const unit of added.slice(paired)) changes.add([...path, unit.label], null, unit.text);
    i = mi + 1;
    j = mj + 1;
  }
}
