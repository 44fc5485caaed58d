/**
 * A structural part of the agreement on the editor page: its text as it stands, the review marks
 * of its texts, and (with edit rights) a button that opens its form in place.
 */
import { useState, type ReactNode } from 'react';
import type { AgreementContent, TextBlock } from '../../../../domain/agreements/agreement.ts';
import type { ReviewMark } from '../../../../domain/agreements/year-review.ts';
import type { ContentEdit } from '../lib/content-edits.ts';
import { SectionReviewNotes } from './review-notes.tsx';

/** What every section needs from the page. */
export interface SectionContext {
  content: AgreementContent;
  editable: boolean;
  busy: boolean;
  /** saves one edit; true when it was saved */
  save: (edit: ContentEdit) => Promise<boolean>;
}

export function TextBlocks({ blocks }: { blocks: readonly TextBlock[] }) {
  return blocks.map((b, i) =>
    b.kind === 'absatz' ? (
      <p key={i}>{b.text}</p>
    ) : (
      <ul key={i}>
        {b.items.map((item, j) => (
          <li key={j}>{item}</li>
        ))}
      </ul>
    ),
  );
}

interface Props {
  id: string;
  heading: ReactNode;
  /** the button's text, naming the part ("Präambel bearbeiten") */
  editLabel: string;
  ctx: SectionContext;
  marks: readonly ReviewMark[];
  children: ReactNode;
  renderForm: (close: () => void) => ReactNode;
}

export function StructureSection({
  id,
  heading,
  editLabel,
  ctx,
  marks,
  children,
  renderForm,
}: Props) {
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby={`${id}-kopf`} className="structure-section">
      <h2 id={`${id}-kopf`}>{heading}</h2>
      <SectionReviewNotes ctx={ctx} marks={marks} />
      {open ? (
        renderForm(() => setOpen(false))
      ) : (
        <>
          {children}
          {ctx.editable && (
            <button type="button" className="button-secondary" onClick={() => setOpen(true)}>
              {editLabel}
            </button>
          )}
        </>
      )}
    </section>
  );
}
