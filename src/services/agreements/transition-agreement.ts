/** A lifecycle step (Angebot abgeben, verhandeln, unterzeichnen …) with its comment. */
import { and, eq } from 'drizzle-orm';
import { agreementVersions } from '../../db/schema/index.ts';
import type { Signature } from '../../domain/agreements/agreement.ts';
import { ACTION_LABELS, applyAction, canEdit, type AgreementAction } from '../../domain/agreements/lifecycle.ts';
import { mayTakeAction } from '../../domain/agreements/party-rights.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { claimRowVersion, loadContent, recordEvent, requireAgreement, sideOf } from './agreement-store.ts';
import { presentAgreement, type AgreementView } from './agreement-view.ts';

export interface TransitionInput {
  rowVersion: number;
  action: AgreementAction;
  comment?: string | null;
  /** signing: the signatures (who, place, date) written into the version being signed */
  signatures?: Signature[];
}

export async function transitionAgreement(ctx: ServiceContext, id: string, input: TransitionInput): Promise<AgreementView> {
  return ctx.db.transaction(async (tx) => {
    const row = await requireAgreement(ctx, id, tx);
    if (!mayTakeAction(await sideOf(ctx, row), input.action)) throw new AppError('forbidden', `„${ACTION_LABELS[input.action]}“ ist Sache der steuernden Seite (${row.steeringUnitId})`);
    let content = await loadContent(tx, id, row.currentVersion);
    if (input.signatures !== undefined) {
      if (input.action !== 'unterzeichnen' || !canEdit(row.status)) throw new AppError('validation', 'Unterschriften werden nur beim Unterzeichnen eingetragen', [{ path: 'signatures', message: 'nur mit action "unterzeichnen"' }]);
      content = { ...content, signatures: input.signatures };
    }
    const result = applyAction(row.status, input.action, content);
    if (!result.ok) throw new AppError('invalid_state', result.reason);
    const updated = await claimRowVersion(tx, row, input.rowVersion, { status: result.status });
    await tx.update(agreementVersions).set({ status: result.status, content })
      .where(and(eq(agreementVersions.agreementId, id), eq(agreementVersions.versionNo, row.currentVersion)));
    await recordEvent(tx, ctx, { agreementId: id, versionNo: row.currentVersion, action: input.action, fromStatus: row.status, toStatus: result.status, comment: input.comment ?? null });
    await recordAudit(tx, ctx.actor, `agreement.${input.action}`, 'agreement', id, { versionNo: row.currentVersion, from: row.status, to: result.status, comment: input.comment ?? null });
    return presentAgreement(ctx, tx, updated);
  });
}
