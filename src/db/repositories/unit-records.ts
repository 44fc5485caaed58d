/**
 * The unit tree as the administration keeps it: every unit with its validity and row version,
 * every dated link, and changes that name the row version they read (optimistic concurrency).
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { ComparisonTypeAssignment, UnitKeys } from '../../domain/units/unit-keys.ts';
import type { DatedUnit, UnitLink } from '../../domain/units/unit-rules.ts';
import type { Executor } from '../executor.ts';
import { unitComparisonTypes, unitLinks, units } from '../schema/index.ts';

export interface UnitRecordRow extends DatedUnit, UnitKeys {
  rowVersion: number;
}

const columns = {
  id: units.id,
  name: units.name,
  kind: units.kind,
  traegerForm: units.traegerForm,
  validFrom: units.validFrom,
  validTo: units.validTo,
  regionalschluessel: units.regionalschluessel,
  dienststelle: units.dienststelle,
  rowVersion: units.rowVersion,
};

/** Every unit, open or closed, ordered by id. */
export async function readUnitRecords(ex: Executor): Promise<UnitRecordRow[]> {
  return ex.select(columns).from(units).orderBy(units.id);
}

export async function findUnitRecord(ex: Executor, id: string): Promise<UnitRecordRow | undefined> {
  const [row] = await ex.select(columns).from(units).where(eq(units.id, id));
  return row;
}

/** Every link (of one unit, with `unitId`), oldest first. */
export async function readUnitLinks(ex: Executor, unitId?: string): Promise<UnitLink[]> {
  return ex
    .select({
      unitId: unitLinks.unitId,
      parentId: unitLinks.parentId,
      validFrom: unitLinks.validFrom,
      validTo: unitLinks.validTo,
    })
    .from(unitLinks)
    .where(unitId === undefined ? undefined : eq(unitLinks.unitId, unitId))
    .orderBy(asc(unitLinks.unitId), asc(unitLinks.validFrom));
}

/** Adds a unit; undefined if the id is taken. */
export async function insertUnitRecord(
  ex: Executor,
  unit: DatedUnit & UnitKeys,
): Promise<UnitRecordRow | undefined> {
  const [row] = await ex.insert(units).values(unit).onConflictDoNothing().returning(columns);
  return row;
}

/** Replaces the rows of one unit in a dated table by `rows`: its whole dated history. */
async function replaceHistory(
  ex: Executor,
  table: typeof unitLinks | typeof unitComparisonTypes,
  unitId: string,
  rows: readonly (typeof table.$inferInsert)[],
): Promise<void> {
  await ex.delete(table).where(eq(table.unitId, unitId));
  if (rows.length > 0) await ex.insert(table).values([...rows]);
}

/** Replaces the links of one unit by `links` (its whole dated history). */
export const replaceUnitLinks = (ex: Executor, unitId: string, links: readonly UnitLink[]) =>
  replaceHistory(ex, unitLinks, unitId, links);

export type UnitChanges = Partial<Pick<DatedUnit, 'name' | 'traegerForm' | 'validTo'> & UnitKeys>;

/** Every Vergleichstyp assignment (of one unit, with `unitId`), oldest first. */
export async function readComparisonTypeAssignments(
  ex: Executor,
  unitId?: string,
): Promise<(ComparisonTypeAssignment & { unitId: string })[]> {
  return ex
    .select({
      unitId: unitComparisonTypes.unitId,
      typ: unitComparisonTypes.typ,
      validFrom: unitComparisonTypes.validFrom,
      validTo: unitComparisonTypes.validTo,
    })
    .from(unitComparisonTypes)
    .where(unitId === undefined ? undefined : eq(unitComparisonTypes.unitId, unitId))
    .orderBy(asc(unitComparisonTypes.unitId), asc(unitComparisonTypes.validFrom));
}

/** Replaces the Vergleichstyp assignments of one unit by `assignments` (its whole dated history). */
export const replaceComparisonTypes = (
  ex: Executor,
  unitId: string,
  assignments: readonly ComparisonTypeAssignment[],
) =>
  replaceHistory(
    ex,
    unitComparisonTypes,
    unitId,
    assignments.map((a) => ({ ...a, unitId })),
  );

/** Applies `set` and moves the row version on if it still is `expected`; undefined if not. */
export async function updateUnitIfVersion(
  ex: Executor,
  id: string,
  expected: number,
  set: UnitChanges,
): Promise<UnitRecordRow | undefined> {
  const [row] = await ex
    .update(units)
    .set({ ...set, rowVersion: sql`${units.rowVersion} + 1` })
    .where(and(eq(units.id, id), eq(units.rowVersion, expected)))
    .returning(columns);
  return row;
}
