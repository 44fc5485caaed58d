/**
 * What every service receives: the store, the acting user and the clock. Until login exists the
 * actor comes from configuration (a demo user); authentication will only change who builds it.
 */
import type { Db } from '../db/database.ts';

export type Role = 'ministerium' | 'traeger' | 'jobcenter' | 'administration';

export interface Actor {
  id: string;
  name: string;
  role: Role;
  /** the user sees this unit and everything below it */
  unitId: string;
  /** may see counts of 1 and 2 (Sozialdaten) */
  microdataRights: boolean;
}

export interface ServiceContext {
  db: Db;
  actor: Actor;
  now: () => Date;
}

/** A database handle inside or outside a transaction. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0] | Db;
