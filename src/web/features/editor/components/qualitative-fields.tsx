/** Fields of a milestone and of a statistical comparison (pilot evaluation). */
import type { CriterionDraft } from '../lib/criterion-draft.ts';
import { SelectField, TextField } from '../../../components/form-fields.tsx';

type Props = {
  draft: CriterionDraft;
  prefix: string;
  set: (patch: Partial<CriterionDraft>) => void;
};

const STATES = [
  { value: 'offen', label: 'offen' },
  { value: 'in_arbeit', label: 'in Arbeit' },
  { value: 'erreicht', label: 'erreicht' },
  { value: 'nicht_erreicht', label: 'nicht erreicht' },
] as const;

export function MilestoneFields({ draft, prefix, set }: Props) {
  return (
    <>
      <TextField
        path={`${prefix}.condition`}
        label="Bedingung"
        hint="ergänzt den Satz „Das Ziel ist erreicht, wenn …“"
        multiline
        value={draft.condition}
        onChange={(condition) => set({ condition })}
        required
      />
      <div className="field-row">
        <TextField
          path={`${prefix}.due`}
          label={draft.kind === 'qualitativ' ? 'Fällig am (optional)' : 'Fällig am'}
          hint={
            draft.kind === 'qualitativ'
              ? 'darf nach dem Vereinbarungsjahr liegen; leer = Ende des Vereinbarungsjahres'
              : undefined
          }
          type="date"
          value={draft.due}
          onChange={(due) => set({ due })}
          required={draft.kind === 'meilenstein'}
        />
        <SelectField
          path={`${prefix}.state`}
          label="Stand"
          value={draft.state}
          options={STATES}
          onChange={(state) => set({ state })}
        />
      </div>
      <TextField
        path={`${prefix}.evidence`}
        label="Nachweis"
        hint="woran die Erreichung belegt wird, z. B. „Verfahrensabsprachen liegen schriftlich vor“"
        value={draft.evidence}
        onChange={(evidence) => set({ evidence })}
      />
      <TextField
        path={`${prefix}.stateNote`}
        label="Vermerk zum Stand"
        value={draft.stateNote}
        onChange={(stateNote) => set({ stateNote })}
      />
    </>
  );
}

const TESTS = [
  { value: 'log_rank', label: 'Log-Rank-Test' },
  { value: 'rmst_differenz', label: 'Differenz der mittleren Verweildauer (RMST)' },
] as const;
const DIRECTIONS = [
  { value: 'erhoeht', label: 'erhöht' },
  { value: 'verringert', label: 'verringert' },
  { value: 'veraendert', label: 'verändert' },
] as const;
const SIDES = [
  { value: 'einseitig', label: 'einseitig' },
  { value: 'zweiseitig', label: 'zweiseitig' },
] as const;

export function StatisticalFields({ draft, prefix, set }: Props) {
  return (
    <>
      <TextField
        path={`${prefix}.condition`}
        label="Bedingung im Wortlaut"
        multiline
        value={draft.condition}
        onChange={(condition) => set({ condition })}
        required
      />
      <div className="field-row">
        <TextField
          path={`${prefix}.measure`}
          label="Messgröße"
          hint="z. B. durchschnittliche Beschäftigungsdauer"
          value={draft.measure}
          onChange={(measure) => set({ measure })}
          required
        />
        <TextField
          path={`${prefix}.population`}
          label="Vergleichsgruppe"
          value={draft.population}
          onChange={(population) => set({ population })}
          required
        />
      </div>
      <div className="field-row">
        <SelectField
          path={`${prefix}.test`}
          label="Test"
          value={draft.test}
          options={TESTS}
          onChange={(test) => set({ test })}
        />
        <SelectField
          path={`${prefix}.direction`}
          label="Richtung"
          value={draft.direction}
          options={DIRECTIONS}
          onChange={(direction) => set({ direction })}
        />
        <TextField
          path={`${prefix}.alpha`}
          label="Signifikanzniveau α"
          inputMode="decimal"
          value={draft.alpha}
          onChange={(alpha) => set({ alpha })}
          required
        />
        <SelectField
          path={`${prefix}.sides`}
          label="Seitigkeit"
          value={draft.sides}
          options={SIDES}
          onChange={(sides) => set({ sides })}
        />
        <TextField
          path={`${prefix}.measurableFrom`}
          label="messbar ab (Monat)"
          type="month"
          hint="JJJJ-MM"
          value={draft.measurableFrom}
          onChange={(measurableFrom) => set({ measurableFrom })}
          required
        />
      </div>
    </>
  );
}
