import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attack, base, kennzahl, ONE_UNIT } from '../test-helpers.ts';
import type { SeenFigure } from '../figures.ts';

/**
 * K1E3 sends Σ12 of monthly rates 100·ZUGANG_ELB(k)/ELB(k). From 2013-05 to 2013-06 the sum moves
 * by 100·Z(2013-06)/ELB(2013-06) − 100·Z(2012-06)/ELB(2012-06) = 100·2/400 − 100·10/500 = −1.5.
 * The sums are sent exact (many decimals), so the attacker reads them up to the float error.
 */
function figures(difference: number): SeenFigure[] {
  const k1e3 = (month: string, zaehler: number) => ({
    ...kennzahl('A', month, 'insgesamt', 'K1E3', [zaehler, 12]),
    value: zaehler / 12,
  });
  return [
    base('A', '2012-06', 'insgesamt', 'ELB', 500),
    base('A', '2012-06', 'insgesamt', 'ZUGANG_ELB', 10),
    base('A', '2013-06', 'insgesamt', 'ELB', 400),
    base('A', '2013-06', 'insgesamt', 'ZUGANG_ELB', 'kleine_zahl'),
    k1e3('2013-05', 41.637123456789),
    k1e3('2013-06', 41.637123456789 + difference),
  ];
}

describe('averagedRates: Σ of monthly rates once the stocks are known', () => {
  it('recovers the flow: Z(m) = ELB(m) · (Δ/100 + Z(m−12)/ELB(m−12))', () => {
    const a = attack({ figures: figures(-1.5), units: ONE_UNIT }, { channels: ['averagedRates'] });
    assert.equal(a.value('A', 'insgesamt', 'ZUGANG_ELB', '2013-06'), 2);
  });

  it('takes the float error of the rates as an interval around one integer', () => {
    const a = attack(
      { figures: figures(-1.5 + 3e-13), units: ONE_UNIT },
      { channels: ['averagedRates'] },
    );
    assert.equal(a.value('A', 'insgesamt', 'ZUGANG_ELB', '2013-06'), 2);
  });

  it('recovers nothing where the interval holds no integer (Δ off by 0.1: Z would be 2.4)', () => {
    const a = attack({ figures: figures(-1.4), units: ONE_UNIT }, { channels: ['averagedRates'] });
    assert.equal(a.value('A', 'insgesamt', 'ZUGANG_ELB', '2013-06'), null);
    assert.equal(a.result.knowledge.contradictions, 1);
  });

  it('waits for the stocks: with ELB(m) withheld the identity is not linear', () => {
    const withheldStock = figures(-1.5).map((f) =>
      f.metric === 'ELB' && f.month === '2013-06'
        ? base('A', '2013-06', 'insgesamt', 'ELB', 'rueckrechnung')
        : f,
    );
    const a = attack({ figures: withheldStock, units: ONE_UNIT }, { channels: ['averagedRates'] });
    assert.equal(a.value('A', 'insgesamt', 'ZUGANG_ELB', '2013-06'), null);
  });
});
