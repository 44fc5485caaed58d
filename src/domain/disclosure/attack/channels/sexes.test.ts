import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attack, base, ONE_UNIT } from '../test-helpers.ts';

describe('sexes: insgesamt = m + w', () => {
  it('recovers m from insgesamt − w and w from insgesamt − m', () => {
    const a = attack(
      {
        figures: [
          base('A', '2013-05', 'insgesamt', 'INT_AE', 7),
          base('A', '2013-05', 'm', 'INT_AE', 'kleine_zahl'),
          base('A', '2013-05', 'w', 'INT_AE', 5),
          base('A', '2013-06', 'insgesamt', 'ELB', 300),
          base('A', '2013-06', 'm', 'ELB', 140),
          base('A', '2013-06', 'w', 'ELB', 160),
          base('A', '2013-07', 'insgesamt', 'LZB_AKTIV', 4),
          base('A', '2013-07', 'm', 'LZB_AKTIV', 3),
          base('A', '2013-07', 'w', 'LZB_AKTIV', 'kleine_zahl'),
        ],
        units: ONE_UNIT,
      },
      { channels: ['sexes'] },
    );
    assert.equal(a.result.model.facts.sexesAddUp, true);
    assert.equal(a.value('A', 'm', 'INT_AE', '2013-05'), 2);
    assert.equal(a.value('A', 'w', 'LZB_AKTIV', '2013-07'), 1);
  });

  it('where the shown figures count persons of other sex, uses insgesamt ≥ m + w only', () => {
    const a = attack(
      {
        figures: [
          base('A', '2013-06', 'insgesamt', 'ELB', 301),
          base('A', '2013-06', 'm', 'ELB', 140),
          base('A', '2013-06', 'w', 'ELB', 160),
          base('A', '2013-05', 'insgesamt', 'INT_AE', 7),
          base('A', '2013-05', 'm', 'INT_AE', 'kleine_zahl'),
          base('A', '2013-05', 'w', 'INT_AE', 5),
        ],
        units: ONE_UNIT,
      },
      { channels: ['sexes'] },
    );
    assert.equal(a.result.model.facts.sexesAddUp, false);
    assert.equal(a.value('A', 'm', 'INT_AE', '2013-05'), null);
    assert.deepEqual(a.bounds('A', 'm', 'INT_AE', '2013-05'), [1, 2]);
  });
});
