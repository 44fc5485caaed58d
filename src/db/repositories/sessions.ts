/** Server-side sessions and personal API tokens, found by the SHA-256 of what the client holds. */
import { and, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../executor.ts';
import { apiTokens, sessions, users } from '../schema/index.ts';

export type SessionRow = typeof sessions.$inferSelect;
export type TokenRow = typeof apiTokens.$inferSelect;
export type UserRow = typeof users.$inferSelect;

export async function insertSession(
  ex: Executor,
  s: { idHash: string; userId: string; csrfToken: string; at: Date },
): Promise<void> {
  await ex.insert(sessions).values({
    idHash: s.idHash,
    userId: s.userId,
    csrfToken: s.csrfToken,
    createdAt: s.at,
    lastSeenAt: s.at,
  });
}

export async function findSession(
  ex: Executor,
  idHash: string,
): Promise<{ session: SessionRow; user: UserRow } | undefined> {
  const [row] = await ex
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.idHash, idHash));
  return row;
}

/** Moves the idle clock on, at most once a minute per session (no write per request). */
export async function touchSession(ex: Executor, idHash: string, at: Date): Promise<void> {
  await ex
    .update(sessions)
    .set({ lastSeenAt: at })
    .where(
      and(eq(sessions.idHash, idHash), lt(sessions.lastSeenAt, new Date(at.getTime() - 60_000))),
    );
}

export async function deleteSession(ex: Executor, idHash: string): Promise<void> {
  await ex.delete(sessions).where(eq(sessions.idHash, idHash));
}

/** Ends every session of a user but the one given (after a password change). */
export async function deleteOtherSessions(
  ex: Executor,
  userId: string,
  keep: string | null,
): Promise<void> {
  await ex
    .delete(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        keep === null ? sql`true` : sql`${sessions.idHash} <> ${keep}`,
      ),
    );
}

export async function deleteSessionsBefore(
  ex: Executor,
  idleSince: Date,
  createdSince: Date,
): Promise<void> {
  await ex
    .delete(sessions)
    .where(or(lt(sessions.lastSeenAt, idleSince), lt(sessions.createdAt, createdSince)));
}

export async function insertToken(
  ex: Executor,
  t: { userId: string; name: string; tokenHash: string },
): Promise<TokenRow> {
  const [row] = await ex.insert(apiTokens).values(t).returning();
  return row!;
}

export async function findActiveToken(
  ex: Executor,
  tokenHash: string,
): Promise<{ token: TokenRow; user: UserRow } | undefined> {
  const [row] = await ex
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)));
  return row;
}

export async function markTokenUsed(ex: Executor, id: number, at: Date): Promise<void> {
  await ex
    .update(apiTokens)
    .set({ lastUsedAt: at })
    .where(
      and(
        eq(apiTokens.id, id),
        or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, new Date(at.getTime() - 60_000))),
      ),
    );
}

export async function listTokens(ex: Executor, userId: string): Promise<TokenRow[]> {
  return ex
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.id));
}

/** undefined unless the user has this token and it is not revoked yet */
export async function revokeToken(
  ex: Executor,
  userId: string,
  id: number,
  at: Date,
): Promise<TokenRow | undefined> {
  const [row] = await ex
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning();
  return row;
}

/** Ends every session of a user; how many there were. */
export async function deleteUserSessions(ex: Executor, userId: string): Promise<number> {
  const ended = await ex
    .delete(sessions)
    .where(eq(sessions.userId, userId))
    .returning({ idHash: sessions.idHash });
  return ended.length;
}

/** How many API tokens of a user are not revoked. */
export async function countUnrevokedTokens(ex: Executor, userId: string): Promise<number> {
  const [row] = await ex
    .select({ n: sql<number>`count(*)::int` })
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)));
  return row!.n;
}
