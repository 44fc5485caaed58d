import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attack, base, ONE_UNIT } from '../test-helpers.ts';

describe('subsets: a part is at most its whole', () => {
  it('pins a part of 1 or 2 where the whole is known to be 1', () => {
    const a = attack(
      {
        figures: [
          base('A', '2014-02', 'm', 'ELB_AE', 'kleine_zahl'),
          base('A', '2014-03', 'm', 'INT_AE', 'kleine_zahl'),
          base('A', '2014-03', 'm', 'LZB', 0),
          base('A', '2014-03', 'm', 'LZB_AKTIV', 'rueckrechnung'),
        ],
        units: ONE_UNIT,
      },
      { channels: ['subsets'] },
    );
    assert.equal(a.value('A', 'm', 'LZB_AKTIV', '2014-03'), 0, 'LZB_AKTIV ≤ LZB = 0');
    assert.deepEqual(a.bounds('A', 'm', 'INT_AE', '2014-03'), [1, 2], 'INT_AE ≤ ELB_AE(m−1) ≤ 2');
  });

  it('chains: INT_NACHHALTIG ≤ INT_SVB ≤ INT', () => {
    const a = attack(
      {
        figures: [
          base('A', '2014-03', 'w', 'INT', 'kleine_zahl'),
          base('A', '2014-03', 'w', 'INT_SVB', 'kleine_zahl'),
          base('A', '2014-03', 'w', 'INT_NACHHALTIG', 'kleine_zahl'),
          base('A', '2014-02', 'w', 'ELB', 1), // a stock of 1 shown only to show the rule
        ],
        units: ONE_UNIT,
      },
      { channels: ['subsets'] },
    );
    // INT(m) ≤ ELB(m−1) = 1, so INT = 1, and the parts of 1 or 2 of it are 1
    assert.equal(a.value('A', 'w', 'INT', '2014-03'), 1);
    assert.equal(a.value('A', 'w', 'INT_SVB', '2014-03'), 1);
    assert.equal(a.value('A', 'w', 'INT_NACHHALTIG', '2014-03'), 1);
  });
});
