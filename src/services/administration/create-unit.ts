/**
 * A new unit in the tree (tree rules: src/domain/units/unit-rules.ts): its kind, Träger form and
 * parent from its first day on, its keys and Vergleichstyp (unit-keys.ts). Recorded as
 * 'unit.create', like units saved by the loaders.
 */
import {
  insertUnitRecord,
  readUnitLinks,
  readUnitRecords,
  replaceComparisonTypes,
  replaceUnitLinks,
} from '../../db/repositories/unit-records.ts';
import type { AdminUnit, CreateUnitInput } from '../../contracts/admin-units.ts';
import { assignComparisonType, keyProblems } from '../../domain/units/unit-keys.ts';
import { newUnitProblems } from '../../domain/units/unit-rules.ts';
import { authorize } from '../access.ts';
import { recordAudit } from '../audit.ts';
import { transact, type ServiceContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { landKeyAbove, loadUnit, refuseProblems } from './unit-records.ts';

export async function createUnit(ctx: ServiceContext, input: CreateUnitInput): Promise<AdminUnit> {
  return transact(ctx, async (tctx) => {
    await authorize(tctx, { kind: 'units.manage' });
    const units = await readUnitRecords(tctx.db);
    if (units.some((u) => u.id === input.id))
      throw new AppError('conflict', `Die Einheit „${input.id}“ gibt es schon.`, [
        { path: 'id', message: 'schon vergeben' },
      ]);
    const links = await readUnitLinks(tctx.db);
    const { parentId, vergleichstyp, ...unit } = input;
    const types =
      vergleichstyp === null
        ? { problems: [], assignments: [] }
        : assignComparisonType({ ...unit, validTo: null }, [], vergleichstyp, input.validFrom);
    refuseProblems(
      [
        ...newUnitProblems(input, units),
        ...keyProblems(input.kind, input, landKeyAbove(units, links, parentId, input.validFrom)),
        ...types.problems,
      ],
      'Die Einheit passt so nicht in den Baum',
    );
    const saved = await insertUnitRecord(tctx.db, { ...unit, validTo: null });
    if (saved === undefined)
      throw new AppError('conflict', `Die Einheit „${input.id}“ gibt es schon.`, [
        { path: 'id', message: 'schon vergeben' },
      ]);
    if (parentId !== null)
      await replaceUnitLinks(tctx.db, input.id, [
        { unitId: input.id, parentId, validFrom: input.validFrom, validTo: null },
      ]);
    if (types.assignments.length > 0)
      await replaceComparisonTypes(tctx.db, input.id, types.assignments);
    await recordAudit(tctx.db, ctx.actor, 'unit.create', 'unit', input.id, {
      name: input.name,
      kind: input.kind,
      traegerForm: input.traegerForm,
      parentId,
      validFrom: input.validFrom,
      // keys and type as far as given
      ...Object.fromEntries(
        Object.entries({
          regionalschluessel: input.regionalschluessel,
          dienststelle: input.dienststelle,
          vergleichstyp,
        }).filter(([, value]) => value !== null),
      ),
    });
    return loadUnit(tctx, input.id);
  });
}
