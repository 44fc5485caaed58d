/** After signing: recording a milestone's state and note (lifecycle.ts: progress, not agreement text). */
import { useState } from 'react';
import type { Target } from '../../../../domain/agreements/agreement.ts';
import type { MilestoneState } from '../../../../domain/agreements/criteria.ts';
import type { ContentEdit } from '../lib/content-edits.ts';
import { SelectField, TextField } from './fields.tsx';

const STATES = [
  { value: 'offen', label: 'offen' },
  { value: 'in_arbeit', label: 'in Arbeit' },
  { value: 'erreicht', label: 'erreicht' },
  { value: 'nicht_erreicht', label: 'nicht erreicht' },
] as const;

export function MilestoneProgressForm({
  target,
  busy,
  onSubmit,
  onCancel,
}: {
  target: Target;
  busy: boolean;
  onSubmit: (edit: ContentEdit) => void;
  onCancel: () => void;
}) {
  const criterion = target.criterion?.kind === 'meilenstein' ? target.criterion : null;
  const [state, setState] = useState<MilestoneState>(criterion?.state ?? 'offen');
  const [note, setNote] = useState(criterion?.stateNote ?? '');
  if (criterion === null) return null;
  const submit = () =>
    onSubmit({
      kind: 'replace-target',
      targetId: target.id,
      target: {
        ...target,
        criterion: { ...criterion, state, stateNote: note.trim() === '' ? null : note.trim() },
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
      <h3 id="stand-titel">Stand von Ziel {target.id} festhalten</h3>
      <p>Nachweis: {criterion.evidence ?? 'nicht festgelegt'}</p>
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
          Stand speichern
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          Abbrechen
        </button>
      </div>
    </form>
  );
}
