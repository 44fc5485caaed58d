/**
 * Local indicators: agreed figures that are no § 48a Kennzahl (e.g. eLb under 25), each with its
 * definition, unit and source. Values of a 'manuell' indicator are entered per month as a
 * Datenstand (kind 'lokal'); a 'regel' indicator records its rule over the microdata.
 */
import { asc, eq, sql } from 'drizzle-orm';
import { localIndicators } from '../../db/schema/index.ts';
import type { LocalIndicator } from '../../domain/agreements/criteria.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { AppError } from '../errors.ts';

export async function listLocalIndicators(ctx: ServiceContext): Promise<(LocalIndicator & { rowVersion: number })[]> {
  const rows = await ctx.db.select().from(localIndicators).orderBy(asc(localIndicators.id));
  return rows.map((r) => ({ ...r, source: r.source as LocalIndicator['source'] }));
}

export async function saveLocalIndicator(ctx: ServiceContext, indicator: LocalIndicator, rowVersion: number | null) {
  if (ctx.actor.role === 'jobcenter') throw new AppError('forbidden', 'Lokale Kennzahlen legen Träger und Ministerium fest');
  return ctx.db.transaction(async (tx) => {
    let saved;
    if (rowVersion === null) {
      [saved] = await tx.insert(localIndicators).values({ ...indicator, rowVersion: 1 }).onConflictDoNothing().returning();
      if (saved === undefined) throw new AppError('conflict', `Die lokale Kennzahl ${indicator.id} gibt es schon`, [{ path: 'id', message: 'vergeben' }]);
    } else {
      [saved] = await tx.update(localIndicators).set({ ...indicator, rowVersion: sql`${localIndicators.rowVersion} + 1` })
        .where(sql`${localIndicators.id} = ${indicator.id} AND ${localIndicators.rowVersion} = ${rowVersion}`).returning();
      if (saved === undefined) {
        const [current] = await tx.select().from(localIndicators).where(eq(localIndicators.id, indicator.id));
        if (current === undefined) throw new AppError('not_found', `Lokale Kennzahl ${indicator.id} nicht gefunden`);
        throw new AppError('conflict', `Die lokale Kennzahl ${indicator.id} wurde inzwischen geändert`, [{ path: 'rowVersion', message: `veraltet: ${rowVersion}, aktuell ${current.rowVersion}` }], current);
      }
    }
    await recordAudit(tx, ctx.actor, rowVersion === null ? 'indicator.create' : 'indicator.update', 'indicator', indicator.id, indicator);
    return { ...saved, source: saved.source as LocalIndicator['source'] };
  });
}
