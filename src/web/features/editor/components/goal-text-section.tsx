/** Under a goal's heading: the review marks of its title and running text, and their form. */
import { useState } from 'react';
import type { Goal } from '../../../../domain/agreements/agreement.ts';
import type { ReviewMark } from '../../../../domain/agreements/year-review.ts';
import { GoalTextForm } from './goal-text-form.tsx';
import { SectionReviewNotes } from './review-notes.tsx';
import type { SectionContext } from './structure-section.tsx';

interface Props {
  ctx: SectionContext;
  goal: Goal;
  /** the marks of this goal's title and running text (not of its targets) */
  marks: ReviewMark[];
}

export function GoalTextSection({ ctx, goal, marks }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <SectionReviewNotes ctx={ctx} marks={marks} />
      {open ? (
        <GoalTextForm goal={goal} busy={ctx.busy} save={ctx.save} onClose={() => setOpen(false)} />
      ) : (
        ctx.editable && (
          <button type="button" className="button-secondary" onClick={() => setOpen(true)}>
            Titel und Text von Ziel {goal.number} bearbeiten
          </button>
        )
      )}
    </>
  );
}
