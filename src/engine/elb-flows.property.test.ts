/**
 * The eLb flows by the movement concept (kennzahlen.md §2, contract version 2) on generated
 * microdata: short, overlapping, adjacent and gapped rows in units of two Länder, moves inside
 * and between Träger. For every unit of every level, month and sex the engine must agree with a
 * day-by-day reading of the contract (fixtures/oracle-flows.ts), and its figures must satisfy
 * ELB(m) = ELB(m−1) + ZUGANG_ELB(m) − ABGANG_ELB(m).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { SEXES } from '../domain/kpi/catalog.ts';
import { monthsBetween, parseMonth } from '../domain/shared/month.ts';
import { dayOf, isoOf } from './fixtures/days.ts';
import type { ElbRow, Microdata } from './fixtures/microdata.ts';
import { flowKey, oracleFlows } from './fixtures/oracle-flows.ts';
import { RANDOM_TREE } from './fixtures/random.ts';
import { computeMicrodata, type FixtureResult } from './fixtures/run.ts';

const LEAVES = ['J1', 'J2', 'J3', 'T2', 'J4', 'J5', 'T4'];
const FIRST = dayOf('2013-01-01');
const LAST = dayOf('2013-06-30');
const MONTHS = monthsBetween(parseMonth('2013-01'), parseMonth('2013-06'));

/**
 * A person's rows follow each other: each begins `step` days after the previous one's last day
 * (1 = adjacent, 2 = a one-day gap, ≤ 0 = overlapping), in the same unit, a sibling or any leaf;
 * a stray row anywhere may win or lose against them. Rows last 1 … 41 days, so several fit into
 * one month.
 */
const rowArbitrary = fc.record({
  unit: fc.constantFrom(...LEAVES),
  days: fc.integer({ min: 0, max: 40 }),
  step: fc.integer({ min: -8, max: 3 }),
  ae: fc.constantFrom<0 | 1>(0, 1),
});
const personArbitrary = fc.record({
  sex: fc.constantFrom('m', 'w', 'd'),
  start: fc.integer({ min: 0, max: 150 }),
  rows: fc.array(rowArbitrary, { minLength: 1, maxLength: 6 }),
  open: fc.boolean(),
  stray: fc.option(
    fc.record({
      unit: fc.constantFrom(...LEAVES),
      start: fc.integer({ min: 0, max: 170 }),
      days: fc.integer({ min: 0, max: 20 }),
    }),
  ),
});

type Person = typeof personArbitrary extends fc.Arbitrary<infer T> ? T : never;

function microdata(persons: Person[]): Microdata {
  const elb: ElbRow[] = [];
  persons.forEach((p, i) => {
    const row = (unit: string, von: number, bis: number | null, ae: 0 | 1) =>
      elb.push({
        person_id: `p${i}`,
        einheit_id: unit,
        bg_id: `bg${i}_${elb.length}`,
        von: isoOf(von),
        bis: bis === null ? '' : isoOf(Math.min(bis, LAST)),
        alleinerziehend: ae,
      });
    let von = FIRST + p.start;
    p.rows.forEach((r, j) => {
      if (von > LAST) return;
      const open = p.open && j === p.rows.length - 1;
      row(r.unit, von, open ? null : von + r.days, r.ae);
      von = von + r.days + r.step;
    });
    if (p.stray) row(p.stray.unit, FIRST + p.stray.start, FIRST + p.stray.start + p.stray.days, 0);
  });
  return {
    einheiten: RANDOM_TREE,
    personen: persons.map((p, i) => ({
      person_id: `p${i}`,
      geschlecht: p.sex,
      geburtsdatum: '1970-01-01',
    })),
    elb_zeiten: elb,
    // Amounts 0 pin the observation period to 2013-01 … 2013-06.
    leistungen: [
      { bg_id: 'anchor', einheit_id: 'J1', monat: '2013-01', llu: 0, luh: 0 },
      { bg_id: 'anchor', einheit_id: 'J1', monat: '2013-06', llu: 0, luh: 0 },
    ],
    beschaeftigungen: [],
    massnahmen: [],
  };
}

/** Every disagreement with the oracle and every broken identity, as text. */
function problems(data: Microdata, r: FixtureResult): string[] {
  const want = oracleFlows(data);
  const out: string[] = [];
  for (const { id } of RANDOM_TREE) {
    for (const sex of SEXES) {
      MONTHS.forEach((month, i) => {
        for (const q of ['ELB', 'ZUGANG_ELB', 'ABGANG_ELB'] as const) {
          const got = r.value(id, month, q, sex);
          const expected = want.get(flowKey(id, month, sex, q));
          if (got !== expected)
            out.push(`${q}(${id}, ${month}, ${sex}) = ${got}, oracle ${expected}`);
        }
        if (i === 0) return;
        const stock = (m: string) => r.value(id, m, 'ELB', sex)!;
        const change =
          r.value(id, month, 'ZUGANG_ELB', sex)! - r.value(id, month, 'ABGANG_ELB', sex)!;
        if (stock(month) !== stock(MONTHS[i - 1]!) + change)
          out.push(`identity broken: ${id} ${month} ${sex}`);
      });
    }
  }
  return out;
}

test('generated microdata: flows and stocks of every unit, month and sex agree with a day-by-day reading, and the stock identity holds', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(personArbitrary, { minLength: 1, maxLength: 8 }), async (persons) => {
      const data = microdata(persons);
      const r = await computeMicrodata(data, '2013-01', '2013-06');
      assert.deepEqual(problems(data, r), []);
    }),
    { numRuns: 40, seed: 20261207 },
  );
});
