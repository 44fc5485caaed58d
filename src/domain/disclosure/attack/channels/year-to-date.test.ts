import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attack, base, kennzahl, ONE_UNIT } from '../test-helpers.ts';

describe('yearToDate: JFW_K2 and JDW_LZB month by month', () => {
  it('recovers INT(m) = Σ INT(Jan … m) − Σ INT(Jan … m−1), and INT(January) itself', () => {
    // JFW_K2 zaehler: January 2, February 5, March 6; nenner Ø ELB(Dec … m−1) with ELB 100 in
    // December, 103 in January, 104 in February: 100, 101.5, 102.333…
    const a = attack(
      {
        figures: [
          kennzahl('A', '2014-01', 'm', 'JFW_K2', [2, 100]),
          kennzahl('A', '2014-02', 'm', 'JFW_K2', [5, 203 / 2]),
          kennzahl('A', '2014-03', 'm', 'JFW_K2', [6, 307 / 3]),
          base('A', '2014-01', 'm', 'INT', 'kleine_zahl'),
          base('A', '2014-02', 'm', 'INT', 3),
          base('A', '2014-03', 'm', 'INT', 'kleine_zahl'),
          // Σ ELB(Dec … Jan) = 2 · 101.5 = 203 with ELB(Dec) = 100 (from January's nenner)
          base('A', '2014-01', 'm', 'ELB', 'rueckrechnung'),
        ],
        units: ONE_UNIT,
      },
      { channels: ['yearToDate'] },
    );
    assert.equal(a.value('A', 'm', 'INT', '2014-01'), 2);
    assert.equal(a.value('A', 'm', 'INT', '2014-03'), 1);
    assert.equal(a.value('A', 'm', 'ELB', '2013-12'), 100);
    assert.equal(a.value('A', 'm', 'ELB', '2014-01'), 103);
    assert.equal(a.value('A', 'm', 'ELB', '2014-02'), 104);
  });

  it('recovers LZB(m) from consecutive JDW_LZB numerators', () => {
    const jdw = (month: string, sum: number, months: number) => ({
      ...kennzahl('A', month, 'w', 'JDW_LZB', [sum, months]),
      value: sum / months,
    });
    const a = attack(
      {
        figures: [
          jdw('2014-01', 40, 1),
          jdw('2014-02', 81, 2),
          base('A', '2014-02', 'w', 'LZB', 'rueckrechnung'),
        ],
        units: ONE_UNIT,
      },
      { channels: ['yearToDate'] },
    );
    assert.equal(a.value('A', 'w', 'LZB', '2014-02'), 41);
  });
});
