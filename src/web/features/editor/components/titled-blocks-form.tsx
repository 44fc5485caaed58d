/** A heading (optional) and running text: Präambel, the goals' introduction, the dialogue clause. */
import { useState } from 'react';
import type { TextBlock } from '../../../../domain/agreements/agreement.ts';
import { TextField } from '../../../components/form-fields.tsx';
import { blocksToDrafts, draftsToBlocks } from '../lib/block-drafts.ts';
import { BlocksEditor } from './blocks-editor.tsx';
import { SectionForm } from './section-form.tsx';

interface Props {
  id: string;
  formTitle: string;
  /** field path prefix ("preamble") */
  path: string;
  heading?: { label: string; value: string };
  legend: string;
  blocks: readonly TextBlock[];
  busy: boolean;
  onSave: (heading: string | undefined, blocks: TextBlock[]) => Promise<boolean>;
  onClose: () => void;
}

export function TitledBlocksForm(p: Props) {
  const [heading, setHeading] = useState(p.heading?.value ?? '');
  const [drafts, setDrafts] = useState(() => blocksToDrafts(p.blocks));
  return (
    <SectionForm
      id={p.id}
      title={p.formTitle}
      busy={p.busy}
      onCancel={p.onClose}
      onSubmit={() =>
        void p
          .onSave(p.heading === undefined ? undefined : heading.trim(), draftsToBlocks(drafts))
          .then((saved) => saved && p.onClose())
      }
    >
      {p.heading !== undefined && (
        <TextField
          path={`${p.path}.heading`}
          label={p.heading.label}
          value={heading}
          onChange={setHeading}
          required
        />
      )}
      <BlocksEditor path={p.path} legend={p.legend} items={drafts} onChange={setDrafts} />
    </SectionForm>
  );
}
