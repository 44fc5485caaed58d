/**
 * Running text as a list of fields: a text area per paragraph, a list with one item per line;
 * blocks are added at the end and removed one by one. A goal's targets stand between its
 * paragraphs as fixed entries (they are edited in their own form).
 */
import { TextField } from '../../../components/form-fields.tsx';
import type { BlockDraft } from '../lib/block-drafts.ts';

export type EditorItem = BlockDraft | { kind: 'ziel'; id: string };

interface Props<T extends EditorItem> {
  /** field path prefix, unique on the page ("preamble", "focusAreas.1.text") */
  path: string;
  legend: string;
  items: T[];
  onChange: (items: T[]) => void;
}

export function BlocksEditor<T extends EditorItem>({ path, legend, items, onChange }: Props<T>) {
  const update = (i: number, text: string) =>
    onChange(items.map((item, j) => (j === i ? { ...item, text } : item)));
  const add = (kind: BlockDraft['kind']) => onChange([...items, { kind, text: '' } as T]);
  let n = 0;
  return (
    <fieldset className="blocks-editor">
      <legend>{legend}</legend>
      {items.map((item, i) => {
        if (item.kind === 'ziel')
          return (
            <p key={`ziel-${item.id}`} className="muted">
              Hier steht Ziel {item.id} (im Zielformular zu bearbeiten).
            </p>
          );
        n += 1;
        const label = item.kind === 'absatz' ? `Absatz ${n}` : `Liste ${n} (ein Punkt je Zeile)`;
        return (
          <div key={i} className="block-draft">
            <TextField
              path={`${path}.${i}`}
              label={label}
              multiline
              value={item.text}
              onChange={(text) => update(i, text)}
            />
            <button
              type="button"
              className="button-secondary"
              aria-label={`${legend}: ${label} entfernen`}
              onClick={() => onChange(items.filter((_, j) => j !== i))}
            >
              Entfernen
            </button>
          </div>
        );
      })}
      <div className="button-row">
        <button type="button" className="button-secondary" onClick={() => add('absatz')}>
          Absatz hinzufügen
        </button>
        <button type="button" className="button-secondary" onClick={() => add('liste')}>
          Liste hinzufügen
        </button>
      </div>
    </fieldset>
  );
}
