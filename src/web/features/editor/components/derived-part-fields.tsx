/**
 * One part of a derived indicator: a Kennzahl or a base quantity (with sex and, for a base
 * quantity, its aggregation) — the stored figures the API accepts as parts. The group carries the
 * server's message about the part ("Eine Differenz braucht zwei Größen derselben Einheit …").
 */
import { useId } from 'react';
import { SelectField } from '../../../components/form-fields.tsx';
import type { PartDraft } from '../lib/indicator-draft.ts';
import { AGGREGATIONS, kennzahlOptions, quantityOptions, SEXES } from './metric-fields.tsx';

const SOURCES = [
  { value: 'kennzahl', label: 'Kennzahl (§ 48a SGB II)' },
  { value: 'grundgroesse', label: 'Grundgröße (Bestand, Ereignisse, Geld)' },
] as const;

export function DerivedPartFields({
  legend,
  prefix,
  part,
  error,
  onChange,
}: {
  legend: string;
  /** "source.left" or "source.right" */
  prefix: string;
  part: PartDraft;
  error: string | undefined;
  onChange: (part: PartDraft) => void;
}) {
  const errorId = useId();
  const set = (patch: Partial<PartDraft>) => onChange({ ...part, ...patch });
  return (
    <fieldset
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : undefined}
      data-path={prefix}
    >
      <legend>{legend}</legend>
      {error && (
        <p id={errorId} className="field-error">
          <span className="visually-hidden">Fehler: </span>
          {error}
        </p>
      )}
      <SelectField
        path={`${prefix}.source`}
        label="Art"
        value={part.source}
        options={SOURCES}
        onChange={(source) =>
          set({ source, id: source === 'kennzahl' ? 'K2' : 'INT', aggregation: 'monatswert' })
        }
      />
      <div className="field-row">
        <SelectField
          path={`${prefix}.id`}
          label={part.source === 'kennzahl' ? 'Kennzahl' : 'Grundgröße'}
          value={part.id}
          options={part.source === 'kennzahl' ? kennzahlOptions : quantityOptions}
          onChange={(id) => set({ id })}
        />
        <SelectField
          path={`${prefix}.sex`}
          label="Personen"
          value={part.sex}
          options={SEXES}
          onChange={(sex) => set({ sex })}
        />
        {part.source === 'grundgroesse' && (
          <SelectField
            path={`${prefix}.aggregation`}
            label="Wert"
            value={part.aggregation}
            options={AGGREGATIONS}
            onChange={(aggregation) => set({ aggregation })}
          />
        )}
      </div>
    </fieldset>
  );
}
