import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { between, equation } from './constraint.ts';
import { Knowledge } from './knowledge.ts';
import { Propagator } from './propagate.ts';

describe('Knowledge', () => {
  it('rounds real bounds inwards to integers and excludes 1 and 2 where told', () => {
    const k = new Knowledge();
    assert.equal(k.tighten(0, 0.4, 2.7), 'changed');
    assert.deepEqual(k.bounds(0), [1, 2]);
    // float noise around an integer still pins it
    k.tighten(1, 4.999999999999, 5.000000000001);
    assert.equal(k.value(1), 5);
    k.excludeSmall(2);
    k.tighten(2, 0, 2);
    assert.equal(k.value(2), 0, '0 is the only value in [0, 2] that is not 1 or 2');
    k.excludeSmall(3);
    k.tighten(3, 1, 7);
    assert.deepEqual(k.bounds(3), [3, 7]);
  });

  it('refuses a tightening without an integer and counts the contradiction', () => {
    const k = new Knowledge();
    k.tighten(0, 1, 2);
    assert.equal(k.tighten(0, 2.3, 2.6), 'contradiction');
    assert.deepEqual(k.bounds(0), [1, 2]);
    assert.equal(k.contradictions, 1);
  });
});

describe('Propagator', () => {
  it('solves x = c − Σ known and chains through constraints', () => {
    const k = new Knowledge();
    k.tighten(0, 10, 10);
    k.tighten(1, 4, 4);
    const pinned: number[] = [];
    const p = new Propagator(k, (cell) => pinned.push(cell));
    // x0 = x1 + x2 + x3 (so x2 + x3 = 6);  x3 − x2 = 2
    p.add([
      equation(
        'tree',
        [
          [0, 1],
          [1, -1],
          [2, -1],
          [3, -1],
        ],
        0,
      ),
      equation(
        'rolling12',
        [
          [3, 1],
          [2, -1],
        ],
        2,
      ),
    ]);
    p.run();
    assert.deepEqual(
      [k.value(2), k.value(3)],
      [null, null],
      'two unknowns, two sums: no elimination',
    );
    // the mark "1 or 2" on x2: x3 = 6 − x2 ∈ [4, 5], so x2 = x3 − 2 ∈ [2, 3] ∩ [1, 2]
    k.tighten(2, 1, 2);
    p.touch(2);
    p.run();
    assert.deepEqual([k.value(2), k.value(3)], [2, 4]);
    assert.deepEqual(pinned.sort(), [2, 3]);
  });

  it('uses bounds: a sum of 2 over two cells of 1 or 2 pins both', () => {
    const k = new Knowledge();
    k.tighten(1, 1, 2);
    k.tighten(2, 1, 2);
    const p = new Propagator(k);
    p.add([
      equation(
        'tree',
        [
          [1, 1],
          [2, 1],
        ],
        2,
      ),
    ]);
    p.run();
    assert.deepEqual([k.value(1), k.value(2)], [1, 1]);
  });

  it('reads inequalities: a part of a whole of 1 is at most 1', () => {
    const k = new Knowledge();
    k.tighten(0, 1, 1);
    k.tighten(1, 1, 2);
    const p = new Propagator(k);
    p.add([
      between(
        'subsets',
        [
          [0, 1],
          [1, -1],
        ],
        0,
        Infinity,
      ),
    ]);
    p.run();
    assert.equal(k.value(1), 1);
  });
});
