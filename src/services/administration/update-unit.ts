/**
 * Changing a unit: rename, another Träger form, its keys or Vergleichstyp (unit-key-changes.ts),
 * a move under another parent from a day on, or closing it (its last day). The change names the row version it read (409 when it changed
 * since); the tree rules are the domain's (unit-rules.ts). Recorded as 'unit.update' with what
 * changed. Names are not dated: a rename holds for the unit's whole history.
 */
import { activeUserIdsOfUnit } from '../../db/repositories/user-accounts.ts';
import {
  readUnitLinks,
  readUnitRecords,
  replaceComparisonTypes,
  replaceUnitLinks,
  updateUnitIfVersion,
  type UnitChanges,
} from '../../db/repositories/unit-records.ts';
import type { AdminUnit, UpdateUnitInput } from '../../contracts/admin-units.ts';
import {
  closeProblems,
  linksAfterClose,
  linksAfterMove,
  moveProblems,
  traegerFormProblems,
  type FieldProblem,
  type UnitLink,
} from '../../domain/units/unit-rules.ts';
import { isValidOn } from '../../domain/units/unit-tree.ts';
import { authorize } from '../access.ts';
import { recordAudit } from '../audit.ts';
import { transact, type ServiceContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { keyChanges } from './unit-key-changes.ts';
import { loadUnit, refuseProblems, unitConflict } from './unit-records.ts';

export async function updateUnit(
  ctx: ServiceContext,
  id: string,
  input: UpdateUnitInput,
): Promise<AdminUnit> {
  return transact(ctx, async (tctx) => {
    await authorize(tctx, { kind: 'units.manage' });
    const units = await readUnitRecords(tctx.db);
    const unit = units.find((u) => u.id === id);
    if (unit === undefined) throw new AppError('not_found', `Einheit „${id}“ nicht gefunden`);
    if (unit.rowVersion !== input.rowVersion)
      throw unitConflict(await loadUnit(tctx, id), input.rowVersion);
    const byId = new Map(units.map((u) => [u.id, u]));
    const links = await readUnitLinks(tctx.db);
    const own = links.filter((l) => l.unitId === id);

    const keys = await keyChanges(tctx, unit, input, units, links);
    const problems: FieldProblem[] = [...keys.problems];
    const set: UnitChanges = { ...keys.set };
    const changes: Record<string, unknown> = { ...keys.changes };
    let newLinks: UnitLink[] | null = null;
    if (input.name !== undefined && input.name !== unit.name) {
      set.name = input.name;
      changes.name = { from: unit.name, to: input.name };
    }
    if (input.traegerForm !== undefined && input.traegerForm !== unit.traegerForm) {
      problems.push(...traegerFormProblems(unit.kind, input.traegerForm));
      set.traegerForm = input.traegerForm;
      changes.traegerForm = { from: unit.traegerForm, to: input.traegerForm };
    }
    const closing = input.validTo !== undefined && input.validTo !== unit.validTo;
    if (input.move !== undefined && closing)
      problems.push({
        path: 'move',
        message: 'Verschieben und Schließen bitte nacheinander, jeweils mit eigenem Datum.',
      });
    else if (input.move !== undefined) {
      const { parentId, validFrom } = input.move;
      problems.push(...moveProblems(unit, own, parentId, byId.get(parentId), validFrom));
      newLinks = linksAfterMove(unit, own, parentId, validFrom);
      const previous = own.find((l) => isValidOn(l.validFrom, l.validTo, validFrom));
      changes.move = { from: previous?.parentId ?? null, to: parentId, validFrom };
    } else if (closing) {
      const validTo = input.validTo!;
      const children = links
        .filter((l) => l.parentId === id)
        .map((link) => ({ unit: byId.get(link.unitId)!, link }));
      const users = await activeUserIdsOfUnit(tctx.db, id);
      problems.push(...closeProblems(unit, validTo, own, children, users));
      newLinks = linksAfterClose(own, validTo);
      set.validTo = validTo;
      changes.validTo = { from: unit.validTo, to: validTo };
    }
    refuseProblems(problems, `Die Einheit ${unit.name} lässt sich so nicht ändern`);
    if (Object.keys(changes).length === 0) return loadUnit(tctx, id);

    const updated = await updateUnitIfVersion(tctx.db, id, input.rowVersion, set);
    if (updated === undefined) throw unitConflict(await loadUnit(tctx, id), input.rowVersion);
    if (newLinks !== null) await replaceUnitLinks(tctx.db, id, newLinks);
    if (keys.types !== null) await replaceComparisonTypes(tctx.db, id, keys.types);
    await recordAudit(tctx.db, ctx.actor, 'unit.update', 'unit', id, { changes });
    return loadUnit(tctx, id);
  });
}
