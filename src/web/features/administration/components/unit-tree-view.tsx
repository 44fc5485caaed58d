/**
 * The unit tree of today as nested lists (Bund › Länder › Träger › örtliche Jobcenter): each
 * unit with its kind, id, Träger form and validity in words; below a Land or Träger the units
 * under it, folded away (<details>). Coming moves are said in words.
 */
import { UNIT_KIND_LABELS } from '../../../../domain/units/unit-tree.ts';
import { PARENT_KIND, validityText } from '../../../../domain/units/unit-rules.ts';
import type { AdminUnit } from '../api/use-unit-tree.ts';
import { treeOn } from '../lib/units.ts';

export interface UnitActions {
  onEdit: (u: AdminUnit) => void;
  onAddBelow: (u: AdminUnit) => void;
}

function Item({
  unit,
  tree,
  byId,
  today,
  actions,
}: {
  unit: AdminUnit;
  tree: ReturnType<typeof treeOn>;
  byId: ReadonlyMap<string, AdminUnit>;
  today: string;
  actions: UnitActions;
}) {
  const children = tree.childrenOf(unit.id);
  const coming = unit.links.filter((l) => l.validFrom > today);
  const nested = (
    <ul className="unit-tree">
      {children.map((c) => (
        <Item key={c.id} unit={c} tree={tree} byId={byId} today={today} actions={actions} />
      ))}
    </ul>
  );
  return (
    <li>
      <div className="unit-row">
        <span className="unit-name">{unit.name}</span>
        <span className="unit-meta">
          {UNIT_KIND_LABELS[unit.kind]}
          {unit.traegerForm !== null && ` (${unit.traegerForm})`}, <code>{unit.id}</code>,{' '}
          {validityText(unit)}
          {coming.map((l) => (
            <span key={l.validFrom}>
              ; ab {l.validFrom.split('-').reverse().join('.')} unter{' '}
              {byId.get(l.parentId)?.name ?? l.parentId}
            </span>
          ))}
        </span>
        <span className="row-actions">
          <button type="button" className="button-secondary" onClick={() => actions.onEdit(unit)}>
            Bearbeiten<span className="visually-hidden"> ({unit.name})</span>
          </button>
          {Object.values(PARENT_KIND).includes(unit.kind) && (
            <button
              type="button"
              className="button-secondary"
              onClick={() => actions.onAddBelow(unit)}
            >
              Einheit darunter anlegen<span className="visually-hidden"> ({unit.name})</span>
            </button>
          )}
        </span>
      </div>
      {children.length > 0 &&
        (unit.kind === 'bund' ? (
          nested
        ) : (
          <details>
            <summary>
              {children.length} {children.length === 1 ? 'Einheit' : 'Einheiten'} unter {unit.name}
            </summary>
            {nested}
          </details>
        ))}
    </li>
  );
}

export function UnitTreeView({
  units,
  today,
  actions,
}: {
  units: readonly AdminUnit[];
  today: string;
  actions: UnitActions;
}) {
  const tree = treeOn(units, today);
  const byId = new Map(units.map((u) => [u.id, u]));
  return (
    <ul className="unit-tree unit-tree-root" aria-label="Einheitenbaum">
      {tree.roots.map((u) => (
        <Item key={u.id} unit={u} tree={tree} byId={byId} today={today} actions={actions} />
      ))}
    </ul>
  );
}
