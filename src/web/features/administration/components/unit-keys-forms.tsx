/**
 * The keys of a unit (Regionalschlüssel, Jobcenter-Nummer or Dienststellennummer) and its dated
 * Vergleichstyp: each form sends the row version read; the server checks the formats and says
 * which field is wrong.
 */
import { useState } from 'react';
import { keyFormatOf } from '../../../../domain/units/unit-keys.ts';
import { formatDateDe } from '../../../../domain/shared/format-de.ts';
import { validityText } from '../../../../domain/units/unit-rules.ts';
import { TextField } from '../../../components/form-fields.tsx';
import { useUpdateUnit, type AdminUnit } from '../api/use-unit-tree.ts';
import { todayIso } from '../lib/units.ts';
import { AdminForm } from './admin-form.tsx';
import { orNull, UnitKeyFields, VergleichstypSelect } from './unit-key-fields.tsx';

type Saved = (saved: AdminUnit, what: string) => void;

export function KeysForm({ unit, onSaved }: { unit: AdminUnit; onSaved: Saved }) {
  const [keys, setKeys] = useState({
    regionalschluessel: unit.regionalschluessel ?? '',
    dienststelle: unit.dienststelle ?? '',
    vergleichstyp: '',
  });
  const update = useUpdateUnit();
  const format = keyFormatOf(unit.kind);
  if (format.regionalschluessel === null && format.dienststelle === null) return null;
  return (
    <AdminForm
      id="einheit-schluessel"
      title="Schlüssel"
      error={update.error}
      onSubmit={() =>
        update.mutate(
          {
            id: unit.id,
            rowVersion: unit.rowVersion,
            ...(format.regionalschluessel === null
              ? {}
              : { regionalschluessel: orNull(keys.regionalschluessel) }),
            ...(format.dienststelle === null ? {} : { dienststelle: orNull(keys.dienststelle) }),
          },
          { onSuccess: (u) => onSaved(u, `Schlüssel von ${u.name} gespeichert.`) },
        )
      }
    >
      <p className="hint">Ein leeres Feld entfernt den Schlüssel.</p>
      <UnitKeyFields
        kind={unit.kind}
        value={keys}
        onChange={(patch) => setKeys((k) => ({ ...k, ...patch }))}
      />
      <button type="submit" className="button" disabled={update.isPending}>
        Schlüssel speichern
      </button>
    </AdminForm>
  );
}

export function VergleichstypForm({ unit, onSaved }: { unit: AdminUnit; onSaved: Saved }) {
  const [typ, setTyp] = useState('');
  const [validFrom, setValidFrom] = useState(todayIso());
  const update = useUpdateUnit();
  if (!keyFormatOf(unit.kind).vergleichstyp) return null;
  return (
    <AdminForm
      id="einheit-vergleichstyp"
      title="Vergleichstyp"
      error={update.error}
      onSubmit={() =>
        update.mutate(
          {
            id: unit.id,
            rowVersion: unit.rowVersion,
            vergleichstyp: { typ: orNull(typ), validFrom },
          },
          {
            onSuccess: (u) =>
              onSaved(
                u,
                `${u.name}: ${typ === '' ? 'kein Vergleichstyp' : `Vergleichstyp ${typ}`} ab ${formatDateDe(validFrom)}.`,
              ),
          },
        )
      }
    >
      {unit.vergleichstypen.length === 0 ? (
        <p className="hint">Bisher ist kein Vergleichstyp zugeordnet.</p>
      ) : (
        <ul className="plain-list">
          {unit.vergleichstypen.map((t) => (
            <li key={t.validFrom}>
              {t.typ}: {validityText(t)}
            </li>
          ))}
        </ul>
      )}
      <p className="hint">Der bisherige Typ endet am Vortag; frühere Zuordnungen bleiben.</p>
      <div className="field-row">
        <VergleichstypSelect path="vergleichstyp.typ" value={typ} onChange={setTyp} />
        <TextField
          path="vergleichstyp.validFrom"
          type="date"
          label="Gültig ab"
          value={validFrom}
          onChange={setValidFrom}
          required
        />
      </div>
      <button type="submit" className="button" disabled={update.isPending}>
        Vergleichstyp zuordnen
      </button>
    </AdminForm>
  );
}
