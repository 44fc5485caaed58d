/**
 * Creating or changing a local indicator: name, Kennung, description, source. A derived one names
 * its two parts and the operation; its unit is shown as the domain computes it, never chosen.
 * The server decides (rights, consistency); its messages appear at the fields they concern.
 */
import { useState } from 'react';
import { INDICATOR_UNITS } from '../../../../domain/agreements/criteria.ts';
import { FieldScope, SelectField, TextField } from '../../../components/form-fields.tsx';
import { useSaveLocalIndicator, type ListedIndicator } from '../api/use-local-indicators.ts';
import {
  draftToIndicator,
  emptyIndicatorDraft,
  indicatorToDraft,
  placeIndicatorErrors,
  renameDraft,
  resultingUnit,
  type IndicatorDraft,
  type PlacedErrors,
} from '../lib/indicator-draft.ts';
import { DerivedPartFields } from './derived-part-fields.tsx';

const SOURCES = [
  { value: 'manuell', label: 'manuell erfasst (Werte werden von Hand eingetragen)' },
  { value: 'abgeleitet', label: 'abgeleitet aus zwei gespeicherten Größen' },
] as const;
const OPERATIONS = [
  { value: 'differenz', label: 'Differenz (erste − zweite Größe)' },
  { value: 'quotient', label: 'Quotient (erste ÷ zweite Größe · 100)' },
] as const;
const UNITS = INDICATOR_UNITS.map((u) => ({ value: u, label: u }));
/** the paths the form shows messages at; others are shown above the buttons */
const FIELD_PATHS = [
  'id',
  'name',
  'definition',
  'unit',
  'source.kind',
  'source.operation',
  'source.left',
  'source.right',
];
const PREFIX = 'lokaler-indikator';
const NONE: PlacedErrors = { fields: new Map(), general: [] };

export function LocalIndicatorForm({
  editing,
  onSaved,
  onCancel,
}: {
  /** the indicator to change; null: a new one */
  editing: ListedIndicator | null;
  onSaved: (name: string, created: boolean) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<IndicatorDraft>(() =>
    editing === null ? emptyIndicatorDraft() : indicatorToDraft(editing),
  );
  const [errors, setErrors] = useState<PlacedErrors>(NONE);
  const [failure, setFailure] = useState<string | null>(null);
  const { save, busy } = useSaveLocalIndicator();
  const set = (patch: Partial<IndicatorDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const derived = draft.kind === 'abgeleitet' ? resultingUnit(draft) : null;
  const title = editing === null ? 'Neuer lokaler Indikator' : `${editing.name} bearbeiten`;

  const submit = async () => {
    setFailure(null);
    const outcome = await save(draftToIndicator(draft), editing?.rowVersion ?? null);
    if (outcome.kind === 'saved') {
      setErrors(NONE);
      onSaved(outcome.indicator.name, editing === null);
      return;
    }
    const placed = placeIndicatorErrors(outcome.details, FIELD_PATHS);
    setErrors(placed);
    // a validation's summary repeats the field messages: only say where to look
    const lead =
      outcome.code === 'validation' && placed.fields.size > 0
        ? 'Bitte die markierten Angaben prüfen.'
        : outcome.message;
    setFailure([lead, ...placed.general].join(' '));
  };

  return (
    <form
      className="side-panel section-form local-indicator-form"
      aria-labelledby={`${PREFIX}-titel`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id={`${PREFIX}-titel`}>{title}</h3>
      <FieldScope prefix={PREFIX} errors={errors.fields}>
        <TextField
          path="name"
          label="Name"
          value={draft.name}
          onChange={(name) => setDraft((d) => renameDraft(d, name))}
          required
        />
        {editing === null ? (
          <TextField
            path="id"
            label="Kennung"
            hint="2 bis 40 Großbuchstaben, Ziffern und _; folgt dem Namen, bis Sie sie ändern. Nach dem Anlegen steht sie fest."
            value={draft.id}
            onChange={(id) => set({ id, idTyped: true })}
            required
          />
        ) : (
          <p>
            Kennung: <code>{draft.id}</code>
          </p>
        )}
        <TextField
          path="definition"
          label="Beschreibung (was gezählt oder berechnet wird)"
          value={draft.definition}
          onChange={(definition) => set({ definition })}
          multiline
          required
        />
        {draft.kind === 'regel' ? (
          <p>Quelle: Regel über die Mikrodaten (bleibt unverändert).</p>
        ) : (
          <SelectField
            path="source.kind"
            label="Quelle"
            value={draft.kind}
            options={SOURCES}
            onChange={(kind) => set({ kind })}
          />
        )}
        {draft.kind === 'abgeleitet' ? (
          <>
            <SelectField
              path="source.operation"
              label="Verknüpfung"
              value={draft.operation}
              options={OPERATIONS}
              onChange={(operation) => set({ operation })}
            />
            <DerivedPartFields
              legend="Erste Größe"
              prefix="source.left"
              part={draft.left}
              error={errors.fields.get('source.left')}
              onChange={(left) => set({ left })}
            />
            <DerivedPartFields
              legend="Zweite Größe"
              prefix="source.right"
              part={draft.right}
              error={errors.fields.get('source.right')}
              onChange={(right) => set({ right })}
            />
            <p className="derived-unit" data-testid="abgeleitete-einheit" aria-live="polite">
              Einheit (ergibt sich aus den Größen):{' '}
              {derived !== null && 'unit' in derived ? (
                <strong>{derived.unit}</strong>
              ) : (
                <strong>keine – die beiden Größen passen nicht zusammen</strong>
              )}
            </p>
            {errors.fields.has('unit') && (
              <p className="field-error">
                <span className="visually-hidden">Fehler: </span>
                {errors.fields.get('unit')}
              </p>
            )}
          </>
        ) : (
          <SelectField
            path="unit"
            label="Einheit"
            value={draft.unit}
            options={UNITS}
            onChange={(unit) => set({ unit })}
          />
        )}
      </FieldScope>
      {failure !== null && (
        <p role="alert" className="message message-error">
          {failure}
        </p>
      )}
      <div className="button-row">
        <button type="submit" disabled={busy}>
          {busy ? 'Wird gespeichert …' : 'Lokalen Indikator speichern'}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          Abbrechen
        </button>
      </div>
    </form>
  );
}
