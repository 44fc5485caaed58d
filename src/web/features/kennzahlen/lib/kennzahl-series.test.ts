import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StoredValue } from '../../../lib/types.ts';
import { figureOf, indexFigures, monthRange } from './kennzahl-series.ts';

const row = (
  metric: string,
  sex: 'insgesamt' | 'm' | 'w',
  month: string,
  value: number,
  zaehler: number | null,
  nenner: number | null,
  kind: 'kennzahl' | 'grundgroesse' = 'kennzahl',
): StoredValue => ({
  unitId: 'X',
  month,
  sex,
  kind,
  metric,
  value,
  zaehler,
  nenner,
  quality: 'final',
  datenstandId: 1,
  stand: '2016-04-30',
  source: 'mikrodaten',
});

test('without microdata rights a quota on 1 integration is hidden, a large one shown; with rights both', () => {
  // Legden 12/2014 (demo data): K2E4 of men rests on 1 integration of 2.08 single parents on average
  const values = [
    row('K2E4', 'm', '2014-12', 48, 1, 2.0833),
    row('K2E4', 'insgesamt', '2014-12', 16.4, 3, 18.25),
  ];
  const hidden = indexFigures(values, [], true);
  assert.deepEqual(figureOf(hidden, 'K2E4', 'm', '2014-12'), {
    value: null,
    zaehler: null,
    nenner: null,
    quality: 'final',
    suppressed: true,
  });
  assert.equal(figureOf(hidden, 'K2E4', 'insgesamt', '2014-12')?.value, 16.4);
  assert.equal(figureOf(indexFigures(values, [], false), 'K2E4', 'm', '2014-12')?.value, 48);
});

test('one hidden sex beside the total hides the other sex too (it would follow by subtraction)', () => {
  // K2 12/2014: 2 integrations of women (small), 40 of men, 42 in total → men = 42 − 2 would give women away
  const values = [
    row('K2', 'w', '2014-12', 1.9, 2, 105),
    row('K2', 'm', '2014-12', 30, 40, 133),
    row('K2', 'insgesamt', '2014-12', 17.7, 42, 238),
  ];
  const index = indexFigures(values, [], true);
  assert.deepEqual(
    ['insgesamt', 'w', 'm'].map((s) => figureOf(index, 'K2', s as 'w', '2014-12')?.suppressed),
    [false, true, true],
  );
});

test('an averaged LZB Zugangsrate rests on the Zugänge of its twelve months', () => {
  const months = monthRange('2014-01', '2014-12');
  assert.equal(months.length, 12);
  const rate = [row('K3E3', 'w', '2014-12', 0.4, 4.8, 12)];
  // Σ12 ZUGANG_LZB = 11·0 + 2 = 2 → small; with one more Zugang in March (Σ = 3) it is shown
  const two = months.map((m) =>
    row('ZUGANG_LZB', 'w', m, m === '2014-12' ? 2 : 0, null, null, 'grundgroesse'),
  );
  assert.equal(figureOf(indexFigures(rate, two, true), 'K3E3', 'w', '2014-12')?.suppressed, true);
  const three = two.map((r) => (r.month === '2014-03' ? { ...r, value: 1 } : r));
  assert.equal(
    figureOf(indexFigures(rate, three, true), 'K3E3', 'w', '2014-12')?.suppressed,
    false,
  );
  // events not loaded for all twelve months: cannot tell, so protected
  assert.equal(
    figureOf(indexFigures(rate, three.slice(1), true), 'K3E3', 'w', '2014-12')?.suppressed,
    true,
  );
});
