/** Writing the unit tree (demo content, imports of the BA's Träger list). */
import { sql } from 'drizzle-orm';
import { unitComparisonTypes, unitLinks, unitNeighbours, units } from '../../db/schema/index.ts';
import type { UnitNode } from '../../domain/units/unit-tree.ts';
import type { Tx } from '../context.ts';

export interface UnitRecord extends UnitNode {
  validFrom: string;
  /** SGB II-Vergleichstyp (IAB), if any */
  vergleichstyp?: string;
  /** nearest neighbours, most similar first */
  neighbours?: string[];
}

export async function saveUnits(tx: Tx, records: readonly UnitRecord[]): Promise<void> {
  if (records.length === 0) return;
  await tx.insert(units)
    .values(records.map((r) => ({ id: r.id, name: r.name, kind: r.kind, traegerForm: r.traegerForm, validFrom: r.validFrom })))
    .onConflictDoUpdate({ target: units.id, set: { name: sql`excluded.name`, kind: sql`excluded.kind`, traegerForm: sql`coalesce(excluded.traeger_form, ${units.traegerForm})` } });
  const links = records.filter((r) => r.parentId !== null).map((r) => ({ unitId: r.id, parentId: r.parentId as string, validFrom: r.validFrom }));
  if (links.length > 0) await tx.insert(unitLinks).values(links).onConflictDoNothing();
  const types = records.filter((r) => r.vergleichstyp !== undefined).map((r) => ({ unitId: r.id, typ: r.vergleichstyp as string, validFrom: r.validFrom }));
  if (types.length > 0) await tx.insert(unitComparisonTypes).values(types).onConflictDoNothing();
  const neighbours = records.flatMap((r) => (r.neighbours ?? []).map((n, i) => ({ unitId: r.id, neighbourId: n, rank: i + 1, validFrom: r.validFrom })));
  if (neighbours.length > 0) await tx.insert(unitNeighbours).values(neighbours).onConflictDoNothing();
}
