/** Documented changes of framework conditions (e.g. refugees 2016) that the assessment must consider. */
import {
  insertFrameworkChange,
  listFrameworkChangeRows,
} from '../../db/repositories/assessments.ts';
import { recordAudit } from '../audit.ts';
import { transact, type ServiceContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { loadContent, requireAgreement } from '../agreements/agreement-store.ts';
import { targetsOf, type AgreementContent } from '../../domain/agreements/agreement.ts';
import { agreementFacts, authorize } from '../access.ts';

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
  if (input.description.trim() === '')
    throw new AppError('validation', 'Beschreibung fehlt', [
      { path: 'description', message: 'fehlt' },
    ]);
  return transact(ctx, async (tctx) => {
    const tx = tctx.db;
    const row = await requireAgreement(tctx, agreementId, 'share');
    const content = await loadContent(tx, agreementId, row.currentVersion);
    await authorize(tctx, { kind: 'framework.record', agreement: agreementFacts(row, content) });
    checkTargetIds(content, input.targetIds);
    const created = await insertFrameworkChange(tx, {
      agreementId,
      ...input,
      recordedBy: ctx.actor.id,
    });
    await recordAudit(tx, ctx.actor, 'framework_change.create', 'agreement', agreementId, input);
    return { ...created, recordedAt: created.recordedAt.toISOString() };
  });
}

function checkTargetIds(content: AgreementContent, targetIds: readonly string[]) {
  const known = new Set(targetsOf(content).map((t) => t.id));
  const unknown = targetIds.filter((id) => !known.has(id));
  if (unknown.length > 0)
    throw new AppError(
      'validation',
      `unbekannte Ziele: ${unknown.join(', ')}`,
      unknown.map((id) => ({
        path: 'targetIds',
        message: `kein Ziel ${id} in dieser Vereinbarung`,
      })),
    );
}

export async function listFrameworkChanges(ctx: ServiceContext, agreementId: string) {
  await requireAgreement(ctx, agreementId);
  const rows = await listFrameworkChangeRows(ctx.db, agreementId);
  return rows.map((r) => ({ ...r, recordedAt: r.recordedAt.toISOString() }));
}
