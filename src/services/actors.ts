/** The acting user: who a session, a token or the CLI stands for. */
import type { Executor } from '../db/executor.ts';
import { findUser, type UserRow } from '../db/repositories/users.ts';
import { AppError } from './errors.ts';
import type { Actor } from './context.ts';

export function actorOf(row: UserRow): Actor {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    unitId: row.unitId,
    microdataRights: row.microdataRights,
    importSources: row.importSources,
  };
}

export async function loadActor(db: Executor, userId: string): Promise<Actor> {
  const row = await findUser(db, userId);
  if (row === undefined) throw new AppError('forbidden', `Benutzer ${userId} ist nicht angelegt`);
  return actorOf(row);
}
