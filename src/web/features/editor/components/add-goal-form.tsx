/** A new goal (Roman numeral and title), to which targets are then added. */
import { useState } from 'react';
import type { ContentEdit } from '../lib/content-edits.ts';
import { TextField } from '../../../components/form-fields.tsx';

export function AddGoalForm({
  busy,
  onSubmit,
}: {
  busy: boolean;
  onSubmit: (edit: ContentEdit) => void;
}) {
  const [number, setNumber] = useState('');
  const [title, setTitle] = useState('');
  return (
    <form
      aria-labelledby="neues-ziel-titel"
      className="side-panel"
      onSubmit={(e) => {
        e.preventDefault();
        if (number.trim() && title.trim())
          onSubmit({
            kind: 'add-goal',
            goal: { number: number.trim(), title: title.trim(), blocks: [] },
          });
      }}
    >
      <h2 id="neues-ziel-titel">Neues Ziel (Abschnitt) anlegen</h2>
      <div className="field-row">
        <TextField
          path="goal.number"
          label="Nummer"
          hint="römisch wie in der Vereinbarung, z. B. V"
          value={number}
          onChange={setNumber}
          required
        />
        <TextField path="goal.title" label="Titel" value={title} onChange={setTitle} required />
      </div>
      <button
        type="submit"
        className="button-secondary"
        disabled={busy || number.trim() === '' || title.trim() === ''}
      >
        Abschnitt anlegen
      </button>
    </form>
  );
}
