/** Year-end decisions per target and documented changes of framework conditions. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../executor.ts';
import { assessments, frameworkChanges } from '../schema/index.ts';

export type DecisionRow = typeof assessments.$inferSelect;
export type FrameworkChangeRow = typeof frameworkChanges.$inferSelect;
type DecisionValues = Omit<
  typeof assessments.$inferInsert,
  'agreementId' | 'targetId' | 'rowVersion' | 'decidedAt'
>;

/** The first decision on a target; undefined if one exists already. */
export async function insertDecision(
  ex: Executor,
  agreementId: string,
  targetId: string,
  values: DecisionValues,
): Promise<DecisionRow | undefined> {
  const [saved] = await ex
    .insert(assessments)
    .values({ agreementId, targetId, ...values })
    .onConflictDoNothing()
    .returning();
  return saved;
}

/** A new decision on the row version read; undefined if that is no longer the current one. */
export async function updateDecision(
  ex: Executor,
  agreementId: string,
  targetId: string,
  rowVersion: number,
  values: DecisionValues,
): Promise<DecisionRow | undefined> {
  const [saved] = await ex
    .update(assessments)
    .set({ ...values, decidedAt: sql`now()`, rowVersion: sql`${assessments.rowVersion} + 1` })
    .where(
      and(
        eq(assessments.agreementId, agreementId),
        eq(assessments.targetId, targetId),
        eq(assessments.rowVersion, rowVersion),
      ),
    )
    .returning();
  return saved;
}

export async function listDecisionRows(ex: Executor, agreementId: string): Promise<DecisionRow[]> {
  return ex.select().from(assessments).where(eq(assessments.agreementId, agreementId));
}

export async function insertFrameworkChange(
  ex: Executor,
  c: {
    agreementId: string;
    since: string;
    description: string;
    targetIds: string[];
    recordedBy: string;
  },
): Promise<FrameworkChangeRow> {
  const [created] = await ex.insert(frameworkChanges).values(c).returning();
  return created!;
}

export async function listFrameworkChangeRows(
  ex: Executor,
  agreementId: string,
): Promise<FrameworkChangeRow[]> {
  return ex
    .select()
    .from(frameworkChanges)
    .where(eq(frameworkChanges.agreementId, agreementId))
    .orderBy(asc(frameworkChanges.since));
}

/** How many of `ids` are framework changes documented for this agreement. */
export async function countFrameworkChanges(
  ex: Executor,
  agreementId: string,
  ids: readonly number[],
): Promise<number> {
  if (ids.length === 0) return 0;
  const found = await ex
    .select({ id: frameworkChanges.id })
    .from(frameworkChanges)
    .where(
      and(eq(frameworkChanges.agreementId, agreementId), inArray(frameworkChanges.id, [...ids])),
    );
  return found.length;
}
