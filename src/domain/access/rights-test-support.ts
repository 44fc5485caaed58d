/** Test support of the rights tests: unit trees, principals and agreement facts in one line each. */
import type { Side } from '../agreements/agreement.ts';
import type { UnitNode } from '../units/unit-tree.ts';
import type { AgreementFacts, Principal, UnitIndex } from './rights.ts';

export const node = (
  id: string,
  name: string,
  kind: UnitNode['kind'],
  parentId: string | null,
  traegerForm: UnitNode['traegerForm'] = kind === 'traeger' ? 'zkT' : null,
): UnitNode => ({ id, name, kind, parentId, traegerForm });

export const unitIndex = (nodes: readonly UnitNode[]): UnitIndex => ({
  byId: new Map(nodes.map((n) => [n.id, n])),
});

export const who = (
  role: Principal['role'],
  unitId: string,
  importSources: Principal['importSources'] = [],
): Principal => ({ role, unitId, importSources });

/** An agreement of `parties` ([unit, side], side 0 first): the first of each side steers / is measured. */
export function facts(
  parties: readonly (readonly [string, Side])[],
  status: AgreementFacts['status'],
  signedBy: readonly number[] = [],
  year = 2014,
): AgreementFacts {
  const firstOf = (side: Side) => parties.find(([, s]) => s === side)![0];
  return {
    steeringUnitId: firstOf(0),
    unitId: firstOf(1),
    year,
    status,
    parties: parties.map(([unitId, side]) => ({ unitId, side })),
    signedBy,
  };
}
