import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BaseQuantity, KennzahlId, Sex } from '../../kpi/catalog.ts';
import { monthIndex, parseMonth } from '../../shared/month.ts';
import { auditRelease } from './audit.ts';
import { kennzahlReleased, monthReleased } from './kennzahl-release.ts';
import { planRelease, type ReleaseInput, type ReleasePlan } from './release-plan.ts';
import { COUNT_QUANTITIES } from './series-year.ts';

/** the rules alone (steps 1–3): the fixture's counts do not keep the data's identities the audit reads */
const RULES_ONLY = { audit: false };
const m = (text: string) => monthIndex(parseMonth(text));
const SIZE: Record<string, number> = { A: 10, B: 40, C: 20 };

/** Three örtliche Jobcenter, 2014-01 … 2015-06; every count ≥ 10 except the ones given. */
function input(special: Record<string, number>, units = ['A', 'B', 'C']): ReleaseInput {
  return withTraeger(
    units,
    (u, s, q, month) =>
      special[`${u}|${s}|${q}|${month}`] ?? SIZE[u]! * (s === 'insgesamt' ? 2 : 1),
  );
}

/** 2014-01 … 2015-06; the Träger's count is the sum of its örtliche Jobcenter's */
function withTraeger(units: string[], count: ReleaseInput['count']): ReleaseInput {
  return {
    units,
    first: m('2014-01'),
    last: m('2015-06'),
    count,
    parentCount: (s, q, month) => units.reduce((sum, u) => sum + count(u, s, q, month)!, 0),
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
  const plan = planRelease(input({ [`A|m|INT|${m('2014-03')}`]: 2 }), RULES_ONLY);
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
  assert.deepEqual(withheld(planRelease(input(zero), RULES_ONLY)), [
    'A|m|INT_LZB|2014 keine',
    'A|w|INT_LZB|2014 keine',
    'B|m|INT_LZB|2014 keine',
    'B|w|INT_LZB|2014 keine',
  ]);
});

test('a year not yet complete releases no total (a month away from the next Datenstand)', () => {
  const plan = planRelease(input({ [`C|insgesamt|INT_AE|${m('2015-02')}`]: 1 }), RULES_ONLY);
  // insgesamt alone in its sex line → the larger sex (equal here: m before w by order)
  assert.deepEqual(withheld(plan), [
    'B|insgesamt|INT_AE|2015 keine',
    'B|m|INT_AE|2015 keine',
    'C|insgesamt|INT_AE|2015 keine',
    'C|m|INT_AE|2015 keine',
  ]);
});

test('a withheld flow takes the other flow with it, not the stock', () => {
  const plan = planRelease(input({ [`B|w|ZUGANG_ELB|${m('2014-05')}`]: 2 }), RULES_ONLY);
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
  const plan = planRelease(input({ [`A|m|INT|${m('2014-03')}`]: 2 }, ['A']), RULES_ONLY);
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
  const plan = planRelease(input(special), RULES_ONLY);
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

test('withheld months the shown figures prove to be 0 are shown as 0', () => {
  const special: Record<string, number> = {};
  // women in A: 5 integrations in January, none after; 2 of them by LZB (small), none after
  for (let k = m('2014-01'); k <= m('2014-12'); k++) {
    special[`A|w|INT|${k}`] = 0;
    special[`A|w|INT_LZB|${k}`] = 0;
  }
  special[`A|w|INT|${m('2014-01')}`] = 5;
  special[`A|w|INT_LZB|${m('2014-01')}`] = 2;
  special[`B|w|INT_LZB|${m('2014-03')}`] = 0; // B is A's partner; in March both are 0
  const plan = planRelease(input(special), RULES_ONLY);
  assert.equal(plan.status('A', 'w', 'INT_LZB', 2014), 'keine');
  assert.equal(plan.status('B', 'w', 'INT_LZB', 2014), 'keine');
  // A's INT of women is shown (5 and zeros): INT_LZB ≤ INT makes February … December 0
  assert.equal(monthReleased(plan, 'A', 'w', 'INT_LZB', m('2014-01')), false);
  for (let k = m('2014-02'); k <= m('2014-12'); k++)
    assert.equal(monthReleased(plan, 'A', 'w', 'INT_LZB', k), true);
  // March: the Träger's 20 is C's 20, so the withheld A and B share 0
  assert.equal(plan.derivedShown('B', 'w', 'INT_LZB', m('2014-03')), true);
  assert.equal(monthReleased(plan, 'B', 'w', 'INT_LZB', m('2014-04')), false, 'B had 40');
});

/** per unit of SIZE: every part below its whole (relations.ts), every flow in one out */
const SHARE: Partial<Record<BaseQuantity, number>> = {
  ELB: 8,
  ELB_AE: 4,
  LZB: 4,
  LZB_AKTIV: 2,
  INT: 4,
  INT_SVB: 2,
  INT_AE: 2,
  INT_LZB: 2,
  INT_BEDARFSDECKEND: 2,
};

/**
 * Counts that keep every identity of the data (relations.ts, lines.ts): each quantity of a unit
 * and sex is one number each month, insgesamt = m + w, the Träger's the sum.
 */
function consistentInput(special: Record<string, number>): ReleaseInput {
  const units = ['A', 'B', 'C'];
  const bySex = (u: string, s: Sex, q: BaseQuantity, month: number) =>
    special[`${u}|${s}|${q}|${month}`] ?? SIZE[u]! * (SHARE[q] ?? 1);
  return withTraeger(units, (u, s, q, month) =>
    s === 'insgesamt' ? bySex(u, 'm', q, month) + bySex(u, 'w', q, month) : bySex(u, s, q, month),
  );
}

test('the audit: a partner whose month is shown as a worked-out 0 protects nothing, another partner joins', () => {
  const march = m('2014-03');
  // women of A: 2 integrations of LZB in March 2014; women of B: no integration at all in March
  const special: Record<string, number> = { [`A|w|INT_LZB|${march}`]: 2 };
  for (const q of [
    'INT',
    'INT_SVB',
    'INT_AE',
    'INT_LZB',
    'INT_BEDARFSDECKEND',
    'INT_NACHHALTIG',
    'INT_KONTINUIERLICH',
  ] as const)
    special[`B|w|${q}|${march}`] = 0;
  const data = consistentInput(special);
  // the rules alone pair A with B, the largest sibling — whose March is a shown 0 (INT_LZB ≤ INT),
  // so A's 2 is the Träger's count minus C's
  const rules = planRelease(data, RULES_ONLY);
  assert.equal(rules.status('B', 'w', 'INT_LZB', 2014), 'jahr');
  assert.equal(rules.status('C', 'w', 'INT_LZB', 2014), 'monate');
  assert.equal(monthReleased(rules, 'B', 'w', 'INT_LZB', march), true);
  const exposedByRules = auditRelease(data, viewOf(rules)).exposed.map((e) => e.key);
  assert.ok(exposedByRules.includes(`A|w|INT_LZB|2014`), exposedByRules.join(', '));

  const plan = planRelease(data);
  assert.notEqual(plan.status('C', 'w', 'INT_LZB', 2014), 'monate', 'C joins the tree line');
  assert.equal(monthReleased(plan, 'A', 'w', 'INT_LZB', march), false);
  assert.deepEqual(auditRelease(data, viewOf(plan)).exposed, []);
});

function viewOf(plan: ReleasePlan) {
  return {
    month: (u: string, s: Sex, q: BaseQuantity, k: number) => monthReleased(plan, u, s, q, k),
    kennzahl: (u: string, s: Sex, id: KennzahlId, k: number) => kennzahlReleased(plan, u, s, id, k),
  };
}
