/**
 * A lifecycle step (Angebot abgeben, verhandeln, unterzeichnen …) with its comment. Who may take
 * which step is the domain's decision (access/rights.ts); signing enters the acting party's own
 * signature, and the version is signed once every party's is there.
 */
import { findReviewMarks, updateVersion } from '../../db/repositories/agreements.ts';
import type { Signature } from '../../domain/agreements/agreement.ts';
import { applyAction, type AgreementAction } from '../../domain/agreements/lifecycle.ts';
import { agreementFacts, authorize } from '../access.ts';
import { recordAudit } from '../audit.ts';
import { transact, type ServiceContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { claimRowVersion, loadContent, recordEvent, requireAgreement } from './agreement-store.ts';
import { presentAgreement, type AgreementView } from './agreement-view.ts';

export interface TransitionInput {
  rowVersion: number;
  action: AgreementAction;
  comment?: string | null;
  /** signing: the signature (who, place, date) of the acting party, written into the version */
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
    let content = await loadContent(tx, id, row.currentVersion);
    const facts = agreementFacts(row, content);
    if (input.action === 'unterzeichnen') {
      const signatures = input.signatures ?? [];
      if (signatures.length === 0)
        throw new AppError('validation', 'Zum Unterzeichnen gehört die eigene Unterschrift', [
          { path: 'signatures', message: 'fehlt' },
        ]);
      signatures.forEach((s, i) => {
        if (content.parties[s.party] === undefined)
          throw new AppError(
            'validation',
            `Die Unterschrift nennt Vertragspartner Nr. ${s.party + 1}; die Vereinbarung hat ${content.parties.length}.`,
            [
              {
                path: `signatures.${i}.party`,
                message: 'kein Vertragspartner dieser Vereinbarung',
              },
            ],
          );
      });
      for (const party of new Set(signatures.map((s) => s.party)))
        await authorize(tctx, { kind: 'agreement.sign', agreement: facts, party });
      content = { ...content, signatures: [...content.signatures, ...signatures] };
    } else {
      if (input.signatures !== undefined)
        throw new AppError(
          'validation',
          'Unterschriften werden nur beim Unterzeichnen eingetragen',
          [{ path: 'signatures', message: 'nur mit action "unterzeichnen"' }],
        );
      await authorize(tctx, { kind: 'agreement.step', agreement: facts, action: input.action });
      if (input.action === 'wiedereroeffnen' && (input.comment ?? '').trim() === '')
        throw new AppError(
          'validation',
          'Eine bewertete Vereinbarung wird nur mit Begründung wieder geöffnet',
          [{ path: 'comment', message: 'Begründung fehlt' }],
        );
      // a negotiation that goes back to the draft takes the signatures entered so far with it
      if (input.action === 'zurueckziehen') content = { ...content, signatures: [] };
    }
    const openMarks =
      input.action === 'unterzeichnen' ? await findReviewMarks(tx, id, row.currentVersion) : [];
    const result = applyAction(row.status, input.action, content, openMarks);
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
      ...(input.action === 'unterzeichnen'
        ? { signedFor: input.signatures?.map((s) => s.party) }
        : {}),
    });
    return presentAgreement(tctx, updated);
  });
}
