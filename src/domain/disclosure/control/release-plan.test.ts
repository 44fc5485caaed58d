import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BaseQuantity, Sex } from '../../kpi/catalog.ts';
import { monthIndex, parseMonth } from '../../shared/month.ts';
import { planRelease, type ReleaseInput } from './release-plan.ts';
import { COUNT_QUANTITIES } from './series-year.ts';

const m = (text: string) => monthIndex(parseMonth(text));
const SIZE: Record<string, number> = { A: 10, B: 40, C: 20 };

/** Three örtliche Jobcenter, 2014-01 … 2015-06; every count ≥ 10 except the ones given. */
function input(special: Record<string, number>, units = ['A', 'B', 'C']): ReleaseInput {
  return {
    units,
    first: m('2014-01'),
    last: m('2015-06'),
    count: (u: string, s: Sex, q: BaseQuantity, month: number) =>
      special[`${u}|${s}|${q}|${month}`] ?? SIZE[u]! * (s === 'insgesamt' ? 2 : 1),
  };
}

/** every series-year the plan withholds, as "unit|sex|quantity|year status" */
function withheld(plan: ReturnType<typeof planRelease>, units = ['A', 'B', 'C']): string[] {
  const out: string[] = [];
  for (const u of units)
    for (const s of ['insgesamt', 'm', 'w'] as const)
      for (const q of COUNT_QUANTITIES)
        for (const y of [2014, 2015]) {
          const status = plan.status(u, s, q, y);
          if (status !== 'monate') out.push(`${u}|${s}|${q}|${y} ${status}`);
        }
  return out.sort();
}

test('one month of 2 withholds the months of its series-year, of the other sex and of the largest sibling; the totals stay shown', () => {
  const plan = planRelease(input({ [`A|m|INT|${m('2014-03')}`]: 2 }));
  // A|m alone in its sex line → A|w; alone in the tree lines m and w → B (largest) for both
  assert.deepEqual(withheld(plan), [
    'A|m|INT|2014 jahr',
    'A|w|INT|2014 jahr',
    'B|m|INT|2014 jahr',
    'B|w|INT|2014 jahr',
  ]);
  assert.equal(plan.status('C', 'm', 'INT', 2014), 'monate');
  assert.equal(plan.status('A', 'm', 'INT', 2015), 'monate', 'the next year stands on its own');
});

test('a year total of 1 or 2 is withheld too, and so is the total of its partners', () => {
  const zero: Record<string, number> = {};
  for (let k = m('2014-01'); k <= m('2014-12'); k++) zero[`A|w|INT_LZB|${k}`] = 0;
  zero[`A|w|INT_LZB|${m('2014-07')}`] = 1;
  zero[`A|w|INT_LZB|${m('2014-08')}`] = 1;
  assert.deepEqual(withheld(planRelease(input(zero))), [
    'A|m|INT_LZB|2014 keine',
    'A|w|INT_LZB|2014 keine',
    'B|m|INT_LZB|2014 keine',
    'B|w|INT_LZB|2014 keine',
  ]);
});

test('a year not yet complete releases no total (a month away from the next Datenstand)', () => {
  const plan = planRelease(input({ [`C|insgesamt|INT_AE|${m('2015-02')}`]: 1 }));
  // insgesamt alone in its sex line → the larger sex (equal here: m before w by order)
  assert.deepEqual(withheld(plan), [
    'B|insgesamt|INT_AE|2015 keine',
    'B|m|INT_AE|2015 keine',
    'C|insgesamt|INT_AE|2015 keine',
    'C|m|INT_AE|2015 keine',
  ]);
});

test('a withheld flow takes the other flow with it, not the stock', () => {
  const plan = planRelease(input({ [`B|w|ZUGANG_ELB|${m('2014-05')}`]: 2 }));
  const held = withheld(plan);
  assert.ok(held.includes('B|w|ZUGANG_ELB|2014 jahr'));
  assert.ok(held.includes('B|w|ABGANG_ELB|2014 jahr'));
  assert.ok(!held.some((h) => h.includes('|ELB|')), 'no stock withheld');
  // every line holds none or at least two: B|w's partners are C (largest other) and B|m
  assert.deepEqual(held, [
    'B|m|ABGANG_ELB|2014 jahr',
    'B|m|ZUGANG_ELB|2014 jahr',
    'B|w|ABGANG_ELB|2014 jahr',
    'B|w|ZUGANG_ELB|2014 jahr',
    'C|m|ABGANG_ELB|2014 jahr',
    'C|m|ZUGANG_ELB|2014 jahr',
    'C|w|ABGANG_ELB|2014 jahr',
    'C|w|ZUGANG_ELB|2014 jahr',
  ]);
});

test('a Träger with one örtliches Jobcenter publishes its figures: nothing to protect', () => {
  const plan = planRelease(input({ [`A|m|INT|${m('2014-03')}`]: 2 }, ['A']));
  assert.deepEqual(withheld(plan, ['A']), []);
});

test('every line of the plan holds none or at least two withheld series-years', () => {
  const special: Record<string, number> = {};
  // small counts scattered over units, sexes, quantities and months
  const units = ['A', 'B', 'C'];
  let i = 0;
  for (const q of COUNT_QUANTITIES)
    for (const s of ['insgesamt', 'm', 'w'] as const) {
      i++;
      if (i % 4 !== 0) continue;
      special[`${units[i % 3]}|${s}|${q}|${m('2014-01') + (i % 18)}`] = 1 + (i % 2);
    }
  const plan = planRelease(input(special));
  for (const y of [2014, 2015])
    for (const q of COUNT_QUANTITIES) {
      for (const s of ['insgesamt', 'm', 'w'] as const) {
        const n = units.filter((u) => plan.status(u, s, q, y) !== 'monate').length;
        assert.ok(n !== 1, `tree line ${s} ${q} ${y}: ${n}`);
      }
      for (const u of units) {
        const n = (['insgesamt', 'm', 'w'] as const).filter(
          (s) => plan.status(u, s, q, y) !== 'monate',
        ).length;
        assert.ok(n !== 1, `sex line ${u} ${q} ${y}: ${n}`);
      }
    }
});
