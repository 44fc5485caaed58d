import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addYears,
  dayOf,
  isoDate,
  isoMonth,
  lastDayBeforeRetirement,
  monthEnd,
  monthOfDay,
  monthStart,
  stichtag,
} from './dates.ts';

describe('synthetic calendar', () => {
  it('maps month indices from 2010-01 to days and back', () => {
    assert.equal(isoDate(monthStart(0)), '2010-01-01');
    assert.equal(isoDate(monthEnd(1)), '2010-02-28');
    assert.equal(isoDate(monthEnd(25)), '2012-02-29');
    assert.equal(isoDate(stichtag(59)), '2014-12-15');
    assert.equal(isoMonth(71), '2015-12');
    assert.equal(isoMonth(-1), '2009-12');
    for (const [y, m, d] of [
      [2009, 12, 31],
      [2010, 1, 1],
      [2012, 2, 29],
      [2015, 12, 31],
      [1960, 5, 3],
      [2030, 7, 1],
    ] as const) {
      assert.equal(monthOfDay(dayOf(y, m, d)), (y - 2010) * 12 + m - 1, `${y}-${m}-${d}`);
    }
  });

  it('rolls 29 February to 1 March in non-leap years', () => {
    assert.equal(isoDate(addYears(dayOf(1996, 2, 29), 17)), '2013-03-01');
    assert.equal(isoDate(addYears(dayOf(1996, 2, 29), 16)), '2012-02-29');
  });

  it('ends benefit at the Regelaltersgrenze (65 years plus one month per birth year from 1947)', () => {
    assert.equal(isoDate(lastDayBeforeRetirement(dayOf(1946, 6, 10))), '2011-06-09');
    assert.equal(isoDate(lastDayBeforeRetirement(dayOf(1947, 6, 10))), '2012-07-09');
    assert.equal(isoDate(lastDayBeforeRetirement(dayOf(1950, 1, 20))), '2015-05-19');
    assert.equal(isoDate(lastDayBeforeRetirement(dayOf(1964, 1, 20))), '2031-01-19');
  });
});
