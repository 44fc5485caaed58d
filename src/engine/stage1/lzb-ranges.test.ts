import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OPEN_END_DAY, StichtagMonths } from './calendar.ts';
import { LZB_MIN_DAYS, LZB_WINDOW_DAYS, LzbRanges } from './lzb-ranges.ts';
import { calendarOf, isoDay, randomSource } from './test-support.ts';

const first = 2011 * 12;
const months = new StichtagMonths(calendarOf(first, first + 47, new Map([[first + 26, 1]])));

/** §2 literally: D(p, St) counted day by day, and the 17th birthday. */
function expected(periods: [number, number][], age17: number): boolean[] {
  return Array.from(months.st, (st) => {
    const covered = (d: number) => periods.some(([von, bis]) => von <= d && d <= bis);
    if (!covered(st)) return false;
    let days = 0;
    for (let d = st - (LZB_WINDOW_DAYS - 1); d <= st; d++) if (covered(d)) days++;
    return days >= LZB_MIN_DAYS && st >= age17;
  });
}

function actual(periods: [number, number][], age17: number): boolean[] {
  const ranges = new LzbRanges();
  ranges.build(
    Int32Array.from(periods, (p) => p[0]),
    Int32Array.from(periods, (p) => p[1]),
    0,
    periods.length,
    age17,
    months,
  );
  return Array.from(months.st, (_, k) => ranges.has(k));
}

test('LZB from the 638th eLb day in 730 days on, overlaps and adjacent periods counted once', () => {
  const von = isoDay('2011-01-01');
  // one period: day 638 is 2012-09-29, so the first LZB Stichtag is 2012-10-15 (k = 21)
  assert.deepEqual(actual([[von, OPEN_END_DAY]], 0), expected([[von, OPEN_END_DAY]], 0));
  assert.equal(actual([[von, OPEN_END_DAY]], 0).indexOf(true), 21);
  // two overlapping and an adjacent period count each day once; a gap of 100 days delays LZB
  const split: [number, number][] = [
    [von, von + 300],
    [von + 200, von + 399],
    [von + 400, von + 450],
    [von + 551, OPEN_END_DAY],
  ];
  assert.deepEqual(actual(split, 0), expected(split, 0));
  // the 17th birthday counts, the day before does not; 29 February was mapped to 1 March already
  const age17 = isoDay('2013-03-01');
  assert.deepEqual(actual([[von, OPEN_END_DAY]], age17), expected([[von, OPEN_END_DAY]], age17));
  assert.equal(
    actual([[von, OPEN_END_DAY]], age17).indexOf(true),
    26,
    'St(2013-03) is 1 March here',
  );
  assert.equal(actual([[von, OPEN_END_DAY]], age17 + 1).indexOf(true), 27);
});

test('random periods: LZB months agree with counting days one by one', () => {
  const { int } = randomSource(11);
  for (let p = 0; p < 150; p++) {
    const periods = Array.from({ length: int(1, 5) }, (): [number, number] => {
      const von = isoDay('2011-01-01') + int(0, 1300);
      return [von, int(0, 3) === 0 ? OPEN_END_DAY : von + int(0, 700)];
    });
    const age17 = int(0, 2) === 0 ? isoDay('2012-06-01') + int(0, 900) : 0;
    assert.deepEqual(
      actual(periods, age17),
      expected(periods, age17),
      JSON.stringify({ periods, age17 }),
    );
  }
});
