import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mayDecideAttainment, mayTakeAction } from './party-rights.ts';

test('both sides offer, negotiate and sign; only the steering side closes the assessment and decides', () => {
  for (const action of ['anbieten', 'verhandeln', 'zurueckziehen', 'unterzeichnen'] as const) {
    assert.equal(mayTakeAction('ziel', action), true, action);
    assert.equal(mayTakeAction('steuernd', action), true, action);
  }
  assert.equal(mayTakeAction('ziel', 'bewerten'), false);
  assert.equal(mayTakeAction('steuernd', 'bewerten'), true);
  assert.equal(mayDecideAttainment('ziel'), false);
  assert.equal(mayDecideAttainment('steuernd'), true);
});
