/**
 * "Start a draft from last year's agreement": the next year's Entwurf from an existing agreement.
 * A cascaded agreement is linked to the next year's agreement of its Träger when that exists.
 */
import { findAgreementOfParties } from '../../db/repositories/agreements.ts';
import { planNextYear } from '../../domain/agreements/next-year.ts';
import type { ServiceContext } from '../context.ts';
import { agreementFacts, may } from '../access.ts';
import { loadAgreementRow, loadContent, requireAgreement } from './agreement-store.ts';
import type { AgreementView } from './agreement-view.ts';
import { createAgreement } from './create-agreement.ts';

async function nextYearParent(
  ctx: ServiceContext,
  parentId: string | null,
  year: number,
): Promise<string | null> {
  const parent = parentId === null ? undefined : await loadAgreementRow(ctx.db, parentId);
  // a parent the user cannot see is not linked (an örtliches Jobcenter drafting its own year)
  if (
    parent === undefined ||
    !(await may(ctx, { kind: 'agreement.read', agreement: agreementFacts(parent) }))
  )
    return null;
  const next = await findAgreementOfParties(ctx.db, {
    year,
    unitId: parent.unitId,
    steeringUnitId: parent.steeringUnitId,
  });
  return next?.id ?? null;
}

export async function draftNextYear(
  ctx: ServiceContext,
  id: string,
  year?: number,
): Promise<AgreementView> {
  const row = await requireAgreement(ctx, id);
  const { content, marks } = planNextYear(
    await loadContent(ctx.db, id, row.currentVersion),
    year ?? row.year + 1,
  );
  const parentAgreementId = await nextYearParent(ctx, row.parentAgreementId, content.year);
  return createAgreement(ctx, {
    content,
    reviewMarks: marks,
    parentAgreementId,
    comment: `Entwurf aus der Zielvereinbarung ${row.year}`,
  });
}
