/**
 * Träger and Land equal the sum of their children for every base quantity except
 * ZUGANG_ELB/ABGANG_ELB, which are at most that sum (kennzahlen.md §2) — checked on a seeded
 * random fixture (fixtures/random.ts), whose leaf stocks are also checked against an
 * independent plain reading of §2 (fixtures/oracle.ts).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASE_QUANTITIES, SEXES, quantityExistsForSex, type Sex } from '../domain/kpi/catalog.ts';
import { monthsBetween, parseMonth } from '../domain/shared/month.ts';
import { close } from './fixtures/expect.ts';
import { oracleFlows, type FlowQuantity } from './fixtures/oracle-flows.ts';
import { oracleKey, oracleValues } from './fixtures/oracle.ts';
import { RANDOM_TREE, randomMicrodata } from './fixtures/random.ts';
import { computeMicrodata, once } from './fixtures/run.ts';

const data = randomMicrodata(20140101, 150);
const run = once(() => computeMicrodata(data, '2011-01', '2013-12'));
const MONTHS = monthsBetween(parseMonth('2011-01'), parseMonth('2013-12'));
const FLOWS = new Set(['ZUGANG_ELB', 'ABGANG_ELB']);

test('every parent equals the sum of its children (flows of eLb: at most the sum)', async () => {
  const r = await run();
  const problems: string[] = [];
  let strictlyLess = 0;
  for (const parent of r.raw.einheiten) {
    const children = r.raw.einheiten.filter((u) => u.parentId === parent.id).map((u) => u.id);
    if (children.length === 0) continue;
    for (const month of MONTHS) {
      for (const sex of SEXES) {
        for (const q of BASE_QUANTITIES) {
          if (!quantityExistsForSex(q, sex)) continue;
          const own = r.value(parent.id, month, q, sex);
          const parts = children.map((c) => r.value(c, month, q, sex));
          const missing = parts.filter((v) => v === null).length;
          if (missing > 0 || own === null) {
            if (missing !== parts.length || own !== null)
              problems.push(
                `${q}(${parent.id}, ${month}, ${sex}): ${own} vs children ${parts.join(' ')}`,
              );
            continue;
          }
          const sum = parts.reduce<number>((a, v) => a + (v ?? 0), 0);
          const ok = FLOWS.has(q) ? own <= sum + 1e-9 : close(own, sum);
          if (!ok)
            problems.push(`${q}(${parent.id}, ${month}, ${sex}): ${own}, children sum ${sum}`);
          if (FLOWS.has(q) && own < sum) strictlyLess++;
        }
      }
    }
  }
  assert.deepEqual(problems.slice(0, 30), []);
  assert.ok(strictlyLess > 0, 'the fixture must contain moves that are flows of the children only');
});

test('the random fixture exercises every person-based quantity', async () => {
  const r = await run();
  const total = (q: (typeof BASE_QUANTITIES)[number]) =>
    MONTHS.reduce((a, m) => a + (r.value('L1', m, q) ?? 0) + (r.value('L2', m, q) ?? 0), 0);
  for (const q of BASE_QUANTITIES) assert.ok(total(q) > 0, `${q} is never positive`);
});

test('leaf stocks and payments agree with an independent reading of §2', async () => {
  const r = await run();
  const expected = oracleValues(data);
  const problems: string[] = [];
  for (const [key, want] of expected) {
    const [unit, month, sex, q] = key.split('|') as [
      string,
      string,
      (typeof SEXES)[number],
      'ELB' | 'ELB_AE' | 'LZB' | 'LLU',
    ];
    const got = r.value(unit, month, q, sex);
    if (!close(got, want))
      problems.push(`${oracleKey(unit, month, sex, q)}: expected ${want}, got ${got}`);
  }
  assert.ok(expected.size > 1000);
  assert.deepEqual(problems.slice(0, 30), []);
});

test('eLb flows and stocks of every level agree with a day-by-day reading of the movement concept', async () => {
  const r = await run();
  const expected = oracleFlows(data);
  const problems: string[] = [];
  let flows = 0;
  for (const [key, want] of expected) {
    const [unit, month, sex, q] = key.split('|') as [string, string, Sex, FlowQuantity];
    const got = r.value(unit, month, q, sex);
    if (got !== want) problems.push(`${key}: expected ${want}, got ${got}`);
    if (q !== 'ELB') flows += want ?? 0;
  }
  assert.equal(expected.size, RANDOM_TREE.length * 36 * 3 * 3);
  assert.ok(flows > 500, `the fixture has only ${flows} flows`);
  assert.deepEqual(problems.slice(0, 30), []);
});
