import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PROTECTED } from '../../../../domain/disclosure/control/mark.ts';
import type { ShownValue } from '../../../lib/types.ts';
import { findRevisions, summariseQuality, toRanges } from './quality.ts';

const v = (
  metric: string,
  month: string,
  value: number | null,
  quality: ShownValue['quality'] = 'final',
  suppressed: ShownValue['suppressed'] = null,
): ShownValue => ({
  unitId: 'X',
  month,
  sex: 'insgesamt',
  kind: 'kennzahl',
  metric,
  value,
  zaehler: null,
  nenner: null,
  quality,
  datenstandId: 1,
  stand: '2016-04-30',
  source: 'mikrodaten',
  suppressed,
});

test('consecutive months become ranges, across a year end too', () => {
  assert.deepEqual(toRanges(['2012-03', '2012-01', '2012-02', '2012-12', '2013-01', '2013-05']), [
    '2012-01 – 2012-03',
    '2012-12 – 2013-01',
    '2013-05',
  ]);
  assert.deepEqual(toRanges([]), []);
});

test('a null value counts as missing whatever its flag; provisional months are listed', () => {
  const rows = summariseQuality(
    [
      v('K3', '2012-01', null),
      v('K3', '2012-02', null, 'final'),
      v('K3', '2012-03', 1.2),
      v('K3', '2012-04', 1.3, 'vorlaeufig'),
    ],
    ['K3', 'K2'],
  );
  assert.deepEqual(rows[0], {
    metric: 'K3',
    counts: { final: 1, vorlaeufig: 1, eingeschraenkt: 0, fehlend: 2 },
    withheld: 0,
    missing: ['2012-01 – 2012-02'],
    provisional: ['2012-04'],
  });
  assert.deepEqual(rows[1]!.counts, { final: 0, vorlaeufig: 0, eingeschraenkt: 0, fehlend: 0 });
});

test('a revision is a changed value of the same month; new months are not revisions', () => {
  const older = [v('K2', '2014-11', 24.1), v('K2', '2014-12', 24.6)];
  const newer = [v('K2', '2014-11', 24.1), v('K2', '2014-12', 24.8), v('K2', '2015-01', 2.0)];
  assert.deepEqual(findRevisions(older, newer), [
    { metric: 'K2', month: '2014-12', sex: 'insgesamt', before: 24.6, after: 24.8 },
  ]);
});

test('a withheld value is counted apart, not as missing', () => {
  const [row] = summariseQuality(
    [v('K2', '2014-01', null, 'final', PROTECTED), v('K2', '2014-02', null), v('K2', '2014-03', 2)],
    ['K2'],
  );
  assert.deepEqual(row, {
    metric: 'K2',
    counts: { final: 1, vorlaeufig: 0, eingeschraenkt: 0, fehlend: 1 },
    withheld: 1,
    missing: ['2014-02'],
    provisional: [],
  });
});

test('a figure withheld in one Datenstand and shown in the other is a revision of what is seen', () => {
  const older = [v('K2', '2014-11', null, 'final', PROTECTED), v('K2', '2014-12', 3.1)];
  const newer = [
    v('K2', '2014-11', null, 'final', PROTECTED),
    v('K2', '2014-12', null, 'final', PROTECTED),
  ];
  assert.deepEqual(findRevisions(older, newer), [
    { metric: 'K2', month: '2014-12', sex: 'insgesamt', before: 3.1, after: PROTECTED },
  ]);
});
