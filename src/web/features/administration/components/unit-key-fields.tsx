/**
 * The keys of a unit (Regionalschlüssel, Jobcenter-Nummer or Dienststellennummer) and, for a
 * Träger, its Vergleichstyp: only the fields the unit's kind has (domain/units/unit-keys.ts).
 */
import { keyFormatOf, VERGLEICHSTYPEN } from '../../../../domain/units/unit-keys.ts';
import type { UnitKind } from '../../../../domain/units/unit-tree.ts';
import { SelectField, TextField } from '../../../components/form-fields.tsx';

export interface KeyDraft {
  regionalschluessel: string;
  dienststelle: string;
  vergleichstyp: string;
}

/** An empty field is no key. */
export const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

export function UnitKeyFields({
  kind,
  value,
  onChange,
  withVergleichstyp = false,
}: {
  kind: UnitKind;
  value: KeyDraft;
  onChange: (patch: Partial<KeyDraft>) => void;
  /** the Vergleichstyp from the unit's first day (a new unit); a change is dated (own form) */
  withVergleichstyp?: boolean;
}) {
  const format = keyFormatOf(kind);
  if (format.regionalschluessel === null && format.dienststelle === null && !format.vergleichstyp)
    return null;
  return (
    <div className="field-row">
      {format.regionalschluessel !== null && (
        <TextField
          path="regionalschluessel"
          label="Regionalschlüssel"
          hint={`${format.regionalschluessel.join(' oder ')} Ziffern`}
          inputMode="numeric"
          value={value.regionalschluessel}
          onChange={(regionalschluessel) => onChange({ regionalschluessel })}
        />
      )}
      {format.dienststelle !== null && (
        <TextField
          path="dienststelle"
          label={format.dienststelle.label}
          hint={`${format.dienststelle.digits} Ziffern`}
          inputMode="numeric"
          value={value.dienststelle}
          onChange={(dienststelle) => onChange({ dienststelle })}
        />
      )}
      {withVergleichstyp && format.vergleichstyp && (
        <VergleichstypSelect
          path="vergleichstyp"
          value={value.vergleichstyp}
          onChange={(vergleichstyp) => onChange({ vergleichstyp })}
        />
      )}
    </div>
  );
}

export function VergleichstypSelect({
  path,
  value,
  onChange,
}: {
  path: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <SelectField
      path={path}
      label="Vergleichstyp (IAB)"
      hint="SGB II-Vergleichstyp seit 2014"
      value={value}
      onChange={onChange}
    >
      <option value="">– keiner –</option>
      {VERGLEICHSTYPEN.map((typ) => (
        <option key={typ} value={typ}>
          {typ}
        </option>
      ))}
    </SelectField>
  );
}
