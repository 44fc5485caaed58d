/** The whole unit tree for the administration: every unit, open or closed, with its links. */
import {
  readComparisonTypeAssignments,
  readUnitLinks,
  readUnitRecords,
} from '../../db/repositories/unit-records.ts';
import type { AdminUnit } from '../../contracts/admin-units.ts';
import { authorize } from '../access.ts';
import type { ServiceContext } from '../context.ts';
import { presentUnit, today } from './unit-records.ts';

export async function listUnitTree(ctx: ServiceContext, date = today(ctx)): Promise<AdminUnit[]> {
  await authorize(ctx, { kind: 'units.manage' });
  const rows = await readUnitRecords(ctx.db);
  const links = await readUnitLinks(ctx.db);
  const types = await readComparisonTypeAssignments(ctx.db);
  return rows.map((row) => presentUnit(row, links, types, date));
}
