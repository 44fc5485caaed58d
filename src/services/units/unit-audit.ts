/**
 * Changes of the unit tree in the audit trail: one record per unit added ('unit.create') or
 * changed ('unit.update': renamed, another kind or Träger form, a new link, Vergleichstyp or
 * neighbours), with the unit as it was saved.
 */
import type { SavedUnits, UnitRecord } from '../../db/repositories/units.ts';
import type { AuditEntry } from '../audit.ts';

export function unitAuditEntries(records: readonly UnitRecord[], saved: SavedUnits): AuditEntry[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  const entry = (action: string, id: string): AuditEntry => {
    const r = byId.get(id);
    return {
      action,
      entity: 'unit',
      entityId: id,
      detail:
        r === undefined
          ? {}
          : {
              name: r.name,
              kind: r.kind,
              traegerForm: r.traegerForm,
              parentId: r.parentId,
              validFrom: r.validFrom,
              vergleichstyp: r.vergleichstyp,
              neighbours: r.neighbours,
            },
    };
  };
  return [
    ...saved.added.map((id) => entry('unit.create', id)),
    ...saved.changed.map((id) => entry('unit.update', id)),
  ];
}
