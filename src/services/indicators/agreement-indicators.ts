/**
 * The local indicators an agreement refers to, with their names and units, for its sentences,
 * explanations and charts. Whoever may read the agreement reads the names of what it agrees on:
 * name, definition and unit are part of the agreed text, not figures.
 */
import { listIndicatorRows } from '../../db/repositories/indicators.ts';
import type { AgreementContent } from '../../domain/agreements/agreement.ts';
import { indicatorIdsOf } from '../../domain/agreements/agreement-indicators.ts';
import type { LocalIndicator } from '../../domain/agreements/criteria.ts';
import type { ServiceContext } from '../context.ts';

export async function indicatorsOfAgreement(
  ctx: ServiceContext,
  content: AgreementContent,
): Promise<LocalIndicator[]> {
  const ids = new Set(indicatorIdsOf(content));
  if (ids.size === 0) return [];
  const rows = await listIndicatorRows(ctx.db);
  return rows
    .filter((r) => ids.has(r.id))
    .map((r) => ({
      id: r.id,
      name: r.name,
      definition: r.definition,
      unit: r.unit,
      source: r.source as LocalIndicator['source'],
    }));
}
