/**
 * Einheiten (administration only): the unit tree of today as nested lists, units closed or not yet
 * begun apart; creating a unit (also right below one), renaming, moving from a day on, closing.
 * Every other role gets the server's refusal, said on the page.
 */
import { useRef, useState } from 'react';
import { PageHeading } from '../../../components/page-heading.tsx';
import { ErrorMessage, Loading } from '../../../components/query-state.tsx';
import { validityText } from '../../../../domain/units/unit-rules.ts';
import { UNIT_KIND_LABELS } from '../../../../domain/units/unit-tree.ts';
import { useUnitTree, type AdminUnit } from '../api/use-unit-tree.ts';
import { isOpenOn, todayIso } from '../lib/units.ts';
import { OutcomeMessage, type Outcome } from './outcome-message.tsx';
import { UnitCreateForm } from './unit-create-form.tsx';
import { UnitEditPanel } from './unit-edit-panel.tsx';
import { UnitTreeView } from './unit-tree-view.tsx';

type Editing =
  { kind: 'none' } | { kind: 'create'; parent?: AdminUnit } | { kind: 'edit'; id: string };

export function EinheitenPage() {
  const tree = useUnitTree();
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const counter = useRef(0);
  const say = (text: string) => setOutcome({ key: ++counter.current, text, notices: [] });
  const today = todayIso();
  const units = tree.data ?? [];
  const edited = editing.kind === 'edit' ? units.find((u) => u.id === editing.id) : undefined;
  const elsewhere = units.filter((u) => !isOpenOn(u, today));
  const open = (next: Editing) => {
    setOutcome(null);
    setEditing(next);
  };
  return (
    <>
      <PageHeading title="Einheiten" />
      <p className="lead">
        Der Einheitenbaum: Bund, Länder, Träger und örtliche Jobcenter mit ihrer Gültigkeit. Über
        einem örtlichen Jobcenter steht ein Träger, über einem Träger ein Land, über einem Land der
        Bund. Zuordnungen sind datiert: Verschieben und Schließen gelten ab einem Tag, frühere
        Stände bleiben erhalten. Jede Änderung steht im Protokoll.
      </p>
      <OutcomeMessage outcome={outcome} onDismiss={() => setOutcome(null)} />
      {tree.isPending && <Loading what="Der Einheitenbaum" />}
      {tree.isError && <ErrorMessage error={tree.error} what="Der Einheitenbaum" />}
      {tree.isSuccess && (
        <>
          {editing.kind === 'none' && (
            <div className="button-row">
              <button type="button" className="button" onClick={() => open({ kind: 'create' })}>
                Neue Einheit anlegen
              </button>
            </div>
          )}
          {editing.kind === 'create' && (
            <section className="admin-panel">
              <UnitCreateForm
                key={editing.parent?.id ?? 'neu'}
                units={units}
                parent={editing.parent}
                onCancel={() => setEditing({ kind: 'none' })}
                onCreated={(u) => {
                  setEditing({ kind: 'none' });
                  say(`Einheit ${u.name} (${u.id}) angelegt.`);
                }}
              />
            </section>
          )}
          {edited !== undefined && (
            <UnitEditPanel
              key={edited.id}
              unit={edited}
              units={units}
              onClose={() => setEditing({ kind: 'none' })}
              onSaved={(_u, what) => {
                setEditing({ kind: 'none' });
                say(what);
              }}
            />
          )}
          <section aria-labelledby="baum-heading">
            <h2 id="baum-heading">Baum am {today.split('-').reverse().join('.')}</h2>
            <UnitTreeView
              units={units}
              today={today}
              actions={{
                onEdit: (u) => open({ kind: 'edit', id: u.id }),
                onAddBelow: (u) => open({ kind: 'create', parent: u }),
              }}
            />
          </section>
          {elsewhere.length > 0 && (
            <section aria-labelledby="andere-heading">
              <h2 id="andere-heading">Geschlossene und künftige Einheiten</h2>
              <ul className="plain-list unit-list">
                {elsewhere.map((u) => (
                  <li key={u.id}>
                    <span className="unit-name">{u.name}</span>{' '}
                    <span className="unit-meta">
                      {UNIT_KIND_LABELS[u.kind]}, <code>{u.id}</code>, {validityText(u)}
                    </span>{' '}
                    <button
                      type="button"
                      className="button-secondary"
                      onClick={() => open({ kind: 'edit', id: u.id })}
                    >
                      Bearbeiten<span className="visually-hidden"> ({u.name})</span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </>
  );
}
