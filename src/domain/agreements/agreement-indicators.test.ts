import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFixtureAgreement } from './agreement-fixture.ts';
import { targetsOf } from './agreement.ts';
import { indicatorIdsOf } from './agreement-indicators.ts';

test('the local indicators an agreement measures on: criteria, composite rules and split parts', () => {
  const content = buildFixtureAgreement();
  assert.deepEqual(indicatorIdsOf(content), []);
  const [first, second] = targetsOf(content);
  first!.criterion = {
    kind: 'monitoring',
    metric: { source: 'lokal', indicatorId: 'U25', aggregation: 'jahresdurchschnitt' },
  };
  second!.criterion = {
    kind: 'zusammengesetzt',
    combine: 'regel',
    parts: [],
    ruleText: null,
    rule: {
      kind: 'keine_erhoehung',
      metric: { source: 'lokal', indicatorId: 'AE_AKTIV', aggregation: 'monatswert' },
      decimals: 0,
    },
  };
  second!.split = {
    parts: [
      {
        sex: 'w',
        criterion: {
          kind: 'monitoring',
          metric: { source: 'lokal', indicatorId: 'U25', aggregation: 'monatswert' },
        },
      },
    ],
  };
  assert.deepEqual(indicatorIdsOf(content), ['U25', 'AE_AKTIV']);
});
