import { readComparisonTypes, readNeighbours } from '../../db/repositories/units.ts';
import type { UnitView } from '../../contracts/units.ts';
import type { ServiceContext } from '../context.ts';
import { loadUnitDirectory } from './unit-directory.ts';

export type { UnitView };

export async function listVisibleUnits(
  ctx: ServiceContext,
  date = ctx.now().toISOString().slice(0, 10),
): Promise<UnitView[]> {
  const directory = await loadUnitDirectory(ctx, date);
  const typeOf = await readComparisonTypes(ctx.db, date);
  const neighbours = await readNeighbours(ctx.db, date);
  return directory.nodes
    .filter((n) => directory.visible.has(n.id))
    .map((n) => ({
      ...n,
      vergleichstyp: typeOf.get(n.id) ?? null,
      neighbours: (neighbours.get(n.id) ?? []).filter((x) => directory.visible.has(x)),
    }));
}
