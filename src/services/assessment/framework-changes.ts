/** Documented changes of framework conditions (e.g. refugees 2016) that the assessment must consider. */
import {
  insertFrameworkChange,
  listFrameworkChangeRows,
} from '../../db/repositories/assessments.ts';
import { recordAudit } from '../audit.ts';
import { transact, type ServiceContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { loadContent, requireAgreement } from '../agreements/agreement-store.ts';
import { targetsOf } from '../../domain/agreements/agreement.ts';

export interface FrameworkChangeInput {
  since: string;
  description: string;
  /** affected targets; empty = all */
  targetIds: string[];
}

export async function recordFrameworkChange(
  ctx: ServiceContext,
  agreementId: string,
  input: FrameworkChangeInput,
) {
  const row = await requireAgreement(ctx, agreementId);
  const known = new Set(
    targetsOf(await loadContent(ctx.db, agreementId, row.currentVersion)).map((t) => t.id),
  );
  const unknown = input.targetIds.filter((id) => !known.has(id));
  if (unknown.length > 0)
    throw new AppError(
      'validation',
      `unbekannte Ziele: ${unknown.join(', ')}`,
      unknown.map((id) => ({
        path: 'targetIds',
        message: `kein Ziel ${id} in dieser Vereinbarung`,
      })),
    );
  if (input.description.trim() === '')
    throw new AppError('validation', 'Beschreibung fehlt', [
      { path: 'description', message: 'fehlt' },
    ]);
  return transact(ctx, async ({ db: tx }) => {
    const created = await insertFrameworkChange(tx, {
      agreementId,
      ...input,
      recordedBy: ctx.actor.id,
    });
    await recordAudit(tx, ctx.actor, 'framework_change.create', 'agreement', agreementId, input);
    return { ...created, recordedAt: created.recordedAt.toISOString() };
  });
}

export async function listFrameworkChanges(ctx: ServiceContext, agreementId: string) {
  await requireAgreement(ctx, agreementId);
  const rows = await listFrameworkChangeRows(ctx.db, agreementId);
  return rows.map((r) => ({ ...r, recordedAt: r.recordedAt.toISOString() }));
}
