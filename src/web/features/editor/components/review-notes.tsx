/**
 * Review marks of the next year's draft next to the texts they concern ("Jahresangabe prüfen"):
 * what the draft did with each year, and the action to confirm the text as checked.
 */
import type { AgreementContent } from '../../../../domain/agreements/agreement.ts';
import type { ReviewMark } from '../../../../domain/agreements/year-review.ts';
import { markLocation } from '../lib/review-marks.ts';
import type { ContentEdit } from '../lib/content-edits.ts';

interface Props {
  marks: readonly ReviewMark[];
  content: AgreementContent;
  /** the user may confirm (edit rights); else the marks are shown only */
  editable: boolean;
  busy: boolean;
  onReviewed: (paths: string[]) => void;
}

export function ReviewNotes({ marks, content, editable, busy, onReviewed }: Props) {
  if (marks.length === 0) return null;
  return (
    <ul className="review-notes plain-list" aria-label="Jahresangaben prüfen">
      {marks.map((mark) => {
        const where = markLocation(content, mark.path);
        return (
          <li key={mark.path} className="message message-warning">
            <strong>Jahresangabe prüfen ({where}):</strong> {mark.notes.join('; ')}.
            {editable && (
              <button
                type="button"
                className="button-secondary"
                disabled={busy}
                aria-label={`${where}: Jahresangabe geprüft`}
                onClick={() => onReviewed([mark.path])}
              >
                Geprüft
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The marks of a section, confirmed through the page's save (no change of text). */
export function SectionReviewNotes({
  ctx,
  marks,
}: {
  ctx: {
    content: AgreementContent;
    editable: boolean;
    busy: boolean;
    save: (edit: ContentEdit) => Promise<boolean>;
  };
  marks: readonly ReviewMark[];
}) {
  return (
    <ReviewNotes
      marks={marks}
      content={ctx.content}
      editable={ctx.editable}
      busy={ctx.busy}
      onReviewed={(paths) => void ctx.save({ kind: 'review', paths })}
    />
  );
}
