/** Shared steps of the unit services: the unit as the API shows it, and 404/409 of a unit. */
import {
  findUnitRecord,
  readComparisonTypeAssignments,
  readUnitLinks,
  type UnitRecordRow,
} from '../../db/repositories/unit-records.ts';
import type { AdminUnit } from '../../contracts/admin-units.ts';
import type { ComparisonTypeAssignment } from '../../domain/units/unit-keys.ts';
import { isValidOn } from '../../domain/units/unit-tree.ts';
import type { UnitLink } from '../../domain/units/unit-rules.ts';
import type { ServiceContext } from '../context.ts';
import { AppError } from '../errors.ts';

export const today = (ctx: ServiceContext) => ctx.now().toISOString().slice(0, 10);

/** A unit with its links and Vergleichstypen (oldest first) and its parent on `date`. */
export function presentUnit(
  row: UnitRecordRow,
  links: readonly UnitLink[],
  types: readonly (ComparisonTypeAssignment & { unitId: string })[],
  date: string,
): AdminUnit {
  const own = links.filter((l) => l.unitId === row.id);
  return {
    ...row,
    parentId: own.find((l) => isValidOn(l.validFrom, l.validTo, date))?.parentId ?? null,
    links: own.map(({ parentId, validFrom, validTo }) => ({ parentId, validFrom, validTo })),
    vergleichstypen: types
      .filter((t) => t.unitId === row.id)
      .map(({ typ, validFrom, validTo }) => ({ typ, validFrom, validTo })),
  };
}

export async function loadUnit(ctx: ServiceContext, id: string): Promise<AdminUnit> {
  const row = await findUnitRecord(ctx.db, id);
  if (row === undefined) throw new AppError('not_found', `Einheit „${id}“ nicht gefunden`);
  return presentUnit(
    row,
    await readUnitLinks(ctx.db, id),
    await readComparisonTypeAssignments(ctx.db, id),
    today(ctx),
  );
}

/**
 * The Regionalschlüssel of the Land above a unit placed under `parentId` on `date` (unit-keys.ts:
 * keys below a Land begin with it), or null when there is none or it has no key.
 */
export function landKeyAbove(
  units: readonly UnitRecordRow[],
  links: readonly UnitLink[],
  parentId: string | null,
  date: string,
): string | null {
  const byId = new Map(units.map((u) => [u.id, u]));
  for (let id = parentId, steps = 0; id !== null && steps < 5; steps++) {
    const unit = byId.get(id);
    if (unit === undefined) return null;
    if (unit.kind === 'land') return unit.regionalschluessel;
    id =
      links.find((l) => l.unitId === id && isValidOn(l.validFrom, l.validTo, date))?.parentId ??
      null;
  }
  return null;
}

export function unitConflict(current: AdminUnit, expected: number): AppError {
  return new AppError(
    'conflict',
    `Die Einheit „${current.name}“ wurde inzwischen geändert (gelesen: Stand ${expected}, aktuell: Stand ${current.rowVersion}). Bitte neu laden und die Änderung erneut vornehmen.`,
    [{ path: 'rowVersion', message: `veraltet: ${expected}, aktuell ${current.rowVersion}` }],
    current,
  );
}

/** Throws a validation error naming each field, when there are problems. */
export function refuseProblems(
  problems: readonly { path: string; message: string }[],
  what: string,
): void {
  if (problems.length > 0)
    throw new AppError('validation', `${what}: ${problems.map((p) => p.message).join(' ')}`, [
      ...problems,
    ]);
}
