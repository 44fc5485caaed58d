import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Rng, deriveSeed } from './rng.ts';

describe('seeded random numbers', () => {
  it('repeats the sequence for the same seed and differs for another', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const seqA = Array.from({ length: 20 }, () => a.float());
    assert.deepEqual(
      seqA,
      Array.from({ length: 20 }, () => b.float()),
    );
    assert.notDeepEqual(
      seqA,
      Array.from({ length: 20 }, () => c.float()),
    );
  });

  it('derives distinct seeds for distinct parts', () => {
    const seeds = new Set(
      Array.from({ length: 1000 }, (_, i) => deriveSeed(7, 'leaf', `0555${i}`)),
    );
    assert.equal(seeds.size, 1000);
    assert.equal(deriveSeed(7, 'a'), deriveSeed(7, 'a'));
    assert.notEqual(deriveSeed(7, 'a'), deriveSeed(8, 'a'));
  });

  it('draws within bounds with the expected means', () => {
    const rng = new Rng(1);
    const n = 100_000;
    let sum = 0;
    let hits = 0;
    let geo = 0;
    const counts = [0, 0, 0];
    for (let i = 0; i < n; i++) {
      const x = rng.int(3, 5);
      assert.ok(x >= 3 && x <= 5);
      sum += rng.float();
      if (rng.chance(0.2)) hits++;
      geo += rng.geometric(0.25);
      counts[rng.weighted([1, 2, 7])]! += 1;
    }
    assert.ok(Math.abs(sum / n - 0.5) < 0.01);
    assert.ok(Math.abs(hits / n - 0.2) < 0.01);
    assert.ok(Math.abs(geo / n - 3) < 0.1, `geometric mean ${geo / n}`); // (1 − p) / p
    assert.ok(Math.abs(counts[2]! / n - 0.7) < 0.01);
    let rounded = 0;
    for (let i = 0; i < n; i++) rounded += rng.round(2.3);
    assert.ok(Math.abs(rounded / n - 2.3) < 0.01);
  });
});
