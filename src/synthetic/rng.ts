/** Seeded pseudo-random numbers for the synthetic generator (never Math.random: same seed → same bytes). */
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

/** 32-bit FNV-1a over the text, finished with a murmur3 mix so that close inputs give unrelated seeds. */
export function deriveSeed(seed: number, ...parts: readonly (string | number)[]): number {
  const text = `${seed}|${parts.join('|')}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

export class Rng {
  private readonly gen: RandomGenerator;

  constructor(seed: number) {
    this.gen = xoroshiro128plus(seed | 0);
    // The first outputs of xoroshiro128+ from a sparse state are weakly mixed.
    for (let i = 0; i < 16; i++) this.gen.next();
  }

  /** Uniform in [0, 1) with 32 bits of resolution. */
  float(): number {
    return (this.gen.next() >>> 0) * TWO_POW_MINUS_32;
  }

  /** Uniform integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.float() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  /** Index drawn with probability proportional to `weights[i]`. */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let x = this.float() * total;
    for (let i = 0; i < weights.length; i++) {
      x -= weights[i] ?? 0;
      if (x < 0) return i;
    }
    return weights.length - 1;
  }

  /** Index into an ascending cumulative weight table (binary search). */
  cumulative(cum: Float64Array | readonly number[]): number {
    const x = this.float() * (cum[cum.length - 1] ?? 0);
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cum[mid] ?? 0) > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** Standard normal (Box–Muller, one of the pair). */
  normal(): number {
    const u = 1 - this.float();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.float());
  }

  /** Number of failures before the first success of a Bernoulli(p) trial sequence (p in (0, 1]). */
  geometric(p: number): number {
    if (p >= 1) return 0;
    return Math.floor(Math.log(1 - this.float()) / Math.log(1 - p));
  }

  /** Stochastic rounding: ⌊x⌋ or ⌈x⌉ so that the expectation is x. */
  round(x: number): number {
    const f = Math.floor(x);
    return f + (this.float() < x - f ? 1 : 0);
  }
}
