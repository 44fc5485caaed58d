/** Local indicators (lokale Kennzahlen) with optimistic concurrency. */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../executor.ts';
import { localIndicators } from '../schema/index.ts';

export type IndicatorRow = typeof localIndicators.$inferSelect;
type IndicatorValues = Omit<IndicatorRow, 'rowVersion' | 'ownerUnitId'>;

export async function listIndicatorRows(ex: Executor): Promise<IndicatorRow[]> {
  return ex.select().from(localIndicators).orderBy(asc(localIndicators.id));
}

export async function findIndicator(ex: Executor, id: string): Promise<IndicatorRow | undefined> {
  const [row] = await ex.select().from(localIndicators).where(eq(localIndicators.id, id));
  return row;
}

/** undefined if the id is taken */
export async function insertIndicator(
  ex: Executor,
  values: IndicatorValues & { ownerUnitId: string },
): Promise<IndicatorRow | undefined> {
  const [saved] = await ex
    .insert(localIndicators)
    .values({ ...values, rowVersion: 1 })
    .onConflictDoNothing()
    .returning();
  return saved;
}

/** undefined unless the indicator exists with this row version; the owner stays */
export async function updateIndicator(
  ex: Executor,
  values: IndicatorValues,
  rowVersion: number,
): Promise<IndicatorRow | undefined> {
  const [saved] = await ex
    .update(localIndicators)
    .set({ ...values, rowVersion: sql`${localIndicators.rowVersion} + 1` })
    .where(and(eq(localIndicators.id, values.id), eq(localIndicators.rowVersion, rowVersion)))
    .returning();
  return saved;
}
