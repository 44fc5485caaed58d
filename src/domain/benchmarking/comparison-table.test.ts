import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { KennzahlId } from '../kpi/catalog.ts';
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
});

/** K2 (Σ12 INT / Ø12' ELB) of four örtliche Jobcenter and their Träger (the sum of the zaehler). */
const K2: Record<string, StoredFigure> = {
  A: f(20, 2, 10),
  B: f(25, 50, 200),
  C: f(30, 90, 300),
  D: f(40, 160, 400),
  T: f(30.2, 302, 1000),
};
/** K2E3 (sustained / svb integrations): C has 38 of 40 sustained, so 2 persons were not. */
const K2E3: Record<string, StoredFigure> = {
  A: f(50, 10, 20),
  B: f(60, 30, 50),
  C: f(95, 38, 40),
  D: f(70, 70, 100),
  T: f(71.1, 148, 210),
};

function input(
  isProtected: (unitId: string) => boolean,
  kennzahlen: KennzahlId[] = ['K2'],
): ComparisonInput {
  const table: Partial<Record<KennzahlId, Record<string, StoredFigure>>> = { K2, K2E3 };
  return {
    kennzahlen,
    members: ['A', 'B', 'C', 'D'].map((id) => ({ id, name: `Jobcenter ${id}` })),
    reference: { id: 'T', name: 'Träger' },
    figure: (unitId, id) => table[id]?.[unitId],
    events12: () => null,
    isProtected,
  };
}

test('without microdata rights: A rests on 2 integrations, B (next smallest) is hidden too because the total is shown', () => {
  const { rows, suppressedAny, note } = buildComparisonTable(input(() => true));
  const row = rows[0]!;
  assert.deepEqual(
    row.cells.map((c) => [c.unitId, c.value, c.zaehler, c.suppressed]),
    [
      ['A', null, null, 'kleine_zahl'],
      ['B', null, null, 'rueckrechnung'],
      ['C', 30, 90, null],
      ['D', 40, 160, null],
    ],
  );
  // quartiles over the shown values 30 and 40 only: Q1 = 30 + 0.25·10, median 35, Q3 37.5
  assert.deepEqual(row.distribution, { n: 2, min: 30, q1: 32.5, median: 35, q3: 37.5, max: 40 });
  assert.deepEqual(
    row.cells.map((c) => c.quarter),
    [null, null, 1, 4],
  );
  assert.equal(row.total?.value, 30.2);
  assert.equal(suppressedAny, true);
  assert.match(note ?? '', /1 oder 2 Personen/);
});

test('with microdata rights every figure is shown and the quartiles cover all four', () => {
  const row = buildComparisonTable(input(() => false)).rows[0]!;
  assert.deepEqual(
    row.cells.map((c) => c.value),
    [20, 25, 30, 40],
  );
  // n = 4: Q1 h = 0.75 → 20 + 0.75·5 = 23.75; median h = 1.5 → 27.5; Q3 h = 2.25 → 30 + 0.25·10 = 32.5
  assert.deepEqual(row.distribution, { n: 4, min: 20, q1: 23.75, median: 27.5, q3: 32.5, max: 40 });
  assert.equal(buildComparisonTable(input(() => false)).note, null);
});

test('a share reveals its complement: 38 of 40 sustained means 2 persons were not', () => {
  const row = buildComparisonTable(input(() => true, ['K2E3'])).rows[0]!;
  // C: complement 40 − 38 = 2 → kleine_zahl; smallest other cell A (min count 10) → rueckrechnung
  assert.deepEqual(
    row.cells.map((c) => c.suppressed),
    ['rueckrechnung', null, 'kleine_zahl', null],
  );
});

test('an averaged rate whose events are unknown is protected; money never is', () => {
  const only = (id: KennzahlId, figure: StoredFigure): ComparisonInput => ({
    kennzahlen: [id],
    members: [{ id: 'A', name: 'A' }],
    reference: null,
    figure: () => figure,
    events12: () => null,
    isProtected: () => true,
  });
  assert.equal(
    buildComparisonTable(only('K3E3', f(1.7, 20.2, 12))).rows[0]!.cells[0]!.suppressed,
    'kleine_zahl',
  );
  assert.equal(buildComparisonTable(only('K1', f(3.2, 1, 2))).rows[0]!.cells[0]!.suppressed, null);
  const known: ComparisonInput = { ...only('K3E3', f(1.7, 20.2, 12)), events12: () => 14 };
  assert.equal(buildComparisonTable(known).rows[0]!.cells[0]!.suppressed, null);
});
