import { sql } from 'drizzle-orm';
import type { Executor } from '../executor.ts';

/** Whether the store answers a trivial query. */
export async function pingStore(ex: Executor): Promise<boolean> {
  return (await ex.execute(sql`select 1`)).rows.length === 1;
}
