/**
 * Creating or changing an account: name, role (German labels), unit (only those the role fits),
 * the microdata grant with what it means, the import sources; for a new account the user name and
 * optionally a password (else a one-time password is generated). A change sends only what changed,
 * with the row version read; when another administrator was faster, the current state can be
 * taken over.
 */
import { useState } from 'react';
import {
  ROLE_LABELS,
  ROLES,
  roleUnitMismatch,
  VALUE_SOURCE_LABELS,
  VALUE_SOURCES,
  type Role,
  type ValueSource,
} from '../../../../domain/access/roles.ts';
import {
  CheckboxField,
  CheckboxGroup,
  SelectField,
  TextField,
} from '../../../components/form-fields.tsx';
import { ApiError } from '../../../lib/api.ts';
import {
  useCreateAccount,
  useUpdateAccount,
  type CreatedUser,
  type UpdatedUser,
  type UserAccount,
} from '../api/use-accounts.ts';
import type { AdminUnit } from '../api/use-unit-tree.ts';
import { AdminForm } from './admin-form.tsx';
import { UnitPicker } from './unit-picker.tsx';

interface Draft {
  id: string;
  name: string;
  role: Role;
  unitId: string;
  microdataRights: boolean;
  importSources: ValueSource[];
  password: string;
}

const EMPTY: Draft = {
  id: '',
  name: '',
  role: 'jobcenter',
  unitId: '',
  microdataRights: false,
  importSources: [],
  password: '',
};

const draftOf = (a: UserAccount): Draft => ({
  id: a.id,
  name: a.name,
  role: a.role,
  unitId: a.unitId,
  microdataRights: a.microdataRights,
  importSources: [...a.importSources],
  password: '',
});

const ROLE_OPTIONS = ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }));
const SOURCE_OPTIONS = VALUE_SOURCES.map((value) => ({ value, label: VALUE_SOURCE_LABELS[value] }));

export function UserForm({
  account,
  units,
  onCreated,
  onUpdated,
  onCancel,
}: {
  /** the account to change; none: a new one */
  account?: UserAccount;
  units: readonly AdminUnit[];
  onCreated: (created: CreatedUser) => void;
  onUpdated: (updated: UpdatedUser) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<Draft>(account === undefined ? EMPTY : draftOf(account));
  const [rowVersion, setRowVersion] = useState(account?.rowVersion ?? 0);
  const create = useCreateAccount();
  const update = useUpdateAccount();
  const mutation = account === undefined ? create : update;
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const fits = (role: Role) => (u: AdminUnit) => roleUnitMismatch(role, u.kind, u.name) === null;
  const chooseRole = (role: Role) => {
    const unit = units.find((u) => u.id === draft.unitId);
    set({ role, unitId: unit !== undefined && fits(role)(unit) ? draft.unitId : '' });
  };

  const submit = () => {
    if (account === undefined) {
      const { password, ...rest } = draft;
      create.mutate(password === '' ? rest : { ...rest, password }, { onSuccess: onCreated });
      return;
    }
    const changed = Object.fromEntries(
      (['name', 'role', 'unitId', 'microdataRights', 'importSources'] as const)
        .filter((k) => JSON.stringify(draft[k]) !== JSON.stringify(account[k]))
        .map((k) => [k, draft[k]]),
    );
    update.mutate({ id: account.id, rowVersion, ...changed }, { onSuccess: onUpdated });
  };
  const current =
    mutation.error instanceof ApiError && mutation.error.status === 409
      ? (mutation.error.current as UserAccount | undefined)
      : undefined;

  const formId = account === undefined ? 'benutzer-neu' : 'benutzer-aendern';
  return (
    <AdminForm
      id={formId}
      title={account === undefined ? 'Neuen Benutzer anlegen' : `Benutzer ${account.id} ändern`}
      error={mutation.error}
      onSubmit={submit}
      focusHeading
    >
      {current !== undefined && account !== undefined && (
        <div className="button-row">
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              setDraft(draftOf(current));
              setRowVersion(current.rowVersion);
              mutation.reset();
            }}
          >
            Aktuellen Stand übernehmen (eigene Eingaben verwerfen)
          </button>
        </div>
      )}
      <p className="required-note">Mit * markierte Angaben sind Pflicht.</p>
      <div className="field-row">
        {account === undefined ? (
          <TextField
            path="id"
            label="Benutzername (Anmeldung)"
            hint="Buchstaben ohne Umlaute, Ziffern, Punkt, Binde- und Unterstrich"
            value={draft.id}
            onChange={(id) => set({ id })}
            required
          />
        ) : (
          <p className="field">
            <span className="label">Benutzername</span> <code>{account.id}</code>
          </p>
        )}
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
          path="role"
          label="Rolle"
          value={draft.role}
          options={ROLE_OPTIONS}
          onChange={chooseRole}
          required
        />
        <UnitPicker
          path="unitId"
          label="Einheit"
          hint="nur Einheiten, zu denen die Rolle passt"
          units={units}
          value={draft.unitId}
          onChange={(unitId) => set({ unitId })}
          accepts={fits(draft.role)}
          required
        />
      </div>
      <CheckboxField
        path="microdataRights"
        label="darf Sozialdaten sehen (Fallzahlen von 1 und 2)"
        hint="Ohne diese Berechtigung zeigen Kennzahlen, Vergleiche und Berichte kleine Fallzahlen örtlicher Jobcenter nicht (geschützte Werte, •; Schutz der Sozialdaten, §§ 67 ff. SGB X). Nur vergeben, wo die Aufgabe es verlangt."
        checked={draft.microdataRights}
        onChange={(microdataRights) => set({ microdataRights })}
      />
      <CheckboxGroup
        path="importSources"
        label="darf Datenstände laden aus"
        hint="Keine Auswahl: lädt keine Zahlen. Administration und Lesezugriff laden keine Zahlen."
        options={SOURCE_OPTIONS}
        selected={draft.importSources}
        onChange={(importSources) => set({ importSources })}
        inOptionOrder
      />
      {account === undefined && (
        <TextField
          path="password"
          type="password"
          autoComplete="new-password"
          label="Kennwort vorgeben (optional)"
          hint="Leer lassen: ein Einmalkennwort wird erzeugt und einmal angezeigt. Sonst mindestens 12 Zeichen, nicht der Benutzername."
          value={draft.password}
          onChange={(password) => set({ password })}
        />
      )}
      <div className="button-row">
        <button type="submit" className="button" disabled={mutation.isPending}>
          {account === undefined ? 'Benutzer anlegen' : 'Änderungen speichern'}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          Abbrechen
        </button>
        {mutation.isPending && (
          <span className="loading" role="status">
            wird gespeichert …
          </span>
        )}
      </div>
    </AdminForm>
  );
}
