import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attack, base, kennzahl, ONE_UNIT } from '../test-helpers.ts';

describe('direct: numerators and denominators that are base quantities', () => {
  it('K1E2 sends ELB(m) and ELB(m−12), K3E2 LZB_AKTIV(m) and LZB(m)', () => {
    const a = attack(
      {
        figures: [
          base('A', '2013-04', 'insgesamt', 'ELB', 'rueckrechnung'),
          kennzahl('A', '2014-04', 'insgesamt', 'K1E2', [410, 402]),
          base('A', '2014-04', 'w', 'LZB_AKTIV', 'rueckrechnung'),
          kennzahl('A', '2014-04', 'w', 'K3E2', [17, 120]),
        ],
        units: ONE_UNIT,
      },
      { channels: ['direct'] },
    );
    assert.equal(a.value('A', 'insgesamt', 'ELB', '2013-04'), 402);
    assert.equal(a.value('A', 'insgesamt', 'ELB', '2014-04'), 410);
    assert.equal(a.value('A', 'w', 'LZB_AKTIV', '2014-04'), 17);
  });
});
