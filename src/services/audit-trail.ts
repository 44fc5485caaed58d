/**
 * Reading the audit trail. The administration reads all of it, filtered and paged, with the
 * state of the hash chain. Everyone else reads the trail of one record they may see, as before:
 * an agreement of their units, a Datenstand (ministries); exports stay out of that view — who
 * downloaded what is for the administration (docs/audit.md).
 */
import { listAuditRows, type AuditFilter } from '../db/repositories/audit.ts';
import type {
  AuditEntryView,
  AuditFilterQuery,
  AuditPage,
  AuditQuery,
} from '../contracts/audit.ts';
import { requireAgreement } from './agreements/agreement-store.ts';
import { isAdministrator } from './audit/administration.ts';
import { readChainState } from './audit/chain-status.ts';
import type { ServiceContext } from './context.ts';
import { authorize } from './access.ts';
import { listDatenstandUnitIds } from '../db/repositories/values.ts';
import { AppError } from './errors.ts';

/** Actions the per-record view leaves out. */
const ADMINISTRATION_ONLY = ['export.'] as const;

const DAY_MS = 86_400_000;
const isDate = (t: string) => /^\d{4}-\d{2}-\d{2}$/.test(t);

/** The query's filters as the repository takes them; a date `to` includes its day. */
export function auditFilter(q: AuditFilterQuery): AuditFilter {
  const entityId = q.entityId ?? q.id;
  if (q.entityId !== undefined && q.id !== undefined && q.entityId !== q.id)
    throw new AppError('validation', 'entityId und id nennen verschiedene Datensätze', [
      { path: 'query.id', message: 'weglassen oder gleich entityId' },
    ]);
  if (entityId !== undefined && q.entity === undefined)
    throw new AppError('validation', 'Ein Datensatz wird mit seiner Art gesucht', [
      { path: 'query.entity', message: 'fehlt (zu entityId)' },
    ]);
  const from = q.from === undefined ? undefined : new Date(q.from);
  const before =
    q.to === undefined
      ? undefined
      : isDate(q.to)
        ? new Date(new Date(q.to).getTime() + DAY_MS)
        : new Date(q.to);
  return {
    entity: q.entity,
    entityId,
    actor: q.actor,
    actionPrefix: q.action,
    from,
    before,
  };
}

/** What a user other than the administration may read: the trail of one record they may see. */
async function requireRecordView(ctx: ServiceContext, filter: AuditFilter): Promise<void> {
  if (filter.entity === undefined || filter.entityId === undefined)
    throw new AppError(
      'forbidden',
      'Das ganze Protokoll sieht nur die Administration; sonst den Verlauf eines Datensatzes mit entity und entityId abfragen',
    );
  if (filter.entity === 'agreement') await requireAgreement(ctx, filter.entityId);
  else if (filter.entity === 'datenstand') {
    await authorize(ctx, {
      kind: 'datenstand.history',
      unitIds: /^\d{1,9}$/.test(filter.entityId)
        ? await listDatenstandUnitIds(ctx.db, Number(filter.entityId))
        : [],
    });
  } else
    throw new AppError(
      'forbidden',
      `Den Verlauf von „${filter.entity}“ sieht nur die Administration (sonst: agreement, datenstand)`,
    );
}

export function presentAuditRow(r: {
  id: number;
  at: Date;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  detail: unknown;
  hash: string;
}): AuditEntryView {
  return {
    id: r.id,
    at: r.at.toISOString(),
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entityId,
    detail: r.detail,
    hash: r.hash,
  };
}

export async function listAuditTrail(ctx: ServiceContext, query: AuditQuery): Promise<AuditPage> {
  let filter = auditFilter(query);
  const administrator = isAdministrator(ctx.actor);
  if (!administrator) {
    await requireRecordView(ctx, filter);
    filter = { ...filter, excludeActionPrefixes: ADMINISTRATION_ONLY };
  }
  const rows = await listAuditRows(ctx.db, filter, {
    order: query.order,
    cursor: query.cursor,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  return {
    entries: page.map(presentAuditRow),
    nextCursor: rows.length > query.limit ? page[page.length - 1]!.id : null,
    chain: administrator ? await readChainState(ctx) : null,
  };
}
