import assert from 'node:assert/strict';
import { test } from 'node:test';
import { monthIndex, parseMonth } from '../../shared/month.ts';
import {
  kennzahlReleased,
  monthReleased,
  monthsRead,
  yearTotalReleased,
} from './kennzahl-release.ts';
import type { ReleasePlan } from './release-plan.ts';
import type { SeriesYearStatus } from './series-year.ts';

const m = (text: string) => monthIndex(parseMonth(text));
const range = (from: string, to: string) => {
  const out: number[] = [];
  for (let k = m(from); k <= m(to); k++) out.push(k);
  return out;
};

/** Jobcenter A: INT of men in 2014 shown as year total only, ZUGANG_ELB of 2014 not at all. */
const plan: ReleasePlan = {
  units: new Set(['A', 'B']),
  has: () => true,
  derivedShown: () => false,
  derivedKennzahl: () => false,
  status: (u, s, q, y): SeriesYearStatus =>
    u === 'A' && s === 'm' && q === 'INT' && y === 2014
      ? 'jahr'
      : u === 'A' && q === 'ZUGANG_ELB' && y === 2014
        ? 'keine'
        : 'monate',
};

test('the months a Kennzahl reads are found from its formula (kennzahlen.md §3–4)', () => {
  const k2 = monthsRead('K2', m('2014-12'));
  assert.deepEqual(k2.get('INT'), range('2014-01', '2014-12'), 'Σ12 INT(m−11 … m)');
  assert.deepEqual(k2.get('ELB'), range('2013-12', '2014-11'), "Ø12' ELB(m−12 … m−1)");
  const jfw = monthsRead('JFW_K2', m('2014-06'));
  assert.deepEqual(jfw.get('INT'), range('2014-01', '2014-06'));
  assert.deepEqual(jfw.get('ELB'), range('2013-12', '2014-05'));
  assert.deepEqual(monthsRead('K1E2', m('2014-06')).get('ELB'), [m('2013-06'), m('2014-06')]);
  assert.deepEqual(monthsRead('K1', m('2014-06')).get('LLU'), [m('2013-06'), m('2014-06')]);
});

test('a quota reading all twelve months of a year-total series-year is shown; one reading part of it is not', () => {
  assert.equal(kennzahlReleased(plan, 'A', 'm', 'K2', m('2014-12')), true);
  assert.equal(kennzahlReleased(plan, 'A', 'm', 'JFW_K2', m('2014-12')), true);
  assert.equal(kennzahlReleased(plan, 'A', 'm', 'K2', m('2014-11')), false);
  assert.equal(kennzahlReleased(plan, 'A', 'm', 'JFW_K2', m('2014-11')), false);
  // January 2015 reads Feb 2014 … Jan 2015: eleven months of 2014
  assert.equal(kennzahlReleased(plan, 'A', 'm', 'K2', m('2015-01')), false);
  assert.equal(kennzahlReleased(plan, 'A', 'm', 'K2', m('2015-12')), true);
  assert.equal(kennzahlReleased(plan, 'A', 'w', 'K2', m('2014-06')), true, 'other sex');
  assert.equal(kennzahlReleased(plan, 'A', 'm', 'K3E1', m('2014-06')), true, 'INT_LZB');
});

test('an averaged rate needs every month released: a year total is not enough', () => {
  const yearOnly: ReleasePlan = {
    units: new Set(['A']),
    has: () => true,
    derivedShown: () => false,
    derivedKennzahl: () => false,
    status: (_u, _s, q, y) => (q === 'ZUGANG_ELB' && y === 2014 ? 'jahr' : 'monate'),
  };
  // K1E3 of 2014-12 reads ZUGANG_ELB 2014-01 … 2014-12 as a sum (contract version 2), yet stays
  // withheld (kennzahl-release.ts, MONTHS_ONLY); K2 of the same month is shown
  assert.equal(kennzahlReleased(yearOnly, 'A', 'insgesamt', 'K1E3', m('2014-12')), false);
  assert.equal(kennzahlReleased(yearOnly, 'A', 'insgesamt', 'K2', m('2014-12')), true);
  assert.equal(kennzahlReleased(plan, 'A', 'insgesamt', 'K1E3', m('2015-12')), true);
  // K1E4 of 2014-12 reads ELB 2013-12 … 2014-11, the stock of the month before each flow
  assert.deepEqual(monthsRead('K1E4', m('2014-12')).get('ELB'), range('2013-12', '2014-11'));
  assert.deepEqual(monthsRead('K1E4', m('2014-12')).get('ABGANG_ELB'), range('2014-01', '2014-12'));
});

test('a Kennzahl resting on a count the plan did not see is withheld', () => {
  const before2014: ReleasePlan = { ...plan, has: (_u, _s, _q, month) => month >= m('2014-01') };
  assert.equal(
    kennzahlReleased(before2014, 'B', 'insgesamt', 'K2', m('2014-12')),
    false,
    'ELB 2013-12',
  );
  assert.equal(kennzahlReleased(before2014, 'B', 'insgesamt', 'K2', m('2015-01')), true);
  assert.equal(kennzahlReleased(before2014, 'B', 'insgesamt', 'K1', m('2014-06')), true, 'money');
});

test('money is never withheld; units outside the plan are shown exactly', () => {
  assert.equal(monthReleased(plan, 'A', 'insgesamt', 'LLU', m('2014-03')), true);
  assert.equal(kennzahlReleased(plan, 'A', 'insgesamt', 'K1', m('2014-03')), true);
  assert.equal(kennzahlReleased(plan, 'TRAEGER', 'm', 'K2', m('2014-11')), true);
  assert.equal(monthReleased(plan, 'A', 'm', 'INT', m('2014-03')), false);
  assert.equal(yearTotalReleased(plan, 'A', 'm', 'INT', 2014), true);
  assert.equal(yearTotalReleased(plan, 'A', 'insgesamt', 'ZUGANG_ELB', 2014), false);
  assert.equal(monthReleased(plan, 'B', 'm', 'INT', m('2014-03')), true);
});
