/** Reading the audit trail of one record (agreement, Datenstand …), for those who may see it. */
import { listAuditRows } from '../db/repositories/audit.ts';
import type { ServiceContext } from './context.ts';
import { AppError } from './errors.ts';
import { requireAgreement } from './agreements/agreement-store.ts';

export async function listAuditTrail(
  ctx: ServiceContext,
  entity: 'agreement' | 'datenstand',
  entityId: string,
) {
  if (entity === 'agreement') await requireAgreement(ctx, entityId);
  else if (ctx.actor.role !== 'administration' && ctx.actor.role !== 'ministerium')
    throw new AppError('forbidden', 'Den Verlauf eines Datenstands sehen Ministerium und Betrieb');
  const rows = await listAuditRows(ctx.db, entity, entityId);
  return rows.map((r) => ({
    at: r.at.toISOString(),
    actor: r.actor,
    action: r.action,
    detail: r.detail,
  }));
}
