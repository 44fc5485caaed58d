/**
 * The population of one leaf: the stock at 2010-01-01 (histories left-censored there) and the
 * monthly arrivals of new BGs until 2015-12, each simulated to its end.
 */
import { FIRST_DAY, LAST_MONTH, monthEnd, monthStart } from './dates.ts';
import { createHousehold, type Household, type IdSource } from './household.ts';
import { drawAktiv, measureEnd } from './measures.ts';
import type { Mover } from './mover.ts';
import { PARAMS } from './params.ts';
import { startJob } from './person-events.ts';
import { Rng, deriveSeed } from './rng.ts';
import type { Rows } from './rows.ts';
import { Simulator } from './simulate.ts';
import type { Leaf } from './units/types.ts';

/**
 * Ids carry the leaf of first entry (`05554008P17`, `05554008B9`): unique without coordination,
 * so every leaf's population is generated from its own seed, independently of the others.
 */
class LeafIds implements IdSource {
  private persons = 0;
  private bgs = 0;
  constructor(private readonly prefix: string) {}
  personId(): string {
    return `${this.prefix}P${++this.persons}`;
  }
  bgId(): string {
    return `${this.prefix}B${++this.bgs}`;
  }
}

/** Stock BGs already have jobs, Minijobs and measures running on 2010-01-01. */
function seedInitialState(rng: Rng, rows: Rows, h: Household): void {
  for (const p of [h.hp, h.partner]) {
    if (p === null) continue;
    if (rng.chance(0.12)) startJob(rng, rows, p, FIRST_DAY, 0, false);
    if (rng.chance(0.07))
      p.gb = { von: FIRST_DAY, end: FIRST_DAY + rng.int(30, 540), income: rng.int(60, 280) };
    if (rng.chance(0.05)) {
      const instrument = drawAktiv(rng);
      p.measure = { instrument, von: FIRST_DAY, end: measureEnd(rng, instrument, FIRST_DAY) };
    }
  }
}

/** Many arrivals come from a job that just ended. */
function seedPriorJob(rng: Rng, h: Household, entry: number): void {
  for (const p of [h.hp, h.partner]) {
    if (p === null || !rng.chance(p === h.hp ? 0.35 : 0.2)) continue;
    const von = entry - rng.int(60, 900);
    if (von >= FIRST_DAY) p.job = { art: 0, von, end: entry - rng.int(1, 25), income: 0 };
  }
}

export async function generateLeaf(
  seed: number,
  leaf: Leaf,
  rows: Rows,
  mover: Mover,
): Promise<void> {
  const rng = new Rng(deriveSeed(seed, 'leaf', leaf.id));
  const ids = new LeafIds(leaf.id);
  const sim = new Simulator(rng, ids, rows, mover);
  const bgStock = leaf.size / PARAMS.elbPerBg;
  const initial = rng.round(bgStock);
  // BGs leave a strong labour market sooner: more arrivals keep its stock near the target.
  const arrivalRate = PARAMS.arrivalRate * Math.exp(PARAMS.strengthOnArrivals * leaf.strength);
  for (let i = 0; i < initial; i++) {
    const h = createHousehold(ids, rng, leaf, FIRST_DAY, true);
    seedInitialState(rng, rows, h);
    sim.run(h, FIRST_DAY);
    if (rows.needsFlush) await rows.flush();
  }
  for (let t = 0; t <= LAST_MONTH; t++) {
    const expected =
      bgStock *
      arrivalRate *
      (PARAMS.seasonArrival[t % 12] ?? 1) *
      (PARAMS.trendArrival[Math.floor(t / 12)] ?? 1);
    const count = rng.round(expected);
    const ms = monthStart(t);
    for (let i = 0; i < count; i++) {
      const entry = rng.chance(0.3) ? ms : rng.int(ms, monthEnd(t));
      const h = createHousehold(ids, rng, leaf, entry, false);
      seedPriorJob(rng, h, entry);
      sim.run(h, entry);
      if (rows.needsFlush) await rows.flush();
    }
  }
}
