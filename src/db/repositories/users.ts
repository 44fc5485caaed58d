/** Users with their role and unit. */
import { eq } from 'drizzle-orm';
import type { Executor } from '../executor.ts';
import { users } from '../schema/index.ts';

export type UserRow = typeof users.$inferSelect;

export async function findUser(ex: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await ex.select().from(users).where(eq(users.id, id));
  return row;
}

/** Adds the users that do not exist yet; existing ones stay as they are. */
export async function insertMissingUsers(ex: Executor, rows: readonly UserRow[]): Promise<void> {
  if (rows.length > 0)
    await ex
      .insert(users)
      .values([...rows])
      .onConflictDoNothing();
}
