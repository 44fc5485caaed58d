/** The unit tree as of one date: Bund › Land › Träger › örtliches Jobcenter. */
export type UnitKind = 'bund' | 'land' | 'traeger' | 'jobcenter';

export interface UnitNode {
  id: string;
  name: string;
  kind: UnitKind;
  /** zkT or gE for a Träger, null otherwise */
  traegerForm: 'zkT' | 'gE' | null;
  parentId: string | null;
}

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  bund: 'Bund',
  land: 'Land',
  traeger: 'Träger',
  jobcenter: 'örtliches Jobcenter',
};

/** Something valid on `date` (ISO dates compare as strings): from ≤ date and (no end or date ≤ to). */
export function isValidOn(validFrom: string, validTo: string | null, date: string): boolean {
  return validFrom <= date && (validTo === null || date <= validTo);
}

/** The ids of `rootId` and every unit below it. */
export function subtreeIds(nodes: readonly UnitNode[], rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const n of nodes)
    if (n.parentId !== null) children.set(n.parentId, [...(children.get(n.parentId) ?? []), n.id]);
  const out = new Set<string>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/** Path from the root down to `id` (inclusive). */
export function ancestorsOf(nodes: readonly UnitNode[], id: string): UnitNode[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const path: UnitNode[] = [];
  for (
    let n = byId.get(id);
    n !== undefined;
    n = n.parentId === null ? undefined : byId.get(n.parentId)
  )
    path.unshift(n);
  return path;
}
