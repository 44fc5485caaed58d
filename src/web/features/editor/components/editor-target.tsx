/** One target in the editor's list: its sentence, and the actions allowed in the current status. */
import { useState } from 'react';
import type { Target } from '../../../../domain/agreements/agreement.ts';
import type { LocalIndicator } from '../../../../domain/agreements/criteria.ts';
import { progressCriterionOf } from '../../../../domain/agreements/criteria.ts';
import { renderCriterion, renderMilestoneState } from '../../../../domain/agreements/sentence.ts';
import { targetLabel } from '../../../../domain/agreements/target-label.ts';
import type { ReviewMark } from '../../../../domain/agreements/year-review.ts';
import { SectionReviewNotes } from './review-notes.tsx';
import type { SectionContext } from './structure-section.tsx';

interface Props {
  target: Target;
  goalNumber: string;
  year: number;
  subject: string;
  /** the agreement's local indicators, so that a criterion names them, not their ids */
  indicators?: readonly LocalIndicator[];
  editable: boolean;
  /** after signing: a milestone's state only, reported by the target party (melden) and
   *  confirmed by the steering party (feststellen); null when this user may do neither */
  progress: 'melden' | 'feststellen' | null;
  onEdit: () => void;
  onRemove: () => void;
  /** review marks of this target's texts and dates (next year's draft) */
  marks: ReviewMark[];
  ctx: SectionContext;
}

export function EditorTarget({
  target,
  goalNumber,
  year,
  subject,
  indicators,
  editable,
  progress,
  onEdit,
  onRemove,
  marks,
  ctx,
}: Props) {
  const [confirming, setConfirming] = useState(false);
  const label = targetLabel(target, goalNumber);
  const sentence =
    target.criterion === null
      ? 'Ohne eigenes Kriterium.'
      : renderCriterion(target.criterion, {
          year,
          subject,
          role: target.role,
          lead: target.lead,
          indicators,
        });
  const milestone = progressCriterionOf(target.criterion);
  return (
    <li className="editor-target">
      <h3>
        {label} (Kennung {target.id}){target.title !== null && `: ${target.title}`}
      </h3>
      <p>{sentence}</p>
      <SectionReviewNotes ctx={{ ...ctx, editable }} marks={marks} />
      {milestone !== null && (
        <p className="muted">
          {milestone.kind === 'meilenstein' ? 'Meilenstein' : 'Qualitatives Ziel'}, Stand:{' '}
          {renderMilestoneState(milestone.state)}
          {milestone.proposal != null &&
            ` (gemeldet: ${renderMilestoneState(milestone.proposal.state)}, noch nicht festgestellt)`}
        </p>
      )}
      <div className="button-row">
        {(editable || (progress !== null && milestone !== null)) && (
          <button
            type="button"
            className="button-secondary"
            onClick={onEdit}
            aria-label={`${label} (${target.id}) ${editable ? 'bearbeiten' : `Stand ${progress}`}`}
          >
            {editable ? 'Bearbeiten' : `Stand ${progress}`}
          </button>
        )}
        {editable && !confirming && (
          <button
            type="button"
            className="button-danger"
            onClick={() => setConfirming(true)}
            aria-label={`${label} (${target.id}) entfernen`}
          >
            Entfernen
          </button>
        )}
        {confirming && (
          <>
            <span role="alert">Ziel {target.id} wirklich entfernen?</span>
            <button type="button" className="button-danger" onClick={onRemove}>
              Ja, Ziel {target.id} entfernen
            </button>
            <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
              Nein
            </button>
          </>
        )}
      </div>
    </li>
  );
}
