import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSmallCount, suppressSmallCounts } from './suppression.ts';

test('1 and 2 are small, 0 and 3 are not', () => {
  assert.deepEqual([0, 1, 2, 3, 2.5, null].map(isSmallCount), [
    false,
    true,
    true,
    false,
    true,
    false,
  ]);
});

test('a quota resting on 2 integrations is suppressed; with a total shown, the next smallest cell too', () => {
  const column = [
    { unitId: 'Heek', counts: [2, 120] },
    { unitId: 'Legden', counts: [9, 110] },
    { unitId: 'Bocholt', counts: [420, 2300] },
    { unitId: 'Reken', counts: [11, 160] },
  ];
  // Heek: zaehler 2 → kleine_zahl. Total shown → Heek = total − others; the smallest other cell
  // (Legden, min count 9) is suppressed as well.
  assert.deepEqual(
    [...suppressSmallCounts(column, { totalShown: true })],
    [
      ['Heek', 'kleine_zahl'],
      ['Legden', 'rueckrechnung'],
    ],
  );
  // without a total nothing can be recovered
  assert.deepEqual(
    [...suppressSmallCounts(column, { totalShown: false })],
    [['Heek', 'kleine_zahl']],
  );
});

test('two primary suppressions protect each other; nothing to do without small counts', () => {
  const column = [
    { unitId: 'A', counts: [1] },
    { unitId: 'B', counts: [2] },
    { unitId: 'C', counts: [50] },
  ];
  assert.deepEqual([...suppressSmallCounts(column, { totalShown: true }).keys()], ['A', 'B']);
  assert.equal(
    suppressSmallCounts([{ unitId: 'C', counts: [0, 50] }], { totalShown: true }).size,
    0,
  );
});
