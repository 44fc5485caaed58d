/** Fields of relative change, absolute level, no increase and monitoring. */
import { PLANNED_SOURCE_LABELS } from '../../../../domain/agreements/criteria.ts';
import type { CriterionDraft } from '../lib/criterion-draft.ts';
import { SelectField, TextField } from '../../../components/form-fields.tsx';
import { MetricFields } from './metric-fields.tsx';
import { NO_INCREASE_WORDINGS } from '../../../../domain/agreements/criteria.ts';
import { NO_INCREASE_WORDING_LABELS } from '../../../../domain/agreements/criterion-labels.ts';

type Props = {
  draft: CriterionDraft;
  prefix: string;
  set: (patch: Partial<CriterionDraft>) => void;
};

const BOUNDS = [
  { value: 'mindestens', label: 'mindestens (Grenze eingeschlossen)' },
  { value: 'hoechstens', label: 'höchstens (Grenze eingeschlossen)' },
  { value: 'ueber', label: 'über (Grenze ausgeschlossen)' },
  { value: 'unter', label: 'unter (Grenze ausgeschlossen)' },
] as const;
const LEVEL = [...BOUNDS, { value: 'ungefaehr', label: 'ungefähr (mit Toleranz)' }] as const;
const PLANNED_SOURCES = (['planwert', 'zielplanung', 'traegererwartung'] as const).map((value) => ({
  value,
  label: PLANNED_SOURCE_LABELS[value],
}));
const UNITS = [
  { value: 'prozent', label: 'Prozent (relativ zum Vorjahr)' },
  { value: 'prozentpunkte', label: 'Prozentpunkte' },
] as const;

function Decimals({ draft, prefix, set }: Props) {
  return (
    <TextField
      path={`${prefix}.decimals`}
      label="Nachkommastellen des Vergleichs"
      hint="Ziele werden mit der vereinbarten Genauigkeit beurteilt, meist einer Nachkommastelle."
      inputMode="numeric"
      value={draft.decimals}
      onChange={(decimals) => set({ decimals })}
    />
  );
}

export function QuantitativeFields({ draft, prefix, set }: Props) {
  return (
    <>
      <MetricFields
        metric={draft.metric}
        prefix={`${prefix}.metric`}
        onChange={(metric) => set({ metric })}
      />
      {draft.kind === 'relative_aenderung' && (
        <div className="field-row">
          <SelectField
            path={`${prefix}.comparison`}
            label="Vergleich"
            value={draft.comparison === 'ungefaehr' ? 'mindestens' : draft.comparison}
            options={BOUNDS}
            onChange={(comparison) => set({ comparison })}
          />
          <TextField
            path={`${prefix}.change`}
            label="Veränderung"
            hint="Vorzeichen für die Richtung: 0,5 = Anstieg, −3 = Rückgang; leer = noch zu vereinbaren"
            inputMode="decimal"
            value={draft.change}
            onChange={(change) => set({ change })}
          />
          <SelectField
            path={`${prefix}.unit`}
            label="Einheit der Veränderung"
            value={draft.unit}
            options={UNITS}
            onChange={(unit) => set({ unit })}
          />
          <TextField
            path={`${prefix}.referenceYear`}
            label="Bezugsjahr"
            hint="leer = Vorjahr"
            inputMode="numeric"
            value={draft.referenceYear}
            onChange={(referenceYear) => set({ referenceYear })}
          />
          <Decimals draft={draft} prefix={prefix} set={set} />
        </div>
      )}
      {draft.kind === 'absolut' && (
        <div className="field-row">
          <SelectField
            path={`${prefix}.comparison`}
            label="Vergleich"
            value={draft.comparison}
            options={LEVEL}
            onChange={(comparison) => set({ comparison })}
          />
          <TextField
            path={`${prefix}.value`}
            label="Zielwert"
            hint="in der Einheit der Messgröße, z. B. 26,1 (Prozent) oder 3.500 (Personen); leer = noch zu vereinbaren"
            inputMode="decimal"
            value={draft.value}
            onChange={(value) => set({ value })}
          />
          {draft.comparison === 'ungefaehr' && (
            <TextField
              path={`${prefix}.tolerance`}
              label="Toleranz (±)"
              hint="wie in der Vereinbarung; leer = keine genannt (die Abweichung wird gezeigt, nicht bewertet)"
              inputMode="decimal"
              value={draft.tolerance}
              onChange={(tolerance) => set({ tolerance })}
            />
          )}
          <Decimals draft={draft} prefix={prefix} set={set} />
        </div>
      )}
      {draft.kind === 'keine_erhoehung' && (
        <div className="field-row">
          <SelectField
            path={`${prefix}.wording`}
            label="Wortlaut"
            hint="Alle Fassungen bedeuten: höchstens der Vorjahreswert."
            value={draft.wording}
            options={NO_INCREASE_WORDINGS.map((value) => ({
              value,
              label: NO_INCREASE_WORDING_LABELS[value],
            }))}
            onChange={(wording) => set({ wording })}
          />
          <Decimals draft={draft} prefix={prefix} set={set} />
        </div>
      )}
      {draft.kind === 'monitoring' && (
        <div className="field-row">
          <TextField
            path={`${prefix}.plannedValue`}
            label="Planwert (optional)"
            hint="Jahreswert in der Einheit der Messgröße; wird verglichen, aber nicht bewertet"
            inputMode="decimal"
            value={draft.plannedValue}
            onChange={(plannedValue) => set({ plannedValue })}
          />
          <SelectField
            path={`${prefix}.plannedSource`}
            label="Herkunft des Planwerts"
            value={draft.plannedSource}
            options={PLANNED_SOURCES}
            onChange={(plannedSource) => set({ plannedSource })}
          />
          <TextField
            path={`${prefix}.monitoringSentence`}
            label="Satz im Wortlaut der Vereinbarung (optional)"
            hint="leer = „Die Erreichung dieses Ziels wird durch ein Monitoring beobachtet.“ mit dem Gegenstand des Monitorings"
            multiline
            value={draft.monitoringSentence}
            onChange={(monitoringSentence) => set({ monitoringSentence })}
          />
        </div>
      )}
    </>
  );
}
