/**
 * Who may compare what (zielsteuerung.md "Data protection"): a unit the viewer sees, and an
 * örtliches Jobcenter its peers too; what of their figures it sees exactly is decided in
 * services/values/protect-values.ts.
 */
import type { ServiceContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { requireVisible, type UnitDirectory } from '../units/unit-directory.ts';

/** The parent whose örtliche Jobcenter the viewer may see side by side. */
export function requireComparableParent(
  ctx: ServiceContext,
  directory: UnitDirectory,
  parentId: string,
) {
  requireVisible(directory, ctx.actor.unitId, ctx.actor); // the administration sees no figures
  const parent = directory.byId.get(parentId);
  const own = directory.byId.get(ctx.actor.unitId);
  const peerOfOwn = own !== undefined && own.parentId === parentId;
  if (parent === undefined || (!directory.visible.has(parentId) && !peerOfOwn))
    throw new AppError('not_found', `Einheit ${parentId} nicht gefunden`);
  return parent;
}

/**
 * A context that reads figures and units outside the viewer's own area. Use it only after the
 * caller has decided what the viewer may compare (the functions above); the figures are
 * suppressed afterwards.
 */
export function comparisonReader(ctx: ServiceContext): ServiceContext {
  return { ...ctx, actor: { ...ctx.actor, operator: true } };
}
