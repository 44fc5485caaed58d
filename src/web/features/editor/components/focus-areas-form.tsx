/** The Schwerpunkte: their heading, and each focus area's title and text; added and removed. */
import { useState } from 'react';
import type { AgreementContent } from '../../../../domain/agreements/agreement.ts';
import { TextField } from '../../../components/form-fields.tsx';
import { blocksToDrafts, draftsToBlocks, type BlockDraft } from '../lib/block-drafts.ts';
import type { ContentEdit } from '../lib/content-edits.ts';
import { BlocksEditor } from './blocks-editor.tsx';
import { SectionForm } from './section-form.tsx';

interface AreaDraft {
  title: string;
  text: BlockDraft[];
}

interface Props {
  content: AgreementContent;
  busy: boolean;
  save: (edit: ContentEdit) => Promise<boolean>;
  onClose: () => void;
}

export function FocusAreasForm({ content, busy, save, onClose }: Props) {
  const [title, setTitle] = useState(content.focusAreasTitle);
  const [areas, setAreas] = useState<AreaDraft[]>(() =>
    content.focusAreas.map((a) => ({ title: a.title, text: blocksToDrafts(a.text) })),
  );
  const change = (i: number, patch: Partial<AreaDraft>) =>
    setAreas(areas.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  const submit = () =>
    void save({
      kind: 'set-structure',
      label: 'Schwerpunkte',
      patch: {
        focusAreasTitle: title.trim(),
        // numbered in the order shown, as the agreement numbers them
        focusAreas: areas.map((a, i) => ({
          number: i + 1,
          title: a.title.trim(),
          text: draftsToBlocks(a.text),
        })),
      },
    }).then((saved) => saved && onClose());
  return (
    <SectionForm
      id="schwerpunkte-form"
      title="Schwerpunkte bearbeiten"
      busy={busy}
      onSubmit={submit}
      onCancel={onClose}
    >
      <TextField
        path="focusAreasTitle"
        label="Überschrift der Schwerpunkte"
        multiline
        value={title}
        onChange={setTitle}
      />
      {areas.map((area, i) => (
        <fieldset key={i}>
          <legend>Schwerpunkt {i + 1}</legend>
          <TextField
            path={`focusAreas.${i}.title`}
            label={`Titel von Schwerpunkt ${i + 1}`}
            value={area.title}
            onChange={(t) => change(i, { title: t })}
            required
          />
          <BlocksEditor
            path={`focusAreas.${i}.text`}
            legend={`Text von Schwerpunkt ${i + 1}`}
            items={area.text}
            onChange={(text) => change(i, { text })}
          />
          <button
            type="button"
            className="button-danger"
            onClick={() => setAreas(areas.filter((_, j) => j !== i))}
          >
            Schwerpunkt {i + 1} entfernen
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button-secondary"
        onClick={() => setAreas([...areas, { title: '', text: [{ kind: 'absatz', text: '' }] }])}
      >
        Schwerpunkt hinzufügen
      </button>
    </SectionForm>
  );
}
