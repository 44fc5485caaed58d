/** "Start a draft from last year's agreement": the next year's Entwurf from an existing agreement. */
import { draftForNextYear } from '../../domain/agreements/next-year.ts';
import type { ServiceContext } from '../context.ts';
import { loadContent, requireAgreement } from './agreement-store.ts';
import type { AgreementView } from './agreement-view.ts';
import { createAgreement } from './create-agreement.ts';

export async function draftNextYear(ctx: ServiceContext, id: string, year?: number): Promise<AgreementView> {
  const row = await requireAgreement(ctx, id);
  const content = draftForNextYear(await loadContent(ctx.db, id, row.currentVersion), year ?? row.year + 1);
  return createAgreement(ctx, { content, comment: `Entwurf aus der Zielvereinbarung ${row.year}` });
}
