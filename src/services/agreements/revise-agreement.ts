/** A change after signing: a new version (the signed one stays as it was). */
import { insertVersion } from '../../db/repositories/agreements.ts';
import { startRevision } from '../../domain/agreements/lifecycle.ts';
import { agreementFacts, authorize } from '../access.ts';
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
    const signed = await loadContent(tx, id, row.currentVersion);
    await authorize(tctx, { kind: 'agreement.revise', agreement: agreementFacts(row, signed) });
    const next = startRevision(row.status, signed);
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
