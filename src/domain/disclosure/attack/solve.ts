/**
 * The attack: the chosen channels' identities, the definitions of the sums and what the marks of
 * withheld figures say, propagated together to a fixpoint — values recovered by one channel feed
 * the others, and identities that need known counts (a value sent without its zaehler
 * or nenner, a withheld Kennzahl's last possible small count) join as soon as they can.
 */
import { CHANNEL_IDS, type ChannelId } from './channel-ids.ts';
import { CHANNELS } from './channels/index.ts';
import type { Constraint } from './constraint.ts';
import { definitions } from './definitions.ts';
import type { AttackInput } from './figures.ts';
import type { Knowledge } from './knowledge.ts';
import { Model } from './model.ts';
import { Propagator } from './propagate.ts';
import { observe, reasonConstraints } from './reasons.ts';
import { tryCases } from './cases.ts';

export type AttackChannel = Exclude<ChannelId, 'definitions' | 'reasons' | 'cases'>;

export interface SolveOptions {
  /** default: all */
  channels?: readonly AttackChannel[];
  /** use the marks of withheld figures (1 or 2; not 1 or 2); default true */
  useReasons?: boolean;
  /** after propagation, try the values of cells with few left (cases.ts); default false */
  cases?: boolean;
}

export interface Pin {
  channel: ChannelId;
  /** order of recovery, 0 = first */
  order: number;
}

export interface SolveResult {
  model: Model;
  knowledge: Knowledge;
  /** cells recovered by the attack (not those shown), with the channel that pinned them */
  pins: Map<number, Pin>;
  constraints: number;
  rounds: number;
}

/** Static constraints per model and channel, found once and shared by every run on the model. */
const cache = new WeakMap<Model, Map<string, Constraint[]>>();

function staticConstraints(model: Model, id: AttackChannel | 'definitions'): Constraint[] {
  const byChannel = cache.get(model) ?? new Map<string, Constraint[]>();
  cache.set(model, byChannel);
  let found = byChannel.get(id);
  if (found === undefined) {
    found = id === 'definitions' ? definitions(model) : CHANNELS[id].constraints(model);
    byChannel.set(id, found);
  }
  return found;
}

/**
 * The channel a recovery is credited to: the constraint's own, but a definition or a withholding
 * mark only passes on what another channel found — credited to the channel of the cell in it
 * recovered last (the definition's own if all others were shown).
 */
function creditFor(c: Constraint, pins: ReadonlyMap<number, Pin>): ChannelId {
  if (c.channel !== 'definitions' && c.channel !== 'reasons') return c.channel;
  let last: Pin | undefined;
  for (const cell of c.cells) {
    const pin = pins.get(cell);
    if (pin !== undefined && (last === undefined || pin.order > last.order)) last = pin;
  }
  return last?.channel ?? c.channel;
}

function* allCells(model: Model): Generator<number> {
  for (let cell = 0; cell < model.space.size; cell++) yield cell;
}

export function buildModel(input: AttackInput): Model {
  return new Model(input);
}

export function solve(model: Model, options: SolveOptions = {}): SolveResult {
  const channels = options.channels ?? CHANNEL_IDS;
  const useReasons = options.useReasons ?? true;
  const knowledge = observe(model, useReasons);
  const pins = new Map<number, Pin>();
  const propagator = new Propagator(knowledge, (cell, constraint) => {
    if (!pins.has(cell)) pins.set(cell, { channel: creditFor(constraint, pins), order: pins.size });
  });
  propagator.add(staticConstraints(model, 'definitions'));
  for (const id of channels) propagator.add(staticConstraints(model, id));
  const given = new Map<string, Set<string>>();
  const givenFor = (id: string) => given.get(id) ?? given.set(id, new Set()).get(id)!;
  let rounds = 0;
  for (;;) {
    rounds++;
    propagator.run();
    const more: Constraint[] = [];
    for (const id of channels)
      more.push(...(CHANNELS[id].more?.(model, knowledge, givenFor(id)) ?? []));
    if (useReasons) more.push(...reasonConstraints(model, knowledge, givenFor('reasons')));
    if (more.length > 0) {
      propagator.add(more);
      continue;
    }
    if (!options.cases) break;
    const narrowed = tryCases(allCells(model), knowledge, propagator);
    if (narrowed.length === 0) break;
    for (const cell of narrowed) {
      if (knowledge.isKnown(cell) && !pins.has(cell))
        pins.set(cell, { channel: 'cases', order: pins.size });
      propagator.touch(cell);
    }
  }
  return { model, knowledge, pins, constraints: propagator.size, rounds };
}
