import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PROTECTED } from '../../../../domain/disclosure/control/mark.ts';
import type { ShownValue } from '../../../lib/types.ts';
import { figureOf, indexFigures, monthRange, withheldMonths } from './kennzahl-series.ts';

const row = (
  sex: 'insgesamt' | 'm' | 'w',
  month: string,
  value: number | null,
  zaehler: number | null,
  nenner: number | null,
  suppressed: ShownValue['suppressed'] = null,
): ShownValue => ({
  unitId: 'X',
  month,
  sex,
  kind: 'kennzahl',
  metric: 'K2',
  value,
  zaehler,
  nenner,
  quality: 'final',
  datenstandId: 1,
  stand: '2016-04-30',
  source: 'mikrodaten',
  suppressed,
});

test('a figure is shown exactly as the server sent it, withheld or not', () => {
  const index = indexFigures([
    row('w', '2014-12', null, null, null, PROTECTED),
    row('insgesamt', '2014-12', 17.7, 42, 238),
  ]);
  assert.deepEqual(figureOf(index, 'K2', 'w', '2014-12'), {
    value: null,
    zaehler: null,
    nenner: null,
    quality: 'final',
    suppressed: PROTECTED,
  });
  assert.equal(figureOf(index, 'K2', 'insgesamt', '2014-12')?.value, 17.7);
});

test('the browser hides nothing itself: a small count the server released stays shown', () => {
  // K2 of women rests on 2 integrations and men = total − women; the server released both
  const index = indexFigures([
    row('w', '2014-12', 1.9, 2, 105),
    row('m', '2014-12', 30, 40, 133),
    row('insgesamt', '2014-12', 17.7, 42, 238),
  ]);
  assert.deepEqual(
    (['insgesamt', 'w', 'm'] as const).map((s) => figureOf(index, 'K2', s, '2014-12')?.value),
    [17.7, 1.9, 30],
  );
  assert.ok([...index.values()].every((f) => f.suppressed === null));
});

test('withheldMonths names the months the server withheld, in order', () => {
  const months = monthRange('2014-01', '2014-04');
  assert.deepEqual(months, ['2014-01', '2014-02', '2014-03', '2014-04']);
  const index = indexFigures([
    row('w', '2014-01', null, null, null, PROTECTED),
    row('w', '2014-02', null, null, null, PROTECTED),
    row('w', '2014-03', 2.5, 3, 120),
    // missing (no value, not withheld) is no protection
    row('w', '2014-04', null, null, null),
  ]);
  assert.deepEqual(withheldMonths(index, 'K2', 'w', months), ['2014-01', '2014-02']);
  assert.deepEqual(withheldMonths(index, 'K2', 'm', months), []);
});
