/** The unit tree of a day from the administration's list: children, the units valid that day. */
import type { AdminUnit } from '../api/use-unit-tree.ts';
import { isValidOn, UNIT_KIND_LABELS } from '../../../../domain/units/unit-tree.ts';

export const todayIso = () => new Date().toISOString().slice(0, 10);

export const isOpenOn = (u: AdminUnit, date: string) => isValidOn(u.validFrom, u.validTo, date);

/** The parent of `u` on `date` (its link valid that day). */
export const parentOn = (u: AdminUnit, date: string) =>
  u.links.find((l) => isValidOn(l.validFrom, l.validTo, date))?.parentId ?? null;

const byName = (a: AdminUnit, b: AdminUnit) => a.name.localeCompare(b.name, 'de');

/** The units valid on `date`, as roots and children (by name). */
export function treeOn(units: readonly AdminUnit[], date: string) {
  const open = units.filter((u) => isOpenOn(u, date));
  const ids = new Set(open.map((u) => u.id));
  const children = new Map<string, AdminUnit[]>();
  const roots: AdminUnit[] = [];
  for (const u of [...open].sort(byName)) {
    const parent = parentOn(u, date);
    if (parent === null || !ids.has(parent)) roots.push(u);
    else children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  return { roots, childrenOf: (id: string) => children.get(id) ?? [] };
}

/** "Bocholt (örtliches Jobcenter, 05554008)" */
export const unitLabel = (u: Pick<AdminUnit, 'id' | 'name' | 'kind'>) =>
  `${u.name} (${UNIT_KIND_LABELS[u.kind]}, ${u.id})`;
