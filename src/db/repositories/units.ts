/** The dated unit tree with Vergleichstypen and nearest neighbours. */
import { and, eq, gte, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { UnitNode } from '../../domain/units/unit-tree.ts';
import type { Executor } from '../executor.ts';
import { unitComparisonTypes, unitLinks, unitNeighbours, units } from '../schema/index.ts';

export interface UnitRecord extends UnitNode {
  validFrom: string;
  /** SGB II-Vergleichstyp (IAB), if any */
  vergleichstyp?: string;
  /** nearest neighbours, most similar first */
  neighbours?: string[];
}

/** valid on `date` (ISO): from ≤ date ≤ to, an open end included */
const validOn = (from: PgColumn, to: PgColumn, date: string): SQL =>
  and(lte(from, date), or(isNull(to), gte(to, date)))!;

/** Every unit valid on `date` with its parent on that date. */
export async function readUnitTree(ex: Executor, date: string): Promise<UnitNode[]> {
  const rows = await ex
    .select({
      id: units.id,
      name: units.name,
      kind: units.kind,
      traegerForm: units.traegerForm,
      parentId: unitLinks.parentId,
    })
    .from(units)
    .leftJoin(
      unitLinks,
      and(eq(unitLinks.unitId, units.id), validOn(unitLinks.validFrom, unitLinks.validTo, date)),
    )
    .where(validOn(units.validFrom, units.validTo, date))
    .orderBy(units.id);
  return rows.map((r) => ({ ...r, parentId: r.parentId ?? null }));
}

export async function readComparisonTypes(
  ex: Executor,
  date: string,
): Promise<Map<string, string>> {
  const rows = await ex
    .select()
    .from(unitComparisonTypes)
    .where(validOn(unitComparisonTypes.validFrom, unitComparisonTypes.validTo, date));
  return new Map(rows.map((t) => [t.unitId, t.typ]));
}

/** Nearest neighbours per unit on `date`, most similar first. */
export async function readNeighbours(ex: Executor, date: string): Promise<Map<string, string[]>> {
  const rows = await ex
    .select()
    .from(unitNeighbours)
    .where(validOn(unitNeighbours.validFrom, unitNeighbours.validTo, date))
    .orderBy(unitNeighbours.rank);
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.unitId, [...(out.get(r.unitId) ?? []), r.neighbourId]);
  return out;
}

/** What saveUnits changed: ids of the units added, and of those renamed or extended. */
export interface SavedUnits {
  added: string[];
  /** changed name, kind or Träger form, or a new link, Vergleichstyp or neighbour */
  changed: string[];
}

/**
 * Adds or renames units; links, types and neighbours are added where missing. A unit that is
 * already as given is left alone (and not reported as changed).
 */
export async function saveUnits(ex: Executor, records: readonly UnitRecord[]): Promise<SavedUnits> {
  if (records.length === 0) return { added: [], changed: [] };
  const saved = await ex
    .insert(units)
    .values(
      records.map((r) => ({
        id: r.id,
        name: r.name,
        kind: r.kind,
        traegerForm: r.traegerForm,
        validFrom: r.validFrom,
      })),
    )
    .onConflictDoUpdate({
      target: units.id,
      set: {
        name: sql`excluded.name`,
        kind: sql`excluded.kind`,
        traegerForm: sql`coalesce(excluded.traeger_form, ${units.traegerForm})`,
        // an administrator's pending edit of the unit is now stale (optimistic concurrency)
        rowVersion: sql`${units.rowVersion} + 1`,
      },
      setWhere: sql`(${units.name}, ${units.kind}, ${units.traegerForm}) IS DISTINCT FROM (excluded.name, excluded.kind, coalesce(excluded.traeger_form, ${units.traegerForm}))`,
    })
    // xmax is 0 for a row this statement inserted, the updating transaction's id for one it updated
    .returning({ id: units.id, inserted: sql<boolean>`(xmax = 0)` });
  const added = saved.filter((r) => r.inserted).map((r) => r.id);
  const changed = new Set(saved.filter((r) => !r.inserted).map((r) => r.id));
  const links = records
    .filter((r) => r.parentId !== null)
    .map((r) => ({ unitId: r.id, parentId: r.parentId as string, validFrom: r.validFrom }));
  const types = records
    .filter((r) => r.vergleichstyp !== undefined)
    .map((r) => ({ unitId: r.id, typ: r.vergleichstyp as string, validFrom: r.validFrom }));
  const neighbours = records.flatMap((r) =>
    (r.neighbours ?? []).map((n, i) => ({
      unitId: r.id,
      neighbourId: n,
      rank: i + 1,
      validFrom: r.validFrom,
    })),
  );
  const extended = [
    ...(links.length > 0
      ? await ex
          .insert(unitLinks)
          .values(links)
          .onConflictDoNothing()
          .returning({ unitId: unitLinks.unitId })
      : []),
    ...(types.length > 0
      ? await ex
          .insert(unitComparisonTypes)
          .values(types)
          .onConflictDoNothing()
          .returning({ unitId: unitComparisonTypes.unitId })
      : []),
    ...(neighbours.length > 0
      ? await ex
          .insert(unitNeighbours)
          .values(neighbours)
          .onConflictDoNothing()
          .returning({ unitId: unitNeighbours.unitId })
      : []),
  ];
  const isAdded = new Set(added);
  for (const { unitId } of extended) if (!isAdded.has(unitId)) changed.add(unitId);
  return { added, changed: [...changed] };
}

/** Sets the Träger form; whether it changed (false when it was already so). */
export async function setTraegerForm(
  ex: Executor,
  unitId: string,
  form: 'zkT' | 'gE',
): Promise<boolean> {
  const changed = await ex
    .update(units)
    .set({ traegerForm: form, rowVersion: sql`${units.rowVersion} + 1` })
    .where(and(eq(units.id, unitId), sql`${units.traegerForm} IS DISTINCT FROM ${form}`))
    .returning({ id: units.id });
  return changed.length > 0;
}
