/**
 * What every service receives: the store, the acting user and the clock. Until login exists the
 * actor comes from configuration (a demo user); authentication will only change who builds it.
 */
import { inTransaction, type Executor } from '../db/executor.ts';

import type { Role, ValueSource } from '../domain/access/roles.ts';

export type { Role };

export interface Actor {
  id: string;
  name: string;
  role: Role;
  /** the user sees this unit and everything below it */
  unitId: string;
  /** may see counts of 1 and 2 (Sozialdaten) */
  microdataRights: boolean;
  /** the sources of figures this user may load a Datenstand of */
  importSources: readonly ValueSource[];
  /** the operator (CLI, demo loader): holds the database itself, so no right is withheld */
  operator?: true;
}

export interface ServiceContext {
  /** the pool, or the transaction this work runs on (then every query of the work uses it) */
  db: Executor;
  actor: Actor;
  now: () => Date;
  /** the login session the request came with (none for API tokens, the CLI and tests) */
  session?: { idHash: string; csrfToken: string };
  /** set inside transact(): the work may see its own uncommitted rows (result-cache.ts) */
  transactional?: boolean;
}

/** A database handle inside or outside a transaction. */
export type Tx = Executor;

/**
 * Runs `work` in one transaction with a context bound to it: every service it calls, and every
 * read they make (the unit directory included), runs on the transaction's connection.
 */
export function transact<T>(
  ctx: ServiceContext,
  work: (tctx: ServiceContext) => Promise<T>,
): Promise<T> {
  return inTransaction(ctx.db, (tx) => work({ ...ctx, db: tx, transactional: true }));
}
