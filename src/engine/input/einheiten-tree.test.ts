import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkTree, type UnitRow } from './einheiten-tree.ts';

let row = 0;
const unit = (
  id: string | null,
  ebene: string | null,
  parentId: string | null = null,
  name: string | null = `Unit ${id}`,
): UnitRow => ({ row: ++row, id, name, ebene, parentId });

describe('the einheiten tree', () => {
  test('leaves: a Träger without Jobcenter is a leaf; uid follows the file', () => {
    row = 0;
    const tree = checkTree(
      [
        unit('L1', 'land'),
        unit('J1', 'jobcenter', 'T1'),
        unit('T1', 'traeger', 'L1'),
        unit('T2', 'traeger', 'L1'),
      ],
      'einheiten.csv',
      false,
    );
    assert.deepEqual(tree.problems, []);
    assert.deepEqual(tree.keys, [
      { key: 'L1', uid: 0, leaf: false },
      { key: 'J1', uid: 1, leaf: true },
      { key: 'T1', uid: 2, leaf: false },
      { key: 'T2', uid: 3, leaf: true },
    ]);
    assert.deepEqual(
      tree.kept.map((e) => [e.id, e.parentId]),
      [
        ['L1', null],
        ['J1', 'T1'],
        ['T1', 'L1'],
        ['T2', 'L1'],
      ],
    );
  });

  test('a unit under a left-out unit goes too; leaves then count the kept tree only', () => {
    row = 0;
    const rows = [
      unit('L1', 'land'),
      unit('T3', 'traeger', 'L9'),
      unit('J3', 'jobcenter', 'T3'),
      unit('J4', 'jobcenter', 'J3'),
    ];
    const strict = checkTree(rows, 'einheiten.csv', false);
    // Without skipping only causes are reported: the unknown parent, and J4 below a Jobcenter.
    assert.deepEqual(
      strict.problems.map((p) => [p.row, p.column, p.problem]),
      [
        [2, 'parent_id', 'parent_id "L9" is not in einheiten.csv'],
        [4, 'parent_id', 'parent_id "J3" has ebene jobcenter, which is not above jobcenter'],
      ],
    );
    assert.deepEqual(
      strict.keys.map((k) => [k.key, k.leaf]),
      [
        ['L1', true],
        ['T3', false],
        ['J3', false],
        ['J4', true],
      ],
    );
    const skipping = checkTree(rows, 'einheiten.csv', true);
    assert.deepEqual(
      skipping.problems.map((p) => [p.row, p.problem]),
      [
        [2, 'parent_id "L9" is not in einheiten.csv'],
        [3, 'parent_id "T3" refers to a skipped row of einheiten.csv'],
        [4, 'parent_id "J3" has ebene jobcenter, which is not above jobcenter'],
      ],
    );
    assert.deepEqual(skipping.keys, [
      { key: 'L1', uid: 0, leaf: true },
      { key: 'T3', uid: null, leaf: true },
      { key: 'J3', uid: null, leaf: true },
      { key: 'J4', uid: null, leaf: true },
    ]);
  });

  test('skipping lists a row once, with its first problem', () => {
    row = 0;
    const tree = checkTree(
      [unit('L1', 'land'), unit('J1', 'stadt', 'X', null)],
      'einheiten.parquet',
      true,
    );
    assert.deepEqual(
      tree.problems.map((p) => [p.row, p.column]),
      [[2, 'name']],
    );
    assert.equal(
      checkTree([unit('L1', 'land'), unit('J1', 'stadt', 'X', null)], 'einheiten.parquet', false)
        .problems.length,
      3,
    );
  });

  test('cycles are found once each, named from their first row, self-loops too', () => {
    row = 0;
    const tree = checkTree(
      [
        unit('A', 'land', 'A'),
        unit('B', 'traeger', 'C'),
        unit('C', 'jobcenter', 'D'),
        unit('D', 'land', 'B'),
        unit('E', 'jobcenter', 'C'),
      ],
      'einheiten.csv',
      false,
    );
    assert.deepEqual(
      tree.cycles.map((c) => [c.row, c.problem]),
      [
        [1, 'unit "A" is part of a cycle: A → A'],
        [2, 'unit "B" is part of a cycle: B → C → D → B'],
      ],
    );
  });

  test('a duplicate id names the line of the first (as {line}, filled in with the file line)', () => {
    row = 0;
    const tree = checkTree([unit('L1', 'land'), unit('L1', 'land')], 'einheiten.csv', false);
    assert.deepEqual(tree.problems, [
      {
        row: 2,
        column: 'id',
        problem: 'id "L1" appears more than once (first in line {line})',
        ref: 1,
      },
    ]);
    assert.equal(tree.kept.length, 1);
  });
});
