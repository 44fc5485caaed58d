import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tryCases } from './cases.ts';
import { equation } from './constraint.ts';
import { Knowledge } from './knowledge.ts';
import { Propagator } from './propagate.ts';

describe('case analysis', () => {
  it('finds what two identities say together: x + y = 2 and x − y = 0 give x = y = 1', () => {
    const k = new Knowledge();
    k.tighten(0, 0, 2);
    k.tighten(1, 0, 2);
    const p = new Propagator(k);
    p.add([
      equation(
        'tree',
        [
          [0, 1],
          [1, 1],
        ],
        2,
      ),
      equation(
        'sexes',
        [
          [0, 1],
          [1, -1],
        ],
        0,
      ),
    ]);
    p.run();
    assert.deepEqual(k.bounds(0), [0, 2], 'intervals alone: stuck');
    // x = 0 gives y = 2 and x − y = −2; x = 2 gives y = 0 and x − y = 2: only x = 1 is left
    assert.deepEqual(tryCases([0, 1], k, p), [0, 1]);
    assert.deepEqual([k.value(0), k.value(1)], [1, 1]);
    assert.equal(k.contradictions, 0, 'a tried case that fails is no contradiction');
  });

  it('leaves a cell whose values all fit, and undoes every trial', () => {
    const k = new Knowledge();
    k.tighten(0, 1, 2);
    k.tighten(1, 1, 2);
    k.tighten(2, 4, 4);
    const p = new Propagator(k);
    p.add([
      equation(
        'tree',
        [
          [0, 1],
          [1, 1],
          [2, -1],
        ],
        -1,
      ),
    ]);
    p.run();
    assert.deepEqual(tryCases([0, 1], k, p), []);
    assert.deepEqual(
      [k.bounds(0), k.bounds(1)],
      [
        [1, 2],
        [1, 2],
      ],
    );
  });
});
