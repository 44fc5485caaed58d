/**
 * The part of a unit change that touches its keys and its Vergleichstyp (rules: domain/units/
 * unit-keys.ts): what to set, what the audit record says changed, the new dated assignments.
 */
import {
  readComparisonTypeAssignments,
  type UnitChanges,
  type UnitRecordRow,
} from '../../db/repositories/unit-records.ts';
import type { UpdateUnitInput } from '../../contracts/admin-units.ts';
import {
  assignComparisonType,
  keyProblems,
  type ComparisonTypeAssignment,
} from '../../domain/units/unit-keys.ts';
import type { FieldProblem, UnitLink } from '../../domain/units/unit-rules.ts';
import { isValidOn } from '../../domain/units/unit-tree.ts';
import type { ServiceContext } from '../context.ts';
import { landKeyAbove, today } from './unit-records.ts';

export interface KeyChanges {
  problems: FieldProblem[];
  set: UnitChanges;
  changes: Record<string, unknown>;
  /** the unit's whole Vergleichstyp history after the change, or null when unchanged */
  types: ComparisonTypeAssignment[] | null;
}

export async function keyChanges(
  ctx: ServiceContext,
  unit: UnitRecordRow,
  input: UpdateUnitInput,
  units: readonly UnitRecordRow[],
  links: readonly UnitLink[],
): Promise<KeyChanges> {
  const out: KeyChanges = { problems: [], set: {}, changes: {}, types: null };
  const changed: Partial<Record<'regionalschluessel' | 'dienststelle', string | null>> = {};
  for (const key of ['regionalschluessel', 'dienststelle'] as const) {
    const to = input[key];
    if (to === undefined || to === unit[key]) continue;
    changed[key] = to;
    out.set[key] = to;
    out.changes[key] = { from: unit[key], to };
  }
  const date = today(ctx);
  const parentId =
    links.find((l) => l.unitId === unit.id && isValidOn(l.validFrom, l.validTo, date))?.parentId ??
    null;
  out.problems.push(...keyProblems(unit.kind, changed, landKeyAbove(units, links, parentId, date)));
  if (input.vergleichstyp !== undefined) {
    const { typ, validFrom } = input.vergleichstyp;
    const current = await readComparisonTypeAssignments(ctx.db, unit.id);
    const result = assignComparisonType(unit, current, typ, validFrom);
    out.problems.push(...result.problems);
    out.types = result.assignments;
    const running = current.find((a) => isValidOn(a.validFrom, a.validTo, validFrom));
    out.changes.vergleichstyp = { from: running?.typ ?? null, to: typ, validFrom };
  }
  return out;
}
