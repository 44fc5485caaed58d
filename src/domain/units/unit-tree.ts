/**
 * The unit tree as of one date: Bund › Land › Träger › örtliches Jobcenter, the tree of figures
 * (a Träger is the sum of its örtliche Jobcenter, a Land of its Träger).
 *
 * Beside it stand the organisations that are parties to agreements but hold no figures of their
 * own (ORGANISATION_KINDS): BMAS; the Bundesagentur für Arbeit › Regionaldirektion › Agentur für
 * Arbeit; the kommunale Träger of a gemeinsame Einrichtung (the Kreis or the kreisfreie Stadt
 * that forms the gE with the Agentur, § 44b SGB II). They form trees of their own (roots: BMAS,
 * BA, and each kommunaler Träger), never under a Land, so no sum, comparison or disclosure rule
 * of the Träger tree meets them.
 */
export type TreeKind = 'bund' | 'land' | 'traeger' | 'jobcenter';
export type OrganisationKind = 'bmas' | 'ba' | 'regionaldirektion' | 'agentur' | 'kommune';
export type UnitKind = TreeKind | OrganisationKind;

export const TREE_KINDS: readonly UnitKind[] = ['bund', 'land', 'traeger', 'jobcenter'];
export const ORGANISATION_KINDS: readonly UnitKind[] = [
  'bmas',
  'ba',
  'regionaldirektion',
  'agentur',
  'kommune',
];
export const UNIT_KINDS: readonly UnitKind[] = [...TREE_KINDS, ...ORGANISATION_KINDS];

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
  bmas: 'Bundesministerium (BMAS)',
  ba: 'Bundesagentur für Arbeit',
  regionaldirektion: 'Regionaldirektion der BA',
  agentur: 'Agentur für Arbeit',
  kommune: 'kommunaler Träger einer gE',
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
