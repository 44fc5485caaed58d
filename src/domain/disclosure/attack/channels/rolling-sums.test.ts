import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attack, base, kennzahl, ONE_UNIT, series } from '../test-helpers.ts';

describe('rolling12: consecutive twelve-month numerators of a quota', () => {
  // K2(2013-01) = Σ INT(2012-02 … 2013-01) = 30, K2(2013-02) = Σ INT(2012-03 … 2013-02) = 31,
  // so INT(2013-02) − INT(2012-02) = 1; INT(2012-02) = 1 is shown, INT(2013-02) withheld.
  const figures = [
    base('A', '2012-02', 'insgesamt', 'INT', 1),
    base('A', '2013-02', 'insgesamt', 'INT', 'kleine_zahl'),
    kennzahl('A', '2013-01', 'insgesamt', 'K2', [30, 1203 / 12]),
    kennzahl('A', '2013-02', 'insgesamt', 'K2', [31, 1210 / 12]),
  ];

  it('recovers X(m) = X(m−12) + Σ12(m) − Σ12(m−1)', () => {
    const a = attack({ figures, units: ONE_UNIT }, { channels: ['rolling12'] });
    assert.equal(a.value('A', 'insgesamt', 'INT', '2013-02'), 2);
    assert.equal(
      a.result.pins.get(a.result.model.space.find('A|insgesamt|INT|24157')!)?.channel,
      'rolling12',
    );
  });

  it('needs neither the mark nor any other channel, and nothing without it', () => {
    const alone = attack(
      { figures, units: ONE_UNIT },
      { channels: ['rolling12'], useReasons: false },
    );
    assert.equal(alone.value('A', 'insgesamt', 'INT', '2013-02'), 2);
    const without = attack({ figures, units: ONE_UNIT }, { channels: ['sexes', 'tree'] });
    assert.equal(without.value('A', 'insgesamt', 'INT', '2013-02'), null);
  });

  it('reads the denominator: 12 · Ø12′ ELB differs by ELB(m−1) − ELB(m−13)', () => {
    // 12·nenner: 1203 (2013-01) and 1210 (2013-02): ELB(2013-01) = ELB(2012-01) + 7
    const a = attack(
      {
        figures: [
          ...figures,
          base('A', '2012-01', 'insgesamt', 'ELB', 97),
          base('A', '2013-01', 'insgesamt', 'ELB', 'rueckrechnung'),
        ],
        units: ONE_UNIT,
      },
      { channels: ['rolling12'] },
    );
    assert.equal(a.value('A', 'insgesamt', 'ELB', '2013-01'), 104);
  });

  it('recovers a month from the whole window when the other eleven are shown', () => {
    const a = attack(
      {
        figures: [
          ...series('A', '2012-02', 'w', 'EIN_GB', [
            0,
            3,
            0,
            4,
            0,
            0,
            5,
            0,
            0,
            3,
            0,
            'kleine_zahl',
          ]),
          kennzahl('A', '2013-01', 'w', 'K2E1', [16, 50]),
        ],
        units: ONE_UNIT,
      },
      { channels: ['rolling12'] },
    );
    assert.equal(a.value('A', 'w', 'EIN_GB', '2013-01'), 1);
  });
});
