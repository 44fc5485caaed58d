/** The audit trail: append only. */
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../executor.ts';
import { auditLog } from '../schema/index.ts';

export async function insertAudit(
  ex: Executor,
  r: { actor: string; action: string; entity: string; entityId: string; detail: unknown },
): Promise<void> {
  await ex.insert(auditLog).values({ ...r, detail: r.detail ?? {} });
}

export async function listAuditRows(ex: Executor, entity: string, entityId: string) {
  return ex
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)))
    .orderBy(asc(auditLog.id));
}
