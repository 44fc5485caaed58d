import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AssignmentRuns } from './assignment-runs.ts';
import { OPEN_END_DAY, StichtagMonths } from './calendar.ts';
import { DayRuns } from './day-runs.ts';
import type { PersonTables } from './person-tables.ts';
import { calendarOf, isoDay, randomSource } from './test-support.ts';

const first = 2012 * 12;
const calendar = calendarOf(
  first,
  first + 23,
  new Map([
    [first + 3, 1],
    [first + 4, 30],
  ]),
);
const months = new StichtagMonths(calendar);
/** Units 0 … 3 whose ids sort as 2, 0, 3, 1. */
const idRank = Int32Array.from([1, 3, 0, 2]);

interface Row {
  uid: number;
  ae: number;
  line: number;
  von: number;
  bis: number;
}

function table(persons: Row[][]): PersonTables['elb'] {
  const rows = persons.flat();
  const column = (f: (r: Row) => number) => Int32Array.from(rows, f);
  const start = new Int32Array(persons.length + 1);
  persons.forEach((p, i) => {
    start[i + 1] = start[i]! + p.length;
  });
  return {
    rows: {
      uid: column((r) => r.uid),
      ae: Uint8Array.from(rows, (r) => r.ae),
      line: column((r) => r.line),
      von: column((r) => r.von),
      bis: column((r) => r.bis),
    },
    start,
  };
}

/** The rule of kennzahlen.md §2 on one day: unit and AE of the winning row, or null. */
function winner(rows: Row[], day: number): { unit: number; ae: number } | null {
  const covering = rows.filter((r) => r.von <= day && day <= r.bis);
  covering.sort((x, y) => y.von - x.von || idRank[x.uid]! - idRank[y.uid]! || x.line - y.line);
  return covering.length === 0 ? null : { unit: covering[0]!.uid, ae: covering[0]!.ae };
}

/** The rule month by month, at the Stichtage. */
const expected = (rows: Row[]) => Array.from(months.st, (st) => winner(rows, st));

/** Builds the day runs of person p and the Stichtag runs from them. */
function runsOf(elb: PersonTables['elb'], p: number): { days: DayRuns; runs: AssignmentRuns } {
  const days = new DayRuns(idRank);
  days.build(elb, p);
  const runs = new AssignmentRuns();
  runs.build(days, months);
  return { days, runs };
}

function actual(runs: AssignmentRuns): ({ unit: number; ae: number } | null)[] {
  return Array.from(months.st, (_, k) => {
    const r = runs.at(k);
    return r < 0 ? null : { unit: runs.unit[r]!, ae: runs.ae[r]! };
  });
}

test('runs give every month the row of the assignment rule: latest von, smallest einheit_id, earlier line', () => {
  const day = (d: number) => isoDay('2011-12-01') + d;
  const persons: Row[][] = [
    [{ uid: 0, ae: 0, line: 1, von: day(0), bis: OPEN_END_DAY }],
    // same von: unit 2 has the smaller id; then the same unit twice: the earlier line wins
    [
      { uid: 0, ae: 0, line: 5, von: day(100), bis: day(400) },
      { uid: 2, ae: 1, line: 9, von: day(100), bis: day(300) },
    ],
    [
      { uid: 3, ae: 1, line: 7, von: day(50), bis: day(500) },
      { uid: 3, ae: 0, line: 2, von: day(50), bis: day(200) },
    ],
    // a later von wins while it lasts; a gap; a row that covers no Stichtag
    [
      { uid: 1, ae: 0, line: 1, von: day(0), bis: day(600) },
      { uid: 0, ae: 1, line: 2, von: day(200), bis: day(260) },
      { uid: 2, ae: 0, line: 3, von: day(650), bis: day(651) },
    ],
  ];
  const elb = table(persons);
  persons.forEach((rows, p) => {
    assert.deepEqual(actual(runsOf(elb, p).runs), expected(rows), `person ${p}`);
  });
});

test('random overlapping rows: day runs agree with the rule day by day, Stichtag runs month by month', () => {
  const { int } = randomSource(7);
  const persons = Array.from({ length: 400 }, () =>
    Array.from({ length: int(1, 6) }, (_, i): Row => {
      const von = isoDay('2011-10-01') + int(0, 800);
      return {
        uid: int(0, 3),
        ae: int(0, 1),
        line: int(1, 50) * 10 + i,
        von,
        bis: int(0, 4) === 0 ? OPEN_END_DAY : von + int(0, 500),
      };
    }),
  );
  const elb = table(persons);
  persons.forEach((rows, p) => {
    const { days, runs } = runsOf(elb, p);
    assert.deepEqual(actual(runs), expected(rows), `person ${p}`);
    for (let r = 1; r < runs.count; r++)
      assert.ok(runs.from[r]! > runs.to[r - 1]!, 'runs are sorted and disjoint');
    // Day by day from the first von to a day after the last finite bis.
    const last = Math.max(...rows.map((r) => (r.bis === OPEN_END_DAY ? r.von : r.bis))) + 2;
    for (let day = Math.min(...rows.map((r) => r.von)) - 1; day <= last; day++) {
      let r = 0;
      while (r < days.count && days.to[r]! < day) r++;
      const got =
        r < days.count && days.from[r]! <= day ? { unit: days.unit[r]!, ae: days.ae[r]! } : null;
      assert.deepEqual(got, winner(rows, day), `person ${p}, day ${day}`);
    }
    for (let r = 1; r < days.count; r++) {
      assert.ok(days.from[r]! > days.to[r - 1]!, 'day runs are sorted and disjoint');
      const adjacent = days.from[r] === days.to[r - 1]! + 1;
      const same = days.unit[r] === days.unit[r - 1] && days.ae[r] === days.ae[r - 1];
      assert.ok(!(adjacent && same), 'adjacent day runs differ in unit or AE');
    }
  });
});
