import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildComparisonTable,
  type ComparisonInput,
  type StoredFigure,
} from './comparison-table.ts';

const f = (value: number, zaehler: number | null, nenner: number | null): StoredFigure => ({
  value,
  zaehler,
  nenner,
  quality: 'final',
  suppressed: null,
});
const withheld: StoredFigure = {
  value: null,
  zaehler: null,
  nenner: null,
  quality: 'final',
  suppressed: 'geschuetzt',
};

/** K2 (Σ12 INT / Ø12' ELB) of four örtliche Jobcenter and their Träger (the sum of the zaehler). */
const K2: Record<string, StoredFigure> = {
  A: f(20, 2, 10),
  B: f(25, 50, 200),
  C: f(30, 90, 300),
  D: f(40, 160, 400),
  T: f(30.2, 302, 1000),
};

function input(figures: Record<string, StoredFigure>): ComparisonInput {
  return {
    kennzahlen: ['K2'],
    month: '2014-12',
    members: ['A', 'B', 'C', 'D'].map((id) => ({ id, name: `Jobcenter ${id}` })),
    reference: { id: 'T', name: 'Träger' },
    figure: (unitId, id) => (id === 'K2' ? figures[unitId] : undefined),
  };
}

test('withheld cells (the disclosure control decided) carry no figure; the quartiles cover the shown cells only', () => {
  const { rows, suppressedAny, note } = buildComparisonTable(
    input({ ...K2, A: withheld, B: withheld }),
  );
  const row = rows[0]!;
  assert.deepEqual(
    row.cells.map((c) => [c.unitId, c.value, c.zaehler, c.suppressed, c.quality]),
    [
      ['A', null, null, 'geschuetzt', null],
      ['B', null, null, 'geschuetzt', null],
      ['C', 30, 90, null, 'final'],
      ['D', 40, 160, null, 'final'],
    ],
  );
  // quartiles over the shown values 30 and 40 only: Q1 = 30 + 0.25·10, median 35, Q3 37.5
  assert.deepEqual(row.distribution, { n: 2, min: 30, q1: 32.5, median: 35, q3: 37.5, max: 40 });
  assert.deepEqual(
    row.cells.map((c) => c.quarter),
    [null, null, 1, 4],
  );
  assert.equal(row.total?.value, 30.2, "the Träger's own figure stays exact");
  assert.equal(suppressedAny, true);
  assert.match(note ?? '', /1 oder 2 Personen/);
});

test('nothing withheld: every figure is shown, the quartiles cover all four, no note', () => {
  const body = buildComparisonTable(input(K2));
  const row = body.rows[0]!;
  assert.deepEqual(
    row.cells.map((c) => c.value),
    [20, 25, 30, 40],
  );
  // n = 4: Q1 h = 0.75 → 20 + 0.75·5 = 23.75; median h = 1.5 → 27.5; Q3 h = 2.25 → 30 + 0.25·10 = 32.5
  assert.deepEqual(row.distribution, { n: 4, min: 20, q1: 23.75, median: 27.5, q3: 32.5, max: 40 });
  assert.equal(body.note, null);
  assert.equal(body.suppressedAny, false);
});

test('a row names its Kennzahl as in the compared month (K2E3 before and after March 2019)', () => {
  const named = (month: string) =>
    buildComparisonTable({ ...input(K2), kennzahlen: ['K2E3', 'JDW_LZB'], month }).rows.map(
      (r) => r.name,
    );
  assert.deepEqual(named('2019-02'), [
    'Nachhaltigkeit der Integrationen',
    'Jahresfortschrittswert des durchschnittlichen LZB-Bestands',
  ]);
  assert.deepEqual(named('2019-12'), [
    'Kontinuierliche Beschäftigung nach Integration',
    'Jahresdurchschnittswert des LZB-Bestands',
  ]);
});
