import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UnitTree } from './unit-moves.ts';

// 0 Land A ─ 1 Träger ─ 3, 4 Jobcenter; 0 ─ 2 Träger (a leaf); 5 Land B ─ 6 Träger ─ 7 Jobcenter
const parents = [-1, 0, 0, 1, 1, -1, 5, 6];
const tree = new UnitTree(parents);
const line = (u: number): number[] => (u < 0 ? [] : [u, ...line(parents[u]!)]);

test('the lowest common ancestor of two units', () => {
  assert.equal(tree.commonAncestor(3, 4), 1);
  assert.equal(tree.commonAncestor(3, 2), 0);
  assert.equal(tree.commonAncestor(4, 1), 1);
  assert.equal(tree.commonAncestor(3, 3), 3);
  assert.equal(tree.commonAncestor(3, 7), -1);
});

test('+1 at the new unit and −1 at the common ancestor, summed up the tree, is a Zugang exactly where the person enters', () => {
  for (let from = -1; from < parents.length; from++) {
    for (let to = 0; to < parents.length; to++) {
      if (from === to) continue;
      const common = from < 0 ? -1 : tree.commonAncestor(from, to);
      const rolledUp = parents.map(
        (_, u) =>
          (line(to).includes(u) ? 1 : 0) - (common >= 0 && line(common).includes(u) ? 1 : 0),
      );
      const entered = parents.map((_, u) =>
        line(to).includes(u) && !line(from).includes(u) ? 1 : 0,
      );
      assert.deepEqual(rolledUp, entered, `${from} → ${to}`);
    }
  }
});
