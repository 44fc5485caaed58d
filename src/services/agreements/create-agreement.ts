/** A new agreement starts as version 1 in status Entwurf. */
import {
  findAgreementOfParties,
  insertAgreement,
  insertVersion,
} from '../../db/repositories/agreements.ts';
import { recordAudit } from '../audit.ts';
import { transact, type ServiceContext } from '../context.ts';
import { steeringParty, targetParty } from '../../domain/agreements/parties.ts';
import { AppError } from '../errors.ts';
import { loadUnitDirectory } from '../units/unit-directory.ts';
import { agreementFacts, authorize } from '../access.ts';
import { recordEvent, requireAgreement } from './agreement-store.ts';
import { presentAgreement, type AgreementView } from './agreement-view.ts';
import { checkAgreementContent } from './check-content.ts';
import type { ReviewMark } from '../../domain/agreements/year-review.ts';

export interface CreateAgreementInput {
  content: unknown;
  parentAgreementId?: string | null;
  comment?: string | null;
  /** texts to check, from the service that made the content (never from a client) */
  reviewMarks?: ReviewMark[];
}

export async function createAgreement(
  ctx: ServiceContext,
  input: CreateAgreementInput,
): Promise<AgreementView> {
  const content = checkAgreementContent(input.content);
  const directory = await loadUnitDirectory(ctx);
  const steering = steeringParty(content);
  const party = targetParty(content);
  content.parties.forEach((p, i) => {
    if (!directory.byId.has(p.unitId))
      throw new AppError('validation', `unbekannte Einheit ${p.unitId}`, [
        { path: `content.parties.${i}.unitId`, message: 'unbekannte Einheit' },
      ]);
  });
  const parties = content.parties.map((p) => ({ unitId: p.unitId, side: p.side }));
  return transact(ctx, async (tctx) => {
    const t = tctx.db;
    const parentId = input.parentAgreementId ?? null;
    const parent = parentId === null ? null : await requireAgreement(tctx, parentId);
    await authorize(tctx, {
      kind: 'agreement.create',
      unitId: party.unitId,
      steeringUnitId: steering.unitId,
      parties,
      year: content.year,
      parent: parent === null ? null : agreementFacts(parent),
    });
    const existing = await findAgreementOfParties(t, {
      year: content.year,
      unitId: party.unitId,
      steeringUnitId: steering.unitId,
    });
    if (existing !== undefined)
      throw new AppError(
        'conflict',
        `Für ${content.year} gibt es schon eine Zielvereinbarung zwischen ${steering.name} und ${party.name}`,
        [{ path: 'content.year', message: `vorhanden: ${existing.id}` }],
        { agreementId: existing.id },
      );
    const row = await insertAgreement(t, {
      year: content.year,
      steeringUnitId: steering.unitId,
      unitId: party.unitId,
      parties,
      parentAgreementId: input.parentAgreementId ?? null,
      status: 'entwurf',
    });
    await insertVersion(t, {
      agreementId: row.id,
      versionNo: 1,
      status: 'entwurf',
      content,
      createdBy: ctx.actor.id,
      reviewMarks: input.reviewMarks ?? [],
    });
    await recordEvent(t, ctx, {
      agreementId: row.id,
      versionNo: 1,
      action: 'anlegen',
      fromStatus: null,
      toStatus: 'entwurf',
      comment: input.comment ?? null,
    });
    await recordAudit(t, ctx.actor, 'agreement.create', 'agreement', row.id, {
      year: content.year,
      unitId: party.unitId,
    });
    return presentAgreement(tctx, row);
  });
}
