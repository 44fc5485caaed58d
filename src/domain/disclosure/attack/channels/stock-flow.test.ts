import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attack, base, KREIS, series } from '../test-helpers.ts';

describe('stockFlow: ELB(m) = ELB(m−1) + ZUGANG_ELB(m) − ABGANG_ELB(m)', () => {
  it('recovers a withheld flow from the stocks and the other flow', () => {
    const a = attack(
      {
        figures: [
          base('A', '2013-03', 'w', 'ELB', 100),
          base('A', '2013-04', 'w', 'ELB', 101),
          base('A', '2013-04', 'w', 'ZUGANG_ELB', 3),
          base('A', '2013-04', 'w', 'ABGANG_ELB', 'kleine_zahl'),
        ],
        units: KREIS,
      },
      { channels: ['stockFlow'] },
    );
    assert.equal(a.value('A', 'w', 'ABGANG_ELB', '2013-04'), 2);
  });

  it('does not use the identity where the shown months contradict it', () => {
    const a = attack(
      {
        figures: [
          ...series('A', '2013-01', 'w', 'ELB', [100, 90, 100, 101]),
          ...series('A', '2013-02', 'w', 'ZUGANG_ELB', [0, 10, 3]),
          ...series('A', '2013-02', 'w', 'ABGANG_ELB', [5, 0, 'kleine_zahl']),
        ],
        units: KREIS,
      },
      { channels: ['stockFlow'] },
    );
    assert.equal(a.value('A', 'w', 'ABGANG_ELB', '2013-04'), null);
  });

  it('uses it for LZB above the örtliche Jobcenter only, where twelve shown months confirm it', () => {
    // LZB 50, 51, … with ZUGANG_LZB 3, ABGANG_LZB 2 every month: confirmed 12 times
    const lzb = (unit: string) => [
      ...series(unit, '2013-01', 'insgesamt', 'LZB', [
        ...Array.from({ length: 13 }, (_, i) => 50 + i),
        'rueckrechnung',
      ]),
      ...series(unit, '2013-02', 'insgesamt', 'ZUGANG_LZB', [...Array(12).fill(3), 3]),
      ...series(unit, '2013-02', 'insgesamt', 'ABGANG_LZB', [...Array(12).fill(2), 2]),
    ];
    const traeger = attack({ figures: lzb('T'), units: KREIS }, { channels: ['stockFlow'] });
    assert.equal(traeger.value('T', 'insgesamt', 'LZB', '2014-02'), 63);
    const jobcenter = attack({ figures: lzb('A'), units: KREIS }, { channels: ['stockFlow'] });
    assert.equal(
      jobcenter.value('A', 'insgesamt', 'LZB', '2014-02'),
      null,
      'LZB move between Jobcenter',
    );
  });
});
