import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHANNEL_IDS } from './channel-ids.ts';
import { attack, base, KREIS } from './test-helpers.ts';

describe('the combined solver', () => {
  // B's men: the Träger's 12 minus A's 4 and C's 3 (tree); B's women: B's 6 minus its men (sexes)
  const figures = [
    base('T', '2014-02', 'm', 'INT_SVB', 12),
    base('A', '2014-02', 'm', 'INT_SVB', 4),
    base('B', '2014-02', 'm', 'INT_SVB', 'rueckrechnung'),
    base('C', '2014-02', 'm', 'INT_SVB', 3),
    base('B', '2014-02', 'insgesamt', 'INT_SVB', 6),
    base('B', '2014-02', 'w', 'INT_SVB', 'kleine_zahl'),
    // more rows so that the sexes are seen to add up
    base('A', '2014-02', 'insgesamt', 'INT_SVB', 7),
    base('A', '2014-02', 'w', 'INT_SVB', 3),
  ];

  it('feeds what one channel recovers to the others, to a fixpoint', () => {
    const a = attack({ figures, units: KREIS });
    assert.equal(a.value('B', 'm', 'INT_SVB', '2014-02'), 5);
    assert.equal(a.value('B', 'w', 'INT_SVB', '2014-02'), 1);
    const cell = a.result.model.space.find('B|w|INT_SVB|24169')!;
    assert.equal(a.result.pins.get(cell)?.channel, 'sexes');
  });

  it('no channel alone recovers the women of B', () => {
    for (const channel of CHANNEL_IDS) {
      const a = attack({ figures, units: KREIS }, { channels: [channel] });
      assert.equal(a.value('B', 'w', 'INT_SVB', '2014-02'), null, channel);
    }
  });
});
