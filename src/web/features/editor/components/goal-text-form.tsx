/** A goal's title and running text; its targets keep their place and are edited in their own form. */
import { useState } from 'react';
import type { Goal } from '../../../../domain/agreements/agreement.ts';
import { TextField } from '../../../components/form-fields.tsx';
import { blocksToDrafts, draftToBlock } from '../lib/block-drafts.ts';
import type { ContentEdit } from '../lib/content-edits.ts';
import { goalTextItems, type GoalTextItem } from '../lib/structure-edits.ts';
import { BlocksEditor, type EditorItem } from './blocks-editor.tsx';
import { SectionForm } from './section-form.tsx';

interface Props {
  goal: Goal;
  busy: boolean;
  save: (edit: ContentEdit) => Promise<boolean>;
  onClose: () => void;
}

export function GoalTextForm({ goal, busy, save, onClose }: Props) {
  const [title, setTitle] = useState(goal.title);
  const [items, setItems] = useState<EditorItem[]>(() =>
    goalTextItems(goal.blocks).map((item) =>
      item.kind === 'ziel' ? item : blocksToDrafts([item])[0]!,
    ),
  );
  const submit = () =>
    void save({
      kind: 'set-goal',
      goalNumber: goal.number,
      title: title.trim(),
      items: items.flatMap((item): GoalTextItem[] => {
        if (item.kind === 'ziel') return [item];
        const block = draftToBlock(item);
        return block === null ? [] : [block];
      }),
    }).then((saved) => saved && onClose());
  const id = `ziel-${goal.number}-text`;
  return (
    <SectionForm
      id={id}
      title={`Titel und Text von Ziel ${goal.number} bearbeiten`}
      busy={busy}
      onSubmit={submit}
      onCancel={onClose}
    >
      <TextField
        path={`${id}.title`}
        label={`Titel von Ziel ${goal.number}`}
        value={title}
        onChange={setTitle}
        required
      />
      <BlocksEditor
        path={`${id}.blocks`}
        legend={`Text von Ziel ${goal.number}`}
        items={items}
        onChange={setItems}
      />
    </SectionForm>
  );
}
