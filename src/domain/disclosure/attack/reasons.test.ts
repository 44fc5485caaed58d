import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attack, base, kennzahl, ONE_UNIT, series } from './test-helpers.ts';

describe('marks of withheld figures', () => {
  it('a base quantity withheld as kleine_zahl is 1 or 2, one withheld as rueckrechnung is not', () => {
    const a = attack(
      {
        figures: [
          base('A', '2014-01', 'm', 'INT', 'kleine_zahl'),
          base('A', '2014-01', 'w', 'INT', 'rueckrechnung'),
        ],
        units: ONE_UNIT,
      },
      { channels: [] },
    );
    assert.deepEqual(a.bounds('A', 'm', 'INT', '2014-01'), [1, 2]);
    assert.equal(a.result.knowledge.notSmall[a.result.model.space.find('A|w|INT|24168')!], true);
  });

  it('a Kennzahl withheld as kleine_zahl whose denominator is large rests on a small numerator', () => {
    // K2E4(2014-12) withheld, ELB_AE shown (≥ 3 every month): Σ12 INT_AE ∈ [1, 2]; with two
    // withheld months (each ≥ 1) and ten shown zeros, both are 1
    const months = [0, 0, 'kleine_zahl', 0, 0, 0, 0, 0, 'kleine_zahl', 0, 0, 0] as const;
    const a = attack(
      {
        figures: [
          ...series('A', '2014-01', 'w', 'INT_AE', [...months]),
          ...series('A', '2013-12', 'w', 'ELB_AE', Array(12).fill(40)),
          kennzahl('A', '2014-12', 'w', 'K2E4', 'kleine_zahl'),
        ],
        units: ONE_UNIT,
      },
      { channels: [] },
    );
    assert.equal(a.value('A', 'w', 'S12:INT_AE', '2014-12'), 2);
    assert.equal(a.value('A', 'w', 'INT_AE', '2014-03'), 1);
    assert.equal(a.value('A', 'w', 'INT_AE', '2014-09'), 1);
    const blind = attack(
      {
        figures: [
          ...series('A', '2014-01', 'w', 'INT_AE', [...months]),
          kennzahl('A', '2014-12', 'w', 'K2E4', 'kleine_zahl'),
        ],
        units: ONE_UNIT,
      },
      { channels: [], useReasons: false },
    );
    assert.equal(blind.value('A', 'w', 'INT_AE', '2014-03'), null);
  });

  it('an averaged rate withheld for want of its flows says nothing about them', () => {
    // the twelve months of ZUGANG_LZB before 2014-03 reach back before the fetched months
    const a = attack(
      {
        figures: [
          ...series('A', '2014-01', 'm', 'ZUGANG_LZB', ['kleine_zahl', 0, 0]),
          kennzahl('A', '2014-03', 'm', 'K3E3', 'kleine_zahl'),
        ],
        units: ONE_UNIT,
      },
      { channels: [] },
    );
    assert.deepEqual(a.bounds('A', 'm', 'S12:ZUGANG_LZB', '2014-03'), [1, Infinity]);
  });
});
