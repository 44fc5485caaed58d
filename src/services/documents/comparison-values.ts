/**
 * The figures of the comparison table: the group of units a report compares (a Träger and its
 * örtliche Jobcenter; for a Jobcenter the Träger it belongs to) on the main Kennzahlen of one
 * month, as far as the actor may see them.
 */
import { COMPARISON_COLUMNS } from '../../documents/models/comparison-table.ts';
import type { ComparisonCell, ComparisonRow } from '../../documents/models/report-data.ts';
import type { UnitNode } from '../../domain/units/unit-tree.ts';
import type { ServiceContext } from '../context.ts';
import { loadUnitDirectory, requireVisible } from '../units/unit-directory.ts';
import { readValues, type ProtectedValue } from '../values/protect-values.ts';

export interface ComparisonFigures {
  unit: UnitNode;
  rows: ComparisonRow[];
  stands: string[];
}

function cellOf(v: ProtectedValue | undefined): ComparisonCell | null {
  if (v === undefined) return null;
  return { value: v.value, quality: v.quality, suppressed: v.suppressed };
}

export async function loadComparisonFigures(
  ctx: ServiceContext,
  unitId: string,
  month: string,
  datenstand: 'latest' | number,
): Promise<ComparisonFigures> {
  const directory = await loadUnitDirectory(ctx);
  const unit = requireVisible(directory, unitId, ctx.actor);
  const groupId =
    unit.kind === 'jobcenter' && unit.parentId !== null && directory.visible.has(unit.parentId)
      ? unit.parentId
      : unit.id;
  const group = directory.byId.get(groupId)!;
  const children = directory.nodes
    .filter((n) => n.parentId === groupId && directory.visible.has(n.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
  const units = [group, ...children];
  const ids = units.map((u) => u.id);
  const query = (kind: 'kennzahl' | 'grundgroesse') =>
    readValues(ctx, {
      unitIds: ids,
      kind,
      metrics: COMPARISON_COLUMNS.filter((c) => c.kind === kind).map((c) => c.metric),
      sex: ['insgesamt'],
      from: month,
      to: month,
      datenstand,
    });
  const values = [...(await query('kennzahl')), ...(await query('grundgroesse'))];
  const byKey = new Map(values.map((v) => [`${v.unitId}|${v.kind}|${v.metric}`, v]));
  const rows = units.map((u) => ({
    unitId: u.id,
    name: u.name,
    total: u.id === groupId && children.length > 0,
    cells: Object.fromEntries(
      COMPARISON_COLUMNS.map((c) => [c.key, cellOf(byKey.get(`${u.id}|${c.kind}|${c.metric}`))]),
    ),
  }));
  return { unit, rows, stands: [...new Set(values.map((v) => v.stand))] };
}
