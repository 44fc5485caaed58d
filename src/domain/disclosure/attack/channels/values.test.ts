import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attack, base, ONE_UNIT, series } from '../test-helpers.ts';
import type { SeenFigure } from '../figures.ts';
import { decimalsIn, EXACT, intervalOf } from './parts.ts';

/** a Kennzahl shown as a value only, rounded to one decimal as a display would */
const valueOnly = (month: string, metric: string, value: number): SeenFigure => ({
  unitId: 'A',
  month,
  sex: 'insgesamt',
  kind: 'kennzahl',
  metric,
  value: Math.round(value * 10) / 10,
  zaehler: null,
  nenner: null,
  suppressed: null,
});

describe('values: a shown value without zaehler and nenner', () => {
  it('reads a field whose figures have few decimals as rounded to them', () => {
    assert.deepEqual(
      [decimalsIn(24.6), decimalsIn(7), decimalsIn(100.25), decimalsIn(1 / 3)],
      [1, 0, 2, EXACT],
    );
    const [lo, hi] = intervalOf(24.6, 1);
    assert.ok(Math.abs(lo - 24.55) < 1e-12 && Math.abs(hi - 24.65) < 1e-12);
    const [exactLo, exactHi] = intervalOf(1 / 3, EXACT);
    assert.ok(exactLo < 1 / 3 && exactHi > 1 / 3 && exactHi - exactLo < 1e-8);
  });

  it('a change rate: X(m) = X(m−12) · (1 + value/100)', () => {
    // K3 = (LZB(m)/LZB(m−12) − 1)·100 = (62/50 − 1)·100 = 24,0
    const a = attack(
      {
        figures: [
          base('A', '2013-03', 'insgesamt', 'LZB', 50),
          base('A', '2014-03', 'insgesamt', 'LZB', 'rueckrechnung'),
          valueOnly('2014-03', 'K3', 24),
        ],
        units: ONE_UNIT,
      },
      { channels: ['values'] },
    );
    assert.equal(a.value('A', 'insgesamt', 'LZB', '2014-03'), 62);
  });

  it('a quota rounded to one decimal, with the stocks shown, still gives its numerator', () => {
    // K2E2 = Σ12 EIN_OEG / Ø12′ ELB · 100 = 7 / 40 · 100 = 17,5; the rounding leaves 17,45 … 17,55,
    // so Σ12 EIN_OEG ∈ [6.98, 7.02]: 7; the withheld month is 7 minus the other eleven
    const a = attack(
      {
        figures: [
          ...series('A', '2013-01', 'insgesamt', 'ELB', Array(12).fill(40)),
          ...series('A', '2013-02', 'insgesamt', 'EIN_OEG', [
            0,
            0,
            3,
            0,
            0,
            0,
            0,
            3,
            0,
            0,
            0,
            'kleine_zahl',
          ]),
          valueOnly('2014-01', 'K2E2', 17.5),
        ],
        units: ONE_UNIT,
      },
      { channels: ['values'] },
    );
    assert.equal(a.value('A', 'insgesamt', 'EIN_OEG', '2014-01'), 1);
  });

  it('an averaged rate: Σ12 flows = value/100 · Σ12 stocks, once the stocks are known', () => {
    // LZB 10 in each month 2013-02 … 2014-01 → Σ12 120; ZUGANG_LZB 1 in eleven months and a
    // withheld 2 in 2014-01 → Σ12 13: K3E3 = 100 · 13/120 = 10,833… shown as 10,8, i.e.
    // 10,75 … 10,85 → Σ12 ZUGANG_LZB in 12,9 … 13,02 = 13 → ZUGANG_LZB(2014-01) = 13 − 11 = 2.
    const a = attack(
      {
        figures: [
          ...series('A', '2013-01', 'insgesamt', 'LZB', Array(13).fill(10)),
          ...series('A', '2013-02', 'insgesamt', 'ZUGANG_LZB', [
            ...Array(11).fill(1),
            'kleine_zahl',
          ]),
          valueOnly('2014-01', 'K3E3', (100 * 13) / 120),
        ],
        units: ONE_UNIT,
      },
      { channels: ['values'] },
    );
    assert.equal(a.value('A', 'insgesamt', 'ZUGANG_LZB', '2014-01'), 2);
  });
});
