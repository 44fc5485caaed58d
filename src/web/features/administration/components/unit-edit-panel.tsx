/**
 * Changing one unit: rename (and the Träger form), move under another parent from a day on, or
 * close it (its last day, after a confirmation). Each form sends the row version read; the tree's
 * rules are checked by the server and its refusal is shown at the form and the field.
 */
import { useEffect, useRef, useState } from 'react';
import { keyFormatOf } from '../../../../domain/units/unit-keys.ts';
import { PARENT_KIND, validityText } from '../../../../domain/units/unit-rules.ts';
import { UNIT_KIND_LABELS } from '../../../../domain/units/unit-tree.ts';
import { formatDateDe } from '../../../../domain/shared/format-de.ts';
import { SelectField, TextField } from '../../../components/form-fields.tsx';
import { useUpdateUnit, type AdminUnit } from '../api/use-unit-tree.ts';
import { todayIso } from '../lib/units.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { AdminForm } from './admin-form.tsx';
import { KeysForm, VergleichstypForm } from './unit-keys-forms.tsx';
import { UnitPicker } from './unit-picker.tsx';

export function UnitEditPanel({
  unit,
  units,
  onSaved,
  onClose,
}: {
  unit: AdminUnit;
  units: readonly AdminUnit[];
  onSaved: (saved: AdminUnit, what: string) => void;
  onClose: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const byId = new Map(units.map((u) => [u.id, u]));
  const parentKind = PARENT_KIND[unit.kind];
  return (
    <section className="admin-panel" aria-labelledby="einheit-bearbeiten">
      <h2 id="einheit-bearbeiten" tabIndex={-1} ref={heading}>
        {unit.name} bearbeiten
      </h2>
      <dl className="facts">
        <dt>Art</dt>
        <dd>
          {UNIT_KIND_LABELS[unit.kind]}
          {unit.traegerForm !== null && ` (${unit.traegerForm})`}
        </dd>
        <dt>Kennung</dt>
        <dd>
          <code>{unit.id}</code>
        </dd>
        <dt>Gültig</dt>
        <dd>{validityText(unit)}</dd>
        {unit.regionalschluessel !== null && (
          <>
            <dt>Regionalschlüssel</dt>
            <dd>{unit.regionalschluessel}</dd>
          </>
        )}
        {unit.dienststelle !== null && (
          <>
            <dt>{keyFormatOf(unit.kind).dienststelle?.label ?? 'Dienststellennummer'}</dt>
            <dd>{unit.dienststelle}</dd>
          </>
        )}
        <dt>Zuordnungen</dt>
        <dd>
          {unit.links.length === 0 ? (
            'keine (eine Wurzel)'
          ) : (
            <ul className="plain-list">
              {unit.links.map((l) => (
                <li key={l.validFrom}>
                  {byId.get(l.parentId)?.name ?? l.parentId}: {validityText(l)}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <RenameForm unit={unit} onSaved={onSaved} />
      <KeysForm key={`k${unit.rowVersion}`} unit={unit} onSaved={onSaved} />
      <VergleichstypForm unit={unit} onSaved={onSaved} />
      {parentKind !== null && (
        <MoveForm unit={unit} units={units} parentKind={parentKind} onSaved={onSaved} />
      )}
      <CloseForm unit={unit} onSaved={onSaved} />
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={onClose}>
          Bearbeiten beenden
        </button>
      </div>
    </section>
  );
}

type Saved = (saved: AdminUnit, what: string) => void;

function RenameForm({ unit, onSaved }: { unit: AdminUnit; onSaved: Saved }) {
  const [name, setName] = useState(unit.name);
  const [form, setForm] = useState<'' | 'zkT' | 'gE'>(unit.traegerForm ?? '');
  const update = useUpdateUnit();
  return (
    <AdminForm
      id="einheit-umbenennen"
      title={unit.kind === 'traeger' ? 'Name und Trägerform' : 'Umbenennen'}
      error={update.error}
      onSubmit={() =>
        update.mutate(
          {
            id: unit.id,
            rowVersion: unit.rowVersion,
            name,
            ...(unit.kind === 'traeger' && form !== '' ? { traegerForm: form } : {}),
          },
          { onSuccess: (u) => onSaved(u, `${u.name} gespeichert.`) },
        )
      }
    >
      <p className="hint">Der Name gilt für die ganze Geschichte der Einheit.</p>
      <div className="field-row">
        <TextField path="name" label="Name" value={name} onChange={setName} required />
        {unit.kind === 'traeger' && (
          <SelectField path="traegerForm" label="Trägerform" value={form} onChange={setForm}>
            <option value="zkT">zkT – zugelassener kommunaler Träger</option>
            <option value="gE">gE – gemeinsame Einrichtung</option>
          </SelectField>
        )}
      </div>
      <button type="submit" className="button" disabled={update.isPending}>
        Speichern
      </button>
    </AdminForm>
  );
}

function MoveForm({
  unit,
  units,
  parentKind,
  onSaved,
}: {
  unit: AdminUnit;
  units: readonly AdminUnit[];
  parentKind: AdminUnit['kind'];
  onSaved: Saved;
}) {
  const [parentId, setParentId] = useState('');
  const [validFrom, setValidFrom] = useState(todayIso());
  const update = useUpdateUnit();
  return (
    <AdminForm
      id="einheit-verschieben"
      title="Verschieben"
      error={update.error}
      onSubmit={() =>
        update.mutate(
          { id: unit.id, rowVersion: unit.rowVersion, move: { parentId, validFrom } },
          {
            onSuccess: (u) =>
              onSaved(
                u,
                `${u.name} gehört ab ${formatDateDe(validFrom)} zu ${units.find((x) => x.id === parentId)?.name ?? parentId}.`,
              ),
          },
        )
      }
    >
      <p className="hint">
        Die bisherige Zuordnung endet am Vortag; Zahlen und Vereinbarungen früherer Tage bleiben bei
        der bisherigen Einheit.
      </p>
      <div className="field-row">
        <UnitPicker
          path="move.parentId"
          label="Neue übergeordnete Einheit"
          units={units}
          value={parentId}
          onChange={setParentId}
          accepts={(u) => u.kind === parentKind && u.id !== unit.parentId}
          required
        />
        <TextField
          path="move.validFrom"
          type="date"
          label="Zugeordnet ab"
          value={validFrom}
          onChange={setValidFrom}
          required
        />
      </div>
      <button type="submit" className="button" disabled={update.isPending}>
        Verschieben
      </button>
    </AdminForm>
  );
}

function CloseForm({ unit, onSaved }: { unit: AdminUnit; onSaved: Saved }) {
  const [validTo, setValidTo] = useState(unit.validTo ?? todayIso());
  const [asking, setAsking] = useState(false);
  const update = useUpdateUnit();
  const close = () =>
    update.mutate(
      { id: unit.id, rowVersion: unit.rowVersion, validTo },
      {
        onSuccess: (u) => {
          setAsking(false);
          onSaved(u, `${u.name} ist geschlossen: letzter Tag ${formatDateDe(validTo)}.`);
        },
        onError: () => setAsking(false),
      },
    );
  return (
    <AdminForm
      id="einheit-schliessen"
      title="Schließen"
      error={update.error}
      onSubmit={() => setAsking(true)}
    >
      <p className="hint">
        Nur möglich, wenn keine Einheit mehr darunter steht und kein aktives Konto zu ihr gehört.
      </p>
      <TextField
        path="validTo"
        type="date"
        label="Letzter Tag"
        value={validTo}
        onChange={setValidTo}
        required
      />
      <button type="submit" className="button-danger">
        Schließen …
      </button>
      <ConfirmDialog
        open={asking}
        busy={update.isPending}
        title={`${unit.name} schließen?`}
        confirmLabel="Schließen"
        onConfirm={close}
        onCancel={() => setAsking(false)}
      >
        <p>
          {unit.name} besteht nach dem {validTo === '' ? '…' : formatDateDe(validTo)} nicht mehr.
          Vorhandene Zahlen, Vereinbarungen und das Protokoll bleiben erhalten.
        </p>
      </ConfirmDialog>
    </AdminForm>
  );
}
