import { readComparisonTypes, readNeighbours } from '../../db/repositories/units.ts';
import type { UnitView } from '../../contracts/units.ts';
import { ORGANISATION_KINDS } from '../../domain/units/unit-tree.ts';
import type { ServiceContext } from '../context.ts';
import { loadUnitDirectory } from './unit-directory.ts';

export type { UnitView };

/**
 * With `organisations`, also the organisations outside the Träger tree (BMAS, BA,
 * Regionaldirektionen, Agenturen für Arbeit, kommunale Träger of a gE) that the user does not see
 * otherwise: names to pick a party of an agreement from; they have no figures of their own.
 */
export async function listVisibleUnits(
  ctx: ServiceContext,
  date = ctx.now().toISOString().slice(0, 10),
  { organisations = false }: { organisations?: boolean } = {},
): Promise<UnitView[]> {
  const directory = await loadUnitDirectory(ctx, date);
  const typeOf = await readComparisonTypes(ctx.db, date);
  const neighbours = await readNeighbours(ctx.db, date);
  const visible = directory.nodes
    .filter((n) => directory.visible.has(n.id))
    .map((n) => ({
      ...n,
      vergleichstyp: typeOf.get(n.id) ?? null,
      neighbours: (neighbours.get(n.id) ?? []).filter((x) => directory.visible.has(x)),
    }));
  if (!organisations || ctx.actor.role === 'administration') return visible;
  const others = directory.nodes
    .filter((n) => !directory.visible.has(n.id) && ORGANISATION_KINDS.includes(n.kind))
    .map((n) => ({ ...n, vergleichstyp: null, neighbours: [] }));
  return [...visible, ...others];
}
