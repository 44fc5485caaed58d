/** Any two versions of an agreement side by side, as structured changes. */
import { compareVersions, type Change } from '../../domain/agreements/diff.ts';
import type { ServiceContext } from '../context.ts';
import { loadContent, requireAgreement } from './agreement-store.ts';

export async function compareAgreementVersions(
  ctx: ServiceContext,
  id: string,
  from: number,
  to: number,
): Promise<{ from: number; to: number; changes: Change[] }> {
  await requireAgreement(ctx, id);
  const [a, b] = await Promise.all([loadContent(ctx.db, id, from), loadContent(ctx.db, id, to)]);
  return { from, to, changes: compareVersions(a, b) };
}
