import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { coveredDays, isIsoDate } from './test-helpers.ts';

describe('test helpers', () => {
  it('counts covered days once across overlaps and clips to the window', () => {
    assert.equal(
      coveredDays(
        [
          [0, 9],
          [5, 14],
          [20, 20],
        ],
        0,
        100,
      ),
      16,
    );
    assert.equal(
      coveredDays(
        [
          [0, 9],
          [5, 14],
        ],
        10,
        12,
      ),
      3,
    );
    assert.equal(
      coveredDays(
        [
          [3, 4],
          [0, 10],
        ],
        0,
        10,
      ),
      11,
    );
  });
  it('accepts only real ISO dates', () => {
    assert.ok(isIsoDate('2014-02-28'));
    assert.ok(!isIsoDate('2014-02-30'));
    assert.ok(!isIsoDate('2014-2-28'));
  });
});
