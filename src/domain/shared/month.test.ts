import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addMonths, monthIndex, monthsBetween, parseMonth } from './month.ts';

test('month arithmetic crosses year boundaries', () => {
  assert.equal(addMonths(parseMonth('2014-01'), -1), '2013-12');
  assert.equal(addMonths(parseMonth('2013-12'), 13), '2015-01');
  assert.equal(monthIndex(parseMonth('2014-01')) - monthIndex(parseMonth('2013-01')), 12);
  assert.deepEqual(monthsBetween(parseMonth('2013-11'), parseMonth('2014-02')), [
    '2013-11',
    '2013-12',
    '2014-01',
    '2014-02',
  ]);
});

test('parseMonth refuses what is no month', () => {
  for (const bad of ['2014-13', '2014-1', '14-01', '2014-00', '', '2014-01-01']) {
    assert.throws(() => parseMonth(bad), RangeError, bad);
  }
});
