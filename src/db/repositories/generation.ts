import { storeGeneration } from '../schema/index.ts';
import type { Executor } from '../executor.ts';

/** The store's generation (schema/generation.ts): equal numbers, equal data. */
export async function readGeneration(ex: Executor): Promise<number> {
  const [row] = await ex.select({ n: storeGeneration.n }).from(storeGeneration);
  return row?.n ?? 0;
}
