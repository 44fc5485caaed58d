/** A lifecycle step (Angebot abgeben, verhandeln, unterzeichnen …) with its comment. */
import { updateVersion } from '../../db/repositories/agreements.ts';
import type { Signature } from '../../domain/agreements/agreement.ts';
import {
  ACTION_LABELS,
  applyAction,
  canEdit,
  type AgreementAction,
} from '../../domain/agreements/lifecycle.ts';
import { mayTakeAction } from '../../domain/agreements/party-rights.ts';
import { recordAudit } from '../audit.ts';
import { transact, type ServiceContext } from '../context.ts';
import { AppError } from '../errors.ts';
import {
  claimRowVersion,
  loadContent,
  recordEvent,
  requireAgreement,
  sideOf,
} from './agreement-store.ts';
import { presentAgreement, type AgreementView } from './agreement-view.ts';

export interface TransitionInput {
  rowVersion: number;
  action: AgreementAction;
  comment?: string | null;
  /** signing: the signatures (who, place, date) written into the version being signed */
  signatures?: Signature[];
}

export async function transitionAgreement(
  ctx: ServiceContext,
  id: string,
  input: TransitionInput,
): Promise<AgreementView> {
  return transact(ctx, async (tctx) => {
    const tx = tctx.db;
    const row = await requireAgreement(tctx, id);
    if (!mayTakeAction(await sideOf(tctx, row), input.action))
      throw new AppError(
        'forbidden',
        `„${ACTION_LABELS[input.action]}“ ist Sache der steuernden Seite (${row.steeringUnitId})`,
      );
    let content = await loadContent(tx, id, row.currentVersion);
    if (input.signatures !== undefined) {
      if (input.action !== 'unterzeichnen' || !canEdit(row.status))
        throw new AppError(
          'validation',
          'Unterschriften werden nur beim Unterzeichnen eingetragen',
          [{ path: 'signatures', message: 'nur mit action "unterzeichnen"' }],
        );
      content = { ...content, signatures: input.signatures };
    }
    const result = applyAction(row.status, input.action, content);
    if (!result.ok) throw new AppError('invalid_state', result.reason);
    const updated = await claimRowVersion(tx, row, input.rowVersion, { status: result.status });
    await updateVersion(tx, id, row.currentVersion, { status: result.status, content });
    await recordEvent(tx, ctx, {
      agreementId: id,
      versionNo: row.currentVersion,
      action: input.action,
      fromStatus: row.status,
      toStatus: result.status,
      comment: input.comment ?? null,
    });
    await recordAudit(tx, ctx.actor, `agreement.${input.action}`, 'agreement', id, {
      versionNo: row.currentVersion,
      from: row.status,
      to: result.status,
      comment: input.comment ?? null,
    });
    return presentAgreement(tctx, updated);
  });
}
