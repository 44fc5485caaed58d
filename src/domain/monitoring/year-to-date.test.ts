import { test } from 'node:test';
import assert from 'node:assert/strict';
import { aggregateYearToDate } from './year-to-date.ts';

const obs = (value: number, quality: 'final' | 'vorlaeufig' = 'final') => ({ value, quality });

test('Σ and Ø from January; quality is the worst month used', () => {
  const months = [obs(10), obs(20), obs(30, 'vorlaeufig'), obs(40)];
  // Σ: 10, 30, 60, 100; Ø: 10, 15, 20, 25
  assert.deepEqual(aggregateYearToDate(months, 'jahressumme'), [
    obs(10),
    obs(30),
    obs(60, 'vorlaeufig'),
    obs(100, 'vorlaeufig'),
  ]);
  assert.deepEqual(aggregateYearToDate(months, 'jahresdurchschnitt'), [
    obs(10),
    obs(15),
    obs(20, 'vorlaeufig'),
    obs(25, 'vorlaeufig'),
  ]);
});

test('a missing month breaks every later year-to-date value, not the earlier ones', () => {
  const months = [obs(1), null, obs(3), { value: null, quality: 'fehlend' as const }];
  assert.deepEqual(aggregateYearToDate(months, 'jahressumme'), [obs(1), null, null, null]);
  assert.deepEqual(aggregateYearToDate(months, 'monatswert'), months);
});
