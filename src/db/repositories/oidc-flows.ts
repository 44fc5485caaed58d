/** Single sign-on logins under way (schema/users.ts oidcFlows): kept until the callback or expiry. */
import { eq, gt, lte } from 'drizzle-orm';
import type { Executor } from '../executor.ts';
import { oidcFlows } from '../schema/index.ts';

export type OidcFlowRow = typeof oidcFlows.$inferSelect;

export async function insertOidcFlow(ex: Executor, flow: OidcFlowRow): Promise<void> {
  await ex.insert(oidcFlows).values(flow);
}

/** Removes the flow and answers it if it had not expired at `now`: a flow serves one callback. */
export async function takeOidcFlow(
  ex: Executor,
  idHash: string,
  now: Date,
): Promise<OidcFlowRow | undefined> {
  const [row] = await ex.delete(oidcFlows).where(eq(oidcFlows.idHash, idHash)).returning();
  return row !== undefined && row.expiresAt > now ? row : undefined;
}

export async function deleteExpiredOidcFlows(ex: Executor, now: Date): Promise<void> {
  await ex.delete(oidcFlows).where(lte(oidcFlows.expiresAt, now));
}

/** Flows still open at `now`. */
export async function countOidcFlows(ex: Executor, now: Date): Promise<number> {
  return ex.$count(oidcFlows, gt(oidcFlows.expiresAt, now));
}
