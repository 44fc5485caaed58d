/**
 * The store's generation: one row whose counter every committed change of what the services
 * read moves on (statement triggers, migration 0001). A result computed at generation n stays
 * right as long as the counter is n, so results can be kept and shared (services/result-cache.ts)
 * by every server process, without knowing which writes touch which result.
 */
import { bigint, boolean, pgTable } from 'drizzle-orm/pg-core';

export const storeGeneration = pgTable('store_generation', {
  /** always true: the table holds exactly one row */
  single: boolean('single').primaryKey().default(true),
  n: bigint('n', { mode: 'number' }).notNull().default(0),
});
