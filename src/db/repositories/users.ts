/** Users with their role, unit and login; throttling of failed logins. */
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../executor.ts';
import { loginThrottle, users } from '../schema/index.ts';

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

export async function findUser(ex: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await ex.select().from(users).where(eq(users.id, id));
  return row;
}

/** The account bound to a provider's subject (single sign-on), if any. */
export async function findUserBySsoIdentity(
  ex: Executor,
  issuer: string,
  subject: string,
): Promise<UserRow | undefined> {
  const [row] = await ex
    .select()
    .from(users)
    .where(and(eq(users.ssoIssuer, issuer), eq(users.ssoSubject, subject)));
  return row;
}

/** Changes some fields of a user; the row as it is afterwards (undefined: no such user). */
export async function updateUser(
  ex: Executor,
  id: string,
  changes: Partial<Omit<NewUser, 'id'>>,
): Promise<UserRow | undefined> {
  const [row] = await ex.update(users).set(changes).where(eq(users.id, id)).returning();
  return row;
}

/** undefined if the id is taken */
export async function insertUser(ex: Executor, row: NewUser): Promise<UserRow | undefined> {
  const [saved] = await ex.insert(users).values(row).onConflictDoNothing().returning();
  return saved;
}

export async function setPasswordHash(ex: Executor, id: string, hash: string): Promise<void> {
  await ex.update(users).set({ passwordHash: hash }).where(eq(users.id, id));
}

export async function countAdministrators(ex: Executor): Promise<number> {
  const [row] = await ex
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(eq(users.role, 'administration'));
  return row!.n;
}

export async function findThrottle(ex: Executor, username: string) {
  const [row] = await ex.select().from(loginThrottle).where(eq(loginThrottle.username, username));
  return row;
}

export async function saveThrottle(
  ex: Executor,
  username: string,
  state: { failures: number; lockedUntil: Date | null },
): Promise<void> {
  await ex
    .insert(loginThrottle)
    .values({ username, ...state })
    .onConflictDoUpdate({ target: loginThrottle.username, set: state });
}

export async function clearThrottle(ex: Executor, username: string): Promise<void> {
  await ex.delete(loginThrottle).where(eq(loginThrottle.username, username));
}
