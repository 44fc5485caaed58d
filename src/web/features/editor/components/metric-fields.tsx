/** What a target is measured on: a Kennzahl, a base quantity with its aggregation, or a local indicator. */
import {
  KENNZAHL_DEFINITIONS,
  KENNZAHL_IDS,
  BASE_QUANTITIES,
  BASE_QUANTITY_LABELS,
} from '../../../../domain/kpi/catalog.ts';
import type { MetricDraft } from '../lib/criterion-draft.ts';
import { SelectField } from '../../../components/form-fields.tsx';
import { LocalIndicatorPicker } from './local-indicator-picker.tsx';

const SOURCES = [
  { value: 'kennzahl', label: 'Kennzahl oder Jahreswert (§ 48a SGB II)' },
  { value: 'grundgroesse', label: 'Grundgröße (Bestand, Ereignisse, Geld)' },
  { value: 'lokal', label: 'lokaler Indikator' },
] as const;
export const SEXES = [
  { value: 'insgesamt', label: 'insgesamt' },
  { value: 'w', label: 'Frauen' },
  { value: 'm', label: 'Männer' },
] as const;
export const AGGREGATIONS = [
  { value: 'jahressumme', label: 'Summe seit Januar' },
  { value: 'jahresdurchschnitt', label: 'Durchschnitt seit Januar' },
  { value: 'monatswert', label: 'Wert des Monats' },
] as const;

export const kennzahlOptions = KENNZAHL_IDS.map((id) => ({
  value: id as string,
  label: `${id} – ${KENNZAHL_DEFINITIONS[id].name}`,
}));
export const quantityOptions = BASE_QUANTITIES.map((id) => ({
  value: id as string,
  label: `${id} – ${BASE_QUANTITY_LABELS[id]}`,
}));

export function MetricFields({
  metric,
  prefix,
  onChange,
}: {
  metric: MetricDraft;
  prefix: string;
  onChange: (m: MetricDraft) => void;
}) {
  const set = (patch: Partial<MetricDraft>) => onChange({ ...metric, ...patch });
  const setSource = (source: MetricDraft['source']) =>
    set({
      source,
      id: source === 'kennzahl' ? 'JFW_K2' : source === 'grundgroesse' ? 'INT' : metric.id,
    });
  const definition =
    metric.source === 'kennzahl'
      ? KENNZAHL_DEFINITIONS[metric.id as keyof typeof KENNZAHL_DEFINITIONS]?.definition
      : undefined;
  return (
    <fieldset>
      <legend>Messgröße</legend>
      <SelectField
        path={`${prefix}.source`}
        label="Art der Messgröße"
        value={metric.source}
        options={SOURCES}
        onChange={setSource}
      />
      {metric.source === 'kennzahl' && (
        <SelectField
          path={`${prefix}.id`}
          label="Kennzahl"
          value={metric.id}
          options={kennzahlOptions}
          onChange={(id) => set({ id })}
          hint={definition}
        />
      )}
      {metric.source === 'grundgroesse' && (
        <SelectField
          path={`${prefix}.id`}
          label="Grundgröße"
          value={metric.id}
          options={quantityOptions}
          onChange={(id) => set({ id })}
        />
      )}
      {metric.source === 'lokal' && (
        <LocalIndicatorPicker
          path={`${prefix}.indicatorId`}
          value={metric.indicatorId}
          onChange={(indicatorId) => set({ indicatorId })}
        />
      )}
      <div className="field-row">
        {metric.source !== 'lokal' && (
          <SelectField
            path={`${prefix}.sex`}
            label="Personen"
            value={metric.sex}
            options={SEXES}
            onChange={(sex) => set({ sex })}
          />
        )}
        {metric.source !== 'kennzahl' && (
          <SelectField
            path={`${prefix}.aggregation`}
            label="Jahreswert"
            value={metric.aggregation}
            options={AGGREGATIONS}
            onChange={(aggregation) => set({ aggregation })}
          />
        )}
      </div>
    </fieldset>
  );
}
