/** A change after signing: a new version (the signed one stays as it was). */
import { insertVersion } from '../../db/repositories/agreements.ts';
import { canRevise, startRevision, STATUS_LABELS } from '../../domain/agreements/lifecycle.ts';
import { recordAudit } from '../audit.ts';
import { transact, type ServiceContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { claimRowVersion, loadContent, recordEvent, requireAgreement } from './agreement-store.ts';
import { presentAgreement, type AgreementView } from './agreement-view.ts';

export async function reviseAgreement(
  ctx: ServiceContext,
  id: string,
  input: { rowVersion: number; reason: string },
): Promise<AgreementView> {
  if (input.reason.trim() === '')
    throw new AppError('validation', 'Eine neue Fassung braucht einen Grund', [
      { path: 'reason', message: 'fehlt' },
    ]);
  return transact(ctx, async (tctx) => {
    const tx = tctx.db;
    const row = await requireAgreement(tctx, id);
    if (!canRevise(row.status))
      throw new AppError(
        'invalid_state',
        `Eine neue Fassung entsteht nur aus einer unterzeichneten Vereinbarung (Status jetzt: „${STATUS_LABELS[row.status]}“).`,
      );
    const next = startRevision(row.status, await loadContent(tx, id, row.currentVersion));
    const versionNo = row.currentVersion + 1;
    const updated = await claimRowVersion(tx, row, input.rowVersion, {
      status: next.status,
      currentVersion: versionNo,
    });
    await insertVersion(tx, {
      agreementId: id,
      versionNo,
      status: next.status,
      content: next.content,
      reason: input.reason,
      createdBy: ctx.actor.id,
    });
    await recordEvent(tx, ctx, {
      agreementId: id,
      versionNo,
      action: 'neue_fassung',
      fromStatus: row.status,
      toStatus: next.status,
      comment: input.reason,
    });
    await recordAudit(tx, ctx.actor, 'agreement.revise', 'agreement', id, {
      fromVersion: row.currentVersion,
      versionNo,
      reason: input.reason,
    });
    return presentAgreement(tctx, updated);
  });
}
