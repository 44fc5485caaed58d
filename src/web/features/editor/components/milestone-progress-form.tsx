/**
 * After signing: the state of a milestone (lifecycle.ts: progress, not agreement text). The target
 * party reports it (`proposal`), the steering party confirms it (`state`, the report cleared);
 * who may do which is the server's decision (access/rights.ts).
 */
import { useState } from 'react';
import type { Target } from '../../../../domain/agreements/agreement.ts';
import {
  progressCriterionOf,
  type MilestoneState,
} from '../../../../domain/agreements/criteria.ts';
import type { ContentEdit } from '../lib/content-edits.ts';
import { SelectField, TextField } from '../../../components/form-fields.tsx';

const STATES = [
  { value: 'offen', label: 'offen' },
  { value: 'in_arbeit', label: 'in Arbeit' },
  { value: 'erreicht', label: 'erreicht' },
  { value: 'nicht_erreicht', label: 'nicht erreicht' },
] as const;

export function MilestoneProgressForm({
  mode,
  target,
  busy,
  onSubmit,
  onCancel,
}: {
  mode: 'melden' | 'feststellen';
  target: Target;
  busy: boolean;
  onSubmit: (edit: ContentEdit) => void;
  onCancel: () => void;
}) {
  const criterion = progressCriterionOf(target.criterion);
  const report = criterion?.proposal ?? null;
  const [state, setState] = useState<MilestoneState>(report?.state ?? criterion?.state ?? 'offen');
  const [note, setNote] = useState(report?.note ?? criterion?.stateNote ?? '');
  if (criterion === null) return null;
  const text = note.trim() === '' ? null : note.trim();
  const submit = () =>
    onSubmit({
      kind: 'replace-target',
      targetId: target.id,
      target: {
        ...target,
        criterion:
          mode === 'melden'
            ? { ...criterion, proposal: { state, note: text } }
            : { ...criterion, state, stateNote: text, proposal: null },
      },
    });
  return (
    <form
      aria-labelledby="stand-titel"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h3 id="stand-titel">
        Stand von Ziel {target.id} {mode === 'melden' ? 'melden' : 'feststellen'}
      </h3>
      <p>Nachweis: {criterion.evidence ?? 'nicht festgelegt'}</p>
      {mode === 'feststellen' && report !== null && (
        <p>
          Gemeldet: {STATES.find((x) => x.value === report.state)?.label}
          {report.note !== null && ` (${report.note})`}
        </p>
      )}
      <SelectField
        path="criterion.state"
        label="Stand"
        value={state}
        options={STATES}
        onChange={setState}
      />
      <TextField
        path="criterion.stateNote"
        label="Vermerk (wer, wann, welcher Nachweis)"
        value={note}
        onChange={setNote}
      />
      <div className="button-row">
        <button type="submit" disabled={busy}>
          {mode === 'melden' ? 'Stand melden' : 'Stand feststellen'}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          Abbrechen
        </button>
      </div>
    </form>
  );
}
