/** Where a moving BG goes: another örtliches Jobcenter of its Träger, another Träger of its Land, or anywhere. */
import { PARAMS } from './params.ts';
import type { Rng } from './rng.ts';
import type { Leaf } from './units/types.ts';

interface Pool {
  leaves: Leaf[];
  cum: Float64Array;
}

function pool(leaves: Leaf[]): Pool {
  const cum = new Float64Array(leaves.length);
  let total = 0;
  leaves.forEach((l, i) => {
    total += l.size;
    cum[i] = total;
  });
  return { leaves, cum };
}

function groupBy(leaves: readonly Leaf[], key: (l: Leaf) => string): Map<string, Pool> {
  const groups = new Map<string, Leaf[]>();
  for (const l of leaves) {
    const list = groups.get(key(l)) ?? [];
    list.push(l);
    groups.set(key(l), list);
  }
  return new Map([...groups].map(([k, v]) => [k, pool(v)]));
}

export class Mover {
  private readonly byTraeger: Map<string, Pool>;
  private readonly byLand: Map<string, Pool>;
  private readonly all: Pool;
  private readonly multiLand: boolean;

  constructor(leaves: readonly Leaf[]) {
    this.byTraeger = groupBy(leaves, (l) => l.traegerId);
    this.byLand = groupBy(leaves, (l) => l.landId);
    this.all = pool([...leaves]);
    this.multiLand = this.byLand.size > 1;
  }

  /** The new leaf, or null when the BG moves out of the modelled area (an exit). */
  target(rng: Rng, from: Leaf): Leaf | null {
    const own = this.byTraeger.get(from.traegerId);
    if (own !== undefined && own.leaves.length > 1 && rng.chance(PARAMS.moveWithinTraeger))
      return this.pick(rng, own, from);
    const land = this.byLand.get(from.landId);
    if (land !== undefined && land.leaves.length > 1 && rng.chance(PARAMS.moveWithinLand))
      return this.pick(rng, land, from);
    return this.multiLand ? this.pick(rng, this.all, from) : null;
  }

  private pick(rng: Rng, p: Pool, from: Leaf): Leaf | null {
    for (let i = 0; i < 4; i++) {
      const leaf = p.leaves[rng.cumulative(p.cum)];
      if (leaf !== undefined && leaf !== from) return leaf;
    }
    return null;
  }
}
