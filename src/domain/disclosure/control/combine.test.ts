import assert from 'node:assert/strict';
import { test } from 'node:test';
import { combineReleasePlans } from './combine.ts';
import type { ReleasePlan } from './release-plan.ts';
import type { SeriesYearStatus } from './series-year.ts';

function plan(statuses: Record<string, SeriesYearStatus>, derived: string[] = []): ReleasePlan {
  return {
    units: new Set(['A', 'B']),
    status: (u, s, q, y) => statuses[`${u}|${s}|${q}|${y}`] ?? 'monate',
    has: () => true,
    derivedShown: (u, s, q, m) => derived.includes(`${u}|${s}|${q}|${m}`),
    derivedKennzahl: () => false,
  };
}

test('a series-year withheld in any Datenstand is withheld in all, as strictly as the strictest', () => {
  // April's Datenstand: A's INT of 2014 month by month; May's: December was 2, year total only
  const april = plan({});
  const may = plan({ 'A|m|INT|2014': 'jahr', 'B|m|INT|2014': 'keine' });
  const combined = combineReleasePlans(april, [april, may]);
  assert.equal(combined.status('A', 'm', 'INT', 2014), 'jahr');
  assert.equal(combined.status('B', 'm', 'INT', 2014), 'keine');
  assert.equal(combined.status('A', 'w', 'INT', 2014), 'monate');
  assert.equal(combineReleasePlans(may, [april, may]).status('B', 'm', 'INT', 2014), 'keine');
});

test("a month shown as worked out stays its own plan's: the combined plan shows no more than it", () => {
  const own = plan({ 'A|m|INT|2014': 'jahr' }, ['A|m|INT|24170']);
  const other = plan({});
  const combined = combineReleasePlans(own, [own, other]);
  assert.equal(combined.derivedShown('A', 'm', 'INT', 24170), true);
  assert.equal(
    combineReleasePlans(other, [own, other]).derivedShown('A', 'm', 'INT', 24170),
    false,
  );
});
