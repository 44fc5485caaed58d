import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ancestorsOf, isValidOn, subtreeIds, type UnitNode } from './unit-tree.ts';

const node = (id: string, kind: UnitNode['kind'], parentId: string | null): UnitNode => ({
  id,
  name: id,
  kind,
  traegerForm: null,
  parentId,
});
const TREE = [
  node('DE', 'bund', null),
  node('05', 'land', 'DE'),
  node('09', 'land', 'DE'),
  node('05554', 'traeger', '05'),
  node('05554004', 'jobcenter', '05554'),
  node('05554008', 'jobcenter', '05554'),
  node('05111', 'traeger', '05'),
  node('09162', 'traeger', '09'),
];

test('a Land sees its Träger and their örtliche Jobcenter, not another Land', () => {
  assert.deepEqual([...subtreeIds(TREE, '05')].sort(), [
    '05',
    '05111',
    '05554',
    '05554004',
    '05554008',
  ]);
});

test('an örtliches Jobcenter sees itself only', () => {
  assert.deepEqual([...subtreeIds(TREE, '05554008')], ['05554008']);
});

test('ancestors run from the Bund down to the unit', () => {
  assert.deepEqual(
    ancestorsOf(TREE, '05554004').map((n) => n.id),
    ['DE', '05', '05554', '05554004'],
  );
});

test('validity includes both end dates; an open end is valid for ever', () => {
  assert.equal(isValidOn('2014-01-01', '2014-12-31', '2014-12-31'), true);
  assert.equal(isValidOn('2014-01-01', '2014-12-31', '2015-01-01'), false);
  assert.equal(isValidOn('2014-01-01', null, '2030-06-30'), true);
  assert.equal(isValidOn('2014-01-01', null, '2013-12-31'), false);
});
