/** Editing the content of the current version: only while the lifecycle allows it, only on the version read. */
import { updateVersion } from '../../db/repositories/agreements.ts';
import {
  canEdit,
  canRecordProgress,
  onlyProgressChanged,
  STATUS_LABELS,
} from '../../domain/agreements/lifecycle.ts';
import { compareVersions } from '../../domain/agreements/diff.ts';
import { recordAudit } from '../audit.ts';
import { transact, type ServiceContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { claimRowVersion, loadContent, requireAgreement } from './agreement-store.ts';
import { presentAgreement, type AgreementView } from './agreement-view.ts';
import { checkAgreementContent } from './check-content.ts';

export async function updateAgreementContent(
  ctx: ServiceContext,
  id: string,
  input: { rowVersion: number; content: unknown; comment?: string | null },
): Promise<AgreementView> {
  const content = checkAgreementContent(input.content);
  return transact(ctx, async (tctx) => {
    const tx = tctx.db;
    const row = await requireAgreement(tctx, id);
    const before = await loadContent(tx, id, row.currentVersion);
    // once signed, only the progress of milestones may still be recorded (lifecycle.ts)
    const progressOnly = canRecordProgress(row.status) && onlyProgressChanged(before, content);
    if (!canEdit(row.status) && !progressOnly)
      throw new AppError(
        'invalid_state',
        `Im Status „${STATUS_LABELS[row.status]}“ ist die Zielvereinbarung nicht änderbar; eine Änderung nach der Unterzeichnung ist eine neue Version.`,
      );
    if (content.year !== row.year)
      throw new AppError('validation', 'Das Jahr einer Zielvereinbarung ist nicht änderbar', [
        { path: 'content.year', message: `war ${row.year}` },
      ]);
    if (
      content.parties[1].unitId !== before.parties[1].unitId ||
      content.parties[0].unitId !== before.parties[0].unitId
    ) {
      throw new AppError(
        'validation',
        'Die Vertragsparteien einer Zielvereinbarung sind nicht änderbar',
        [{ path: 'content.parties', message: 'andere Einheit als beim Anlegen' }],
      );
    }
    const updated = await claimRowVersion(tx, row, input.rowVersion);
    await updateVersion(tx, id, row.currentVersion, { content });
    await recordAudit(tx, ctx.actor, 'agreement.update', 'agreement', id, {
      versionNo: row.currentVersion,
      comment: input.comment ?? null,
      changes: compareVersions(before, content),
    });
    return presentAgreement(tctx, updated);
  });
}
