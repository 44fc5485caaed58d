import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attack, base, kennzahl, ONE_UNIT } from '../test-helpers.ts';
import type { SeenFigure } from '../figures.ts';

/**
 * K1E3 sends Σ12 ZUGANG_ELB as zaehler and Σ12 ELB as nenner (contract version 2). From 2013-05 to
 * 2013-06 the zaehler moves from 40 to 32: Z(2013-06) − Z(2012-06) = −8, and with Z(2012-06) = 10
 * shown, Z(2013-06) = 2. The nenner moves from 4850 to 4800: ELB(2013-06) − ELB(2012-06) = −50,
 * so ELB(2013-06) = 500 − 50 = 450.
 */
function figures(): SeenFigure[] {
  const k1e3 = (month: string, zaehler: number, nenner: number) =>
    kennzahl('A', month, 'insgesamt', 'K1E3', [zaehler, nenner]);
  return [
    base('A', '2012-06', 'insgesamt', 'ELB', 500),
    base('A', '2012-06', 'insgesamt', 'ZUGANG_ELB', 10),
    base('A', '2013-06', 'insgesamt', 'ELB', 'rueckrechnung'),
    base('A', '2013-06', 'insgesamt', 'ZUGANG_ELB', 'kleine_zahl'),
    k1e3('2013-05', 40, 4850),
    k1e3('2013-06', 32, 4800),
  ];
}

describe('averagedRates: Σ12 flows and Σ12 stocks are rolling sums', () => {
  it('recovers the flow from consecutive zaehler: F(m) = F(m−12) + Σ12(m) − Σ12(m−1)', () => {
    const a = attack({ figures: figures(), units: ONE_UNIT }, { channels: ['averagedRates'] });
    assert.equal(a.value('A', 'insgesamt', 'ZUGANG_ELB', '2013-06'), 2);
  });

  it('recovers the stock from consecutive nenner, no stock known first', () => {
    const a = attack(
      { figures: figures(), units: ONE_UNIT },
      { channels: ['averagedRates'], useReasons: false },
    );
    assert.equal(a.value('A', 'insgesamt', 'ELB', '2013-06'), 450);
  });

  it('K1E4 reads the stock of the month before: its nenner is Σ12 ELB of m−1', () => {
    // nenner 4850 = Σ ELB(2012-04 … 2013-04), 4800 = Σ ELB(2012-05 … 2013-05): ELB(2013-05) =
    // ELB(2012-05) − 50 = 450
    const a = attack(
      {
        figures: [
          base('A', '2012-05', 'insgesamt', 'ELB', 500),
          base('A', '2013-05', 'insgesamt', 'ELB', 'rueckrechnung'),
          kennzahl('A', '2013-05', 'insgesamt', 'K1E4', [30, 4850]),
          kennzahl('A', '2013-06', 'insgesamt', 'K1E4', [31, 4800]),
        ],
        units: ONE_UNIT,
      },
      { channels: ['averagedRates'], useReasons: false },
    );
    assert.equal(a.value('A', 'insgesamt', 'ELB', '2013-05'), 450);
  });

  it('nothing without the channel', () => {
    const a = attack({ figures: figures(), units: ONE_UNIT }, { channels: ['sexes'] });
    assert.equal(a.value('A', 'insgesamt', 'ZUGANG_ELB', '2013-06'), null);
  });
});
