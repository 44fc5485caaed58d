/** Editing the content of the current version: only while the lifecycle allows it, only on the version read. */
import { findReviewMarks, updateVersion } from '../../db/repositories/agreements.ts';
import { carryReviewMarks } from '../../domain/agreements/year-review.ts';
import {
  canRecordProgress,
  onlyProgressChanged,
  progressChange,
} from '../../domain/agreements/lifecycle.ts';
import type { AgreementContent } from '../../domain/agreements/agreement.ts';
import { deepEqual } from '../../domain/agreements/deep-equal.ts';
import { sidesWithChangedParties } from '../../domain/agreements/parties.ts';
import type { AgreementFacts } from '../../domain/access/rights.ts';
import { agreementFacts, authorize, may } from '../access.ts';
import { compareVersions } from '../../domain/agreements/diff.ts';
import { recordAudit } from '../audit.ts';
import { transact, type ServiceContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { claimRowVersion, loadContent, requireAgreement } from './agreement-store.ts';
import { presentAgreement, type AgreementView } from './agreement-view.ts';
import { checkAgreementContent } from './check-content.ts';
import { checkPartyChange } from './party-change.ts';

/**
 * Once signed, only the progress of milestones is still recorded (lifecycle.ts): the target
 * party reports, the steering party confirms. Otherwise the text is edited, never the signatures.
 */
async function authorizeChange(
  ctx: ServiceContext,
  agreement: AgreementFacts,
  before: AgreementContent,
  after: AgreementContent,
): Promise<void> {
  if (canRecordProgress(agreement.status) && onlyProgressChanged(before, after)) {
    const change = progressChange(before, after);
    if (change.confirmed) await authorize(ctx, { kind: 'milestone.confirm', agreement });
    if (change.reported) await authorize(ctx, { kind: 'milestone.propose', agreement });
    if (
      !change.confirmed &&
      !change.reported &&
      !(await may(ctx, { kind: 'milestone.confirm', agreement }))
    )
      // a report taken back, or nothing changed
      await authorize(ctx, { kind: 'milestone.propose', agreement });
    return;
  }
  await authorize(ctx, { kind: 'agreement.edit', agreement });
  for (const side of sidesWithChangedParties(before, after))
    await authorize(ctx, { kind: 'agreement.parties', agreement, side });
  if (!deepEqual(before.signatures, after.signatures))
    throw new AppError(
      'validation',
      'Unterschriften werden nur mit dem Schritt „unterzeichnen“ eingetragen, jede Seite für sich',
      [{ path: 'content.signatures', message: 'nicht änderbar' }],
    );
}

export async function updateAgreementContent(
  ctx: ServiceContext,
  id: string,
  input: {
    rowVersion: number;
    content: unknown;
    comment?: string | null;
    /** paths of review marks the user confirms as checked ("geprüft"); unknown paths are ignored */
    reviewed?: readonly string[];
  },
): Promise<AgreementView> {
  const content = checkAgreementContent(input.content);
  return transact(ctx, async (tctx) => {
    const tx = tctx.db;
    const row = await requireAgreement(tctx, id);
    const before = await loadContent(tx, id, row.currentVersion);
    await authorizeChange(tctx, agreementFacts(row, before), before, content);
    if (content.year !== row.year)
      throw new AppError('validation', 'Das Jahr einer Zielvereinbarung ist nicht änderbar', [
        { path: 'content.year', message: `war ${row.year}` },
      ]);
    // the row's parties decide the rights: they change with the content (party-change.ts)
    const parties = await checkPartyChange(tctx, row, before, content);
    const updated = await claimRowVersion(tx, row, input.rowVersion, parties ? { parties } : {});
    // a mark goes when confirmed or when its text was reworded (year-review.ts)
    const marks = await findReviewMarks(tx, id, row.currentVersion);
    const reviewMarks = carryReviewMarks(marks, content, input.reviewed);
    await updateVersion(tx, id, row.currentVersion, { content, reviewMarks });
    await recordAudit(tx, ctx.actor, 'agreement.update', 'agreement', id, {
      versionNo: row.currentVersion,
      comment: input.comment ?? null,
      changes: compareVersions(before, content),
      // only a draft with marks says what became of them (other edits keep their record as it was)
      ...(marks.length > 0 && {
        reviewed: input.reviewed ?? [],
        reviewMarksOpen: reviewMarks.length,
      }),
    });
    return presentAgreement(tctx, updated);
  });
}
