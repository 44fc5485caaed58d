/** Resolving the acting user (from configuration until login exists). */
import { eq } from 'drizzle-orm';
import { users } from '../db/schema/index.ts';
import type { Db } from '../db/database.ts';
import { AppError } from './errors.ts';
import type { Actor } from './context.ts';

export async function loadActor(db: Db, userId: string): Promise<Actor> {
  const [row] = await db.select().from(users).where(eq(users.id, userId));
  if (row === undefined) throw new AppError('forbidden', `Benutzer ${userId} ist nicht angelegt`);
  return { id: row.id, name: row.name, role: row.role, unitId: row.unitId, microdataRights: row.microdataRights };
}
