/**
 * Results computed once and shared: monitoring, figure queries, comparisons, reports. An entry
 * is keyed by the store's generation (db/schema/generation.ts), the viewer and the question, so a
 * change anywhere in the store makes every older entry unreachable — no rule about which write
 * touches which result can be forgotten. Concurrent requests for one missing entry share one
 * computation. Work inside a transaction is never cached (it may see uncommitted rows).
 * Entries are frozen: a caller that tried to change a shared result would throw, not corrupt it.
 */
import type { Db } from '../db/executor.ts';
import { readGeneration } from '../db/repositories/generation.ts';
import type { Actor, ServiceContext } from './context.ts';

/** entries per store; a generation's entries are dropped as soon as a newer one is seen */
const MAX_ENTRIES = 1_000;

interface StoreCache {
  generation: number;
  entries: Map<string, Promise<unknown>>;
}

const caches = new WeakMap<object, StoreCache>();

/** Everything about the viewer that can change what a service returns. */
const viewerKey = (actor: Actor) =>
  JSON.stringify([
    actor.id,
    actor.role,
    actor.unitId,
    actor.microdataRights,
    actor.importSources,
    actor.operator === true,
  ]);

function deepFreeze<T>(value: T): T {
  if (
    value !== null &&
    typeof value === 'object' &&
    !Object.isFrozen(value) &&
    !ArrayBuffer.isView(value)
  ) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * What a shared answer of this viewer depends on besides the question, as of now: the store
 * generation, the viewer and the day (monitoring judges milestones against today). null inside a
 * transaction. The HTTP layer keys its cache of serialized answers by it (server/response-cache.ts).
 */
export async function sharedAnswerScope(
  ctx: ServiceContext,
): Promise<{ generation: number; key: string } | null> {
  if (ctx.transactional === true) return null;
  const generation = await readGeneration(ctx.db);
  return {
    generation,
    key: `${generation}|${viewerKey(ctx.actor)}|${ctx.now().toISOString().slice(0, 10)}`,
  };
}

export async function cachedResult<T>(
  ctx: ServiceContext,
  name: string,
  question: unknown,
  compute: () => Promise<T>,
): Promise<T> {
  if (ctx.transactional === true) return compute();
  const store = ctx.db as Db;
  const generation = await readGeneration(store);
  let cache = caches.get(store);
  if (cache === undefined || cache.generation < generation) {
    cache = { generation, entries: new Map() };
    caches.set(store, cache);
  } else if (cache.generation > generation) {
    return compute(); // a read that started before a newer one finished: do not keep it
  }
  const key = `${name}|${viewerKey(ctx.actor)}|${JSON.stringify(question)}`;
  const hit = cache.entries.get(key);
  if (hit !== undefined) {
    cache.entries.delete(key); // least recently used goes first: re-insert at the end
    cache.entries.set(key, hit);
    return hit as Promise<T>;
  }
  const entries = cache.entries;
  const result = compute().then(deepFreeze);
  entries.set(key, result);
  result.catch(() => entries.delete(key));
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return result;
}
