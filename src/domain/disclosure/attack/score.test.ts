import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluateAttack } from './evaluate.ts';
import { base, KREIS } from './test-helpers.ts';
import { Truth } from './truth.ts';

describe('scoring the attack against the truth', () => {
  const seen = [
    base('T', '2014-05', 'm', 'INT_LZB', 10),
    base('A', '2014-05', 'm', 'INT_LZB', 4),
    base('B', '2014-05', 'm', 'INT_LZB', 'kleine_zahl'),
    base('C', '2014-05', 'm', 'INT_LZB', 5),
    base('T', '2014-05', 'w', 'INT_LZB', 20),
    base('A', '2014-05', 'w', 'INT_LZB', 'kleine_zahl'),
    base('B', '2014-05', 'w', 'INT_LZB', 'rueckrechnung'),
    base('C', '2014-05', 'w', 'INT_LZB', 11),
  ];
  const truth = (b: number) =>
    new Truth([
      ...seen.filter((f) => f.value !== null),
      base('B', '2014-05', 'm', 'INT_LZB', b),
      base('A', '2014-05', 'w', 'INT_LZB', 2),
      base('B', '2014-05', 'w', 'INT_LZB', 7),
    ]);

  it('counts withheld, recovered, true counts 1–2 and over-protected cells', () => {
    const runs = evaluateAttack({ figures: seen, units: KREIS }, truth(1), { combinedOnly: true });
    const combined = runs.find((r) => r.name === 'combined')!.scores['alle']!;
    assert.deepEqual(
      { ...combined, byChannel: undefined },
      {
        withheld: 3,
        trueSmall: 2,
        overProtected: 1,
        truthUnknown: 0,
        recovered: 1,
        recoveredTrueSmall: 1,
        smallDisclosed: 1,
        byChannel: undefined,
        wrong: 0,
        unchecked: 0,
      },
    );
    assert.deepEqual(combined.byChannel, { tree: 1 });
  });

  it('reports a recovery that is not the true value as wrong', () => {
    const runs = evaluateAttack({ figures: seen, units: KREIS }, truth(2), { combinedOnly: true });
    const combined = runs.find((r) => r.name === 'combined')!;
    assert.equal(combined.scores['alle']!.wrong, 1);
    assert.deepEqual(combined.wrongPins, ['B|m|INT_LZB|24172: 1 ≠ 2']);
  });
});
