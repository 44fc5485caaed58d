/** The frame of a structural text's form: heading, fields, save and cancel. */
import type { ReactNode } from 'react';

interface Props {
  id: string;
  title: string;
  busy: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}

export function SectionForm({ id, title, busy, onSubmit, onCancel, children }: Props) {
  return (
    <form
      className="side-panel section-form"
      aria-labelledby={`${id}-titel`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <h3 id={`${id}-titel`}>{title}</h3>
      {children}
      <div className="button-row">
        <button type="submit" disabled={busy}>
          {busy ? 'Wird gespeichert …' : 'Speichern'}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          Abbrechen
        </button>
      </div>
    </form>
  );
}
