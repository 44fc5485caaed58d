import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attack, base, KREIS } from '../test-helpers.ts';

describe('tree: Träger = Σ örtliche Jobcenter', () => {
  it('recovers a withheld child of an additive quantity', () => {
    const a = attack(
      {
        figures: [
          base('T', '2014-05', 'm', 'INT_LZB', 10),
          base('A', '2014-05', 'm', 'INT_LZB', 4),
          base('B', '2014-05', 'm', 'INT_LZB', 'kleine_zahl'),
          base('C', '2014-05', 'm', 'INT_LZB', 5),
        ],
        units: KREIS,
      },
      { channels: ['tree'] },
    );
    assert.equal(a.value('B', 'm', 'INT_LZB', '2014-05'), 1);
  });

  it('reads the marks: a cell of 1 or 2 beside one withheld to protect it (0 or ≥ 3)', () => {
    // 6 = 4 + B + C, B ∈ {1, 2}, C ∈ {0} ∪ [3, ∞): C = 2 − … ≤ 1, so C = 0 and B = 2
    const figures = (traeger: number) => [
      base('T', '2014-05', 'm', 'INT_LZB', traeger),
      base('A', '2014-05', 'm', 'INT_LZB', 4),
      base('B', '2014-05', 'm', 'INT_LZB', 'kleine_zahl'),
      base('C', '2014-05', 'm', 'INT_LZB', 'rueckrechnung'),
    ];
    const a = attack({ figures: figures(6), units: KREIS }, { channels: ['tree'] });
    assert.equal(a.value('B', 'm', 'INT_LZB', '2014-05'), 2);
    assert.equal(a.value('C', 'm', 'INT_LZB', '2014-05'), 0);
    // without the marks: B + C = 2, nothing pinned
    const blind = attack(
      { figures: figures(6), units: KREIS },
      { channels: ['tree'], useReasons: false },
    );
    assert.equal(blind.value('B', 'm', 'INT_LZB', '2014-05'), null);
  });

  it('ZUGANG_ELB does not add up, but Σ ZUGANG − ZUGANG(Träger) = Σ ABGANG − ABGANG(Träger)', () => {
    // Abgänge: children 2 + 2 + 3 = 7, Träger 4: 3 moves inside the Träger;
    // Zugänge: children 3 + B + 4 = Träger 5 + 3 moves, so B = 1
    const month = '2014-05';
    const a = attack(
      {
        figures: [
          base('T', month, 'w', 'ZUGANG_ELB', 5),
          base('A', month, 'w', 'ZUGANG_ELB', 3),
          base('B', month, 'w', 'ZUGANG_ELB', 'kleine_zahl'),
          base('C', month, 'w', 'ZUGANG_ELB', 4),
          base('T', month, 'w', 'ABGANG_ELB', 4),
          base('A', month, 'w', 'ABGANG_ELB', 2),
          base('B', month, 'w', 'ABGANG_ELB', 2),
          base('C', month, 'w', 'ABGANG_ELB', 3),
        ],
        units: KREIS,
      },
      { channels: ['tree'] },
    );
    assert.equal(a.value('B', 'w', 'ZUGANG_ELB', month), 1);
  });
});
