import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OPEN_END_DAY, StichtagMonths } from './calendar.ts';
import { calendarOf, isoDay } from './test-support.ts';

// 2012-01 … 2012-12 (month index 2012·12 + m − 1); Stichtage on the 1st, on the last day and on
// 29 February, among them the months just before and after the period.
const first = 2012 * 12;
const last = 2012 * 12 + 11;
const custom = new Map([
  [first - 1, 31],
  [first + 1, 29],
  [first + 2, 1],
  [first + 5, 30],
  [last + 1, 1],
]);
const calendar = calendarOf(first, last, custom);
const months = new StichtagMonths(calendar);

/** Independently: the first/last k in −1 … K whose Stichtag is on/after (before) the day clipped to the period ± 1 day. */
function expected(day: number): { firstK: number; lastK: number } {
  const clipped = Math.min(Math.max(day, calendar.firstDay - 1), calendar.lastDay + 1);
  const ks = Array.from({ length: last - first + 3 }, (_, i) => i - 1);
  const st = (k: number) => calendar.stichtag.get(first + k)!;
  return {
    firstK: ks.find((k) => st(k) >= clipped) ?? last - first + 2,
    lastK: [...ks].reverse().find((k) => st(k) <= clipped) ?? -2,
  };
}

test('a day maps to the first and last month whose Stichtag is on or after / on or before it', () => {
  for (let day = isoDay('2011-11-20'); day <= isoDay('2013-02-10'); day++) {
    assert.deepEqual(
      { firstK: months.firstK(day), lastK: months.lastK(day) },
      expected(day),
      `day ${new Date(day * 86_400_000).toISOString()}`,
    );
  }
});

test('Stichtage on the first and last day of a month and on 29 February', () => {
  assert.equal(months.firstK(isoDay('2012-02-29')), 1);
  assert.equal(months.lastK(isoDay('2012-02-28')), 0);
  assert.equal(months.lastK(isoDay('2012-03-01')), 2);
  assert.equal(months.firstK(isoDay('2012-03-02')), 3);
  assert.equal(
    months.firstK(isoDay('2011-12-31')),
    -1,
    'the Stichtag of the month before the period is its last day',
  );
});

test('days far outside the period are clipped, an open end covers every month', () => {
  assert.equal(months.firstK(isoDay('1990-05-05')), -1);
  assert.equal(months.lastK(isoDay('1990-05-05')), -1);
  assert.equal(
    months.lastK(OPEN_END_DAY),
    12,
    'the Stichtag of the month after the period is its 1st: the day after the period',
  );
  assert.equal(months.firstK(OPEN_END_DAY), 12);
  assert.deepEqual(
    [...months.st],
    Array.from({ length: 12 }, (_, k) => calendar.stichtag.get(first + k)),
  );
});
