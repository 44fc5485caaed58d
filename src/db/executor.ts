/**
 * What a repository function runs on: the pool, or the transaction its caller opened. Every
 * repository function takes one, so that all work of a transaction stays on its connection
 * (a query on the pool from inside a transaction waits for a second connection and can starve it).
 */
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type * as schema from './schema/index.ts';

export type Db = NodePgDatabase<typeof schema>;
export type Transaction = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Executor = Db | Transaction;

/** Runs `work` in one transaction (a savepoint when `ex` already is one). */
export function inTransaction<T>(ex: Executor, work: (tx: Transaction) => Promise<T>): Promise<T> {
  return ex.transaction(work);
}
