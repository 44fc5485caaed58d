/**
 * The audit trail as a table for XLSX/CSV (administration only): the records matching the
 * filters, oldest first, with the chain's state in the notes. The export itself is recorded.
 */
import { AUDIT_EXPORT_MAX, type AuditFilterQuery } from '../../contracts/audit.ts';
import type { ExportTable } from '../../contracts/exports.ts';
import { listAuditRows } from '../../db/repositories/audit.ts';
import { buildAuditTable } from '../../documents/models/audit-table.ts';
import { recordAudit } from '../audit.ts';
import { auditFilter, presentAuditRow } from '../audit-trail.ts';
import type { ServiceContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { requireAdministrator } from './administration.ts';
import { checkAuditChain } from './chain-status.ts';

const describeFilters = (q: AuditFilterQuery) => {
  const parts = Object.entries(q)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${String(v)}`);
  return parts.length === 0 ? 'keine (ganzes Protokoll)' : parts.join(', ');
};

export async function exportAuditTrail(
  ctx: ServiceContext,
  query: AuditFilterQuery,
  format: 'xlsx' | 'csv',
): Promise<ExportTable> {
  requireAdministrator(ctx.actor, 'Den Export des Audit-Protokolls');
  const filter = auditFilter(query);
  const rows = await listAuditRows(ctx.db, filter, { order: 'asc', limit: AUDIT_EXPORT_MAX + 1 });
  if (rows.length > AUDIT_EXPORT_MAX)
    throw new AppError(
      'validation',
      `Mehr als ${AUDIT_EXPORT_MAX.toLocaleString('de-DE')} Einträge: bitte den Zeitraum oder die Filter eingrenzen`,
      [{ path: 'query.from', message: 'Zeitraum eingrenzen' }],
    );
  const chain = await checkAuditChain(ctx);
  await recordAudit(ctx.db, ctx.actor, 'export.audit_trail', 'audit', 'audit_log', {
    format,
    filters: query,
    rows: rows.length,
  });
  return buildAuditTable(rows.map(presentAuditRow), {
    chain: `Prüfung der Kette: ${chain.message}`,
    filters: describeFilters(query),
    generatedAt: ctx.now().toISOString(),
    generatedBy: ctx.actor.name,
  });
}
