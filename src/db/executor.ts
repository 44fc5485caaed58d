/**
 * What a repository function runs on: the pool, or the transaction its caller opened. Every
 * repository function takes one, so that all work of a transaction stays on its connection
 * (a query on the pool from inside a transaction waits for a second connection and can starve it).
 */
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type * as schema from './schema/index.ts';

export type Db = NodePgDatabase<typeof schema>;
export type Transaction = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Executor = Db | Transaction;

/** Runs `work` in one transaction (a savepoint when `ex` already is one). */
export function inTransaction<T>(ex: Executor, work: (tx: Transaction) => Promise<T>): Promise<T> {
  return ex.transaction(work);
}

/** Whether `ex` is a transaction (work on it stays in it) rather than the pool. */
export function isTransaction(ex: Executor): ex is Transaction {
  return ex instanceof PgTransaction;
}

/**
 * Runs read-only `work` on one snapshot of the store (REPEATABLE READ): every query of the work
 * sees the same committed state, however long it takes (a walk over the whole audit trail).
 */
export function inSnapshot<T>(ex: Executor, work: (tx: Transaction) => Promise<T>): Promise<T> {
  return ex.transaction(work, { isolationLevel: 'repeatable read', accessMode: 'read only' });
}
