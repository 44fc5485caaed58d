/**
 * Local indicators: agreed figures that are no § 48a Kennzahl (e.g. eLb under 25), each with its
 * definition, unit and source. Values of a 'manuell' indicator are entered per month as a
 * Datenstand (kind 'lokal'); a 'regel' indicator records its rule over the microdata.
 */
import {
  findIndicator,
  insertIndicator,
  listIndicatorRows,
  updateIndicator,
} from '../../db/repositories/indicators.ts';
import type { LocalIndicator } from '../../domain/agreements/criteria.ts';
import { indicatorProblems } from '../../domain/agreements/derived-indicator.ts';
import { recordAudit } from '../audit.ts';
import { transact, type ServiceContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { authorize } from '../access.ts';
import { decide } from '../../domain/access/rights.ts';
import { loadUnitDirectory } from '../units/unit-directory.ts';

export async function listLocalIndicators(
  ctx: ServiceContext,
): Promise<(LocalIndicator & { rowVersion: number; editable: boolean })[]> {
  const rows = await listIndicatorRows(ctx.db);
  const directory = await loadUnitDirectory(ctx);
  return rows
    .filter(
      (r) =>
        decide(ctx.actor, directory, { kind: 'indicator.read', ownerUnitId: r.ownerUnitId })
          .allowed,
    )
    .map((r) => ({
      ...r,
      source: r.source as LocalIndicator['source'],
      // what the web application offers to change: the save decision for this indicator
      editable: decide(ctx.actor, directory, { kind: 'indicator.save', ownerUnitId: r.ownerUnitId })
        .allowed,
    }));
}

export async function saveLocalIndicator(
  ctx: ServiceContext,
  indicator: LocalIndicator,
  rowVersion: number | null,
) {
  return transact(ctx, async (tctx) => {
    const tx = tctx.db;
    const existing = rowVersion === null ? undefined : await findIndicator(tx, indicator.id);
    if (existing !== undefined) {
      // someone else's indicator outside the user's area is not found; the administration is refused
      const seen = decide(tctx.actor, await loadUnitDirectory(tctx), {
        kind: 'indicator.read',
        ownerUnitId: existing.ownerUnitId,
      });
      if (!seen.allowed)
        throw new AppError(
          seen.code,
          seen.code === 'not_found'
            ? `Lokale Kennzahl ${indicator.id} nicht gefunden`
            : seen.message,
        );
    }
    await authorize(tctx, { kind: 'indicator.save', ownerUnitId: existing?.ownerUnitId ?? null });
    const problems = indicatorProblems(indicator);
    if (problems.length > 0)
      throw new AppError('validation', 'Die lokale Kennzahl passt so nicht', problems);
    let saved;
    if (rowVersion === null) {
      saved = await insertIndicator(tx, { ...indicator, ownerUnitId: ctx.actor.unitId });
      if (saved === undefined)
        throw new AppError('conflict', `Die lokale Kennzahl ${indicator.id} gibt es schon`, [
          { path: 'id', message: 'vergeben' },
        ]);
    } else {
      saved = await updateIndicator(tx, indicator, rowVersion);
      if (saved === undefined) {
        const current = await findIndicator(tx, indicator.id);
        if (current === undefined)
          throw new AppError('not_found', `Lokale Kennzahl ${indicator.id} nicht gefunden`);
        throw new AppError(
          'conflict',
          `Die lokale Kennzahl ${indicator.id} wurde inzwischen geändert`,
          [
            {
              path: 'rowVersion',
              message: `veraltet: ${rowVersion}, aktuell ${current.rowVersion}`,
            },
          ],
          current,
        );
      }
    }
    await recordAudit(
      tx,
      ctx.actor,
      rowVersion === null ? 'indicator.create' : 'indicator.update',
      'indicator',
      indicator.id,
      indicator,
    );
    return { ...saved, source: saved.source as LocalIndicator['source'] };
  });
}
