import { and, gte, isNull, lte, or } from 'drizzle-orm';
import { unitComparisonTypes, unitNeighbours } from '../../db/schema/index.ts';
import type { UnitView } from '../../contracts/units.ts';
import type { ServiceContext } from '../context.ts';
import { loadUnitDirectory } from './unit-directory.ts';

export type { UnitView };

export async function listVisibleUnits(ctx: ServiceContext, date = ctx.now().toISOString().slice(0, 10)): Promise<UnitView[]> {
  const directory = await loadUnitDirectory(ctx, date);
  const types = await ctx.db.select().from(unitComparisonTypes)
    .where(and(lte(unitComparisonTypes.validFrom, date), or(isNull(unitComparisonTypes.validTo), gte(unitComparisonTypes.validTo, date))));
  const neighbours = await ctx.db.select().from(unitNeighbours)
    .where(and(lte(unitNeighbours.validFrom, date), or(isNull(unitNeighbours.validTo), gte(unitNeighbours.validTo, date))))
    .orderBy(unitNeighbours.rank);
  const typeOf = new Map(types.map((t) => [t.unitId, t.typ]));
  return directory.nodes.filter((n) => directory.visible.has(n.id)).map((n) => ({
    ...n,
    vergleichstyp: typeOf.get(n.id) ?? null,
    neighbours: neighbours.filter((x) => x.unitId === n.id && directory.visible.has(x.neighbourId)).map((x) => x.neighbourId),
  }));
}
