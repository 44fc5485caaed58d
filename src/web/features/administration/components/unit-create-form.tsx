/**
 * A new unit: id, name, kind, the parent of the right kind (a Land under the Bund, a Träger under
 * a Land, a Jobcenter under a Träger; an Agentur under a Regionaldirektion under the BA), zkT/gE
 * and the Vergleichstyp for a Träger, the keys, the first day.
 */
import { useState } from 'react';
import { PARENT_KIND } from '../../../../domain/units/unit-rules.ts';
import { UNIT_KIND_LABELS, UNIT_KINDS, type UnitKind } from '../../../../domain/units/unit-tree.ts';
import { SelectField, TextField } from '../../../components/form-fields.tsx';
import { useCreateUnit, type AdminUnit } from '../api/use-unit-tree.ts';
import { todayIso } from '../lib/units.ts';
import { AdminForm } from './admin-form.tsx';
import { orNull, UnitKeyFields } from './unit-key-fields.tsx';
import { UnitPicker } from './unit-picker.tsx';

const KINDS = UNIT_KINDS.map((value) => ({ value, label: UNIT_KIND_LABELS[value] }));
/** the kind usually placed under a unit of this kind */
const CHILD_KIND: Partial<Record<UnitKind, UnitKind>> = {
  bund: 'land',
  land: 'traeger',
  traeger: 'jobcenter',
  ba: 'regionaldirektion',
  regionaldirektion: 'agentur',
};

export function UnitCreateForm({
  units,
  parent,
  onCreated,
  onCancel,
}: {
  units: readonly AdminUnit[];
  /** "Einheit darunter anlegen": the parent chosen already */
  parent?: AdminUnit;
  onCreated: (u: AdminUnit) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState({
    id: '',
    name: '',
    kind: (parent === undefined
      ? 'jobcenter'
      : (CHILD_KIND[parent.kind] ?? 'jobcenter')) as UnitKind,
    traegerForm: '' as '' | 'zkT' | 'gE',
    parentId: parent?.id ?? '',
    validFrom: todayIso(),
    regionalschluessel: '',
    dienststelle: '',
    vergleichstyp: '',
  });
  const create = useCreateUnit();
  const set = (patch: Partial<typeof draft>) => setDraft((d) => ({ ...d, ...patch }));
  const parentKind = PARENT_KIND[draft.kind];
  const submit = () =>
    create.mutate(
      {
        id: draft.id,
        name: draft.name,
        kind: draft.kind,
        traegerForm:
          draft.kind === 'traeger' && draft.traegerForm !== '' ? draft.traegerForm : null,
        parentId: parentKind === null || draft.parentId === '' ? null : draft.parentId,
        validFrom: draft.validFrom,
        regionalschluessel: orNull(draft.regionalschluessel),
        dienststelle: orNull(draft.dienststelle),
        vergleichstyp: draft.kind === 'traeger' ? orNull(draft.vergleichstyp) : null,
      },
      { onSuccess: onCreated },
    );
  return (
    <AdminForm
      id="einheit-neu"
      title="Neue Einheit anlegen"
      error={create.error}
      onSubmit={submit}
      focusHeading
    >
      <p className="required-note">Mit * markierte Angaben sind Pflicht.</p>
      <div className="field-row">
        <TextField
          path="id"
          label="Kennung"
          hint="z. B. der Gemeindeschlüssel; Buchstaben ohne Umlaute, Ziffern, Binde- und Unterstrich"
          value={draft.id}
          onChange={(id) => set({ id })}
          required
        />
        <TextField
          path="name"
          label="Name"
          value={draft.name}
          onChange={(name) => set({ name })}
          required
        />
      </div>
      <div className="field-row">
        <SelectField
          path="kind"
          label="Art"
          value={draft.kind}
          options={KINDS}
          onChange={(kind) => {
            const p = units.find((u) => u.id === draft.parentId);
            set({ kind, parentId: p !== undefined && p.kind === PARENT_KIND[kind] ? p.id : '' });
          }}
          required
        />
        {parentKind !== null && (
          <UnitPicker
            path="parentId"
            label="Übergeordnete Einheit"
            hint={`darüber steht: ${UNIT_KIND_LABELS[parentKind]}`}
            units={units}
            value={draft.parentId}
            onChange={(parentId) => set({ parentId })}
            accepts={(u) => u.kind === parentKind}
            required
          />
        )}
      </div>
      <div className="field-row">
        {draft.kind === 'traeger' && (
          <SelectField
            path="traegerForm"
            label="Trägerform"
            value={draft.traegerForm}
            onChange={(traegerForm) => set({ traegerForm })}
            required
          >
            <option value="">– bitte wählen –</option>
            <option value="zkT">zkT – zugelassener kommunaler Träger (§ 6a SGB II)</option>
            <option value="gE">gE – gemeinsame Einrichtung (§ 44b SGB II)</option>
          </SelectField>
        )}
        <TextField
          path="validFrom"
          type="date"
          label="Gültig ab"
          value={draft.validFrom}
          onChange={(validFrom) => set({ validFrom })}
          required
        />
      </div>
      <UnitKeyFields
        kind={draft.kind}
        value={draft}
        onChange={(patch) => set(patch)}
        withVergleichstyp
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={create.isPending}>
          Einheit anlegen
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          Abbrechen
        </button>
      </div>
    </AdminForm>
  );
}
