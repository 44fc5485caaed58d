/** Due date, confirmed state, a report awaiting confirmation, and evidence of a milestone. */
import type { ProgressCriterion } from '../../../../domain/agreements/criteria.ts';
import { renderMilestoneState } from '../../../../domain/agreements/sentence.ts';
import { formatDateDe } from '../../../lib/format.ts';

/** A milestone or a qualitative target (whose due date is optional). */
export function MilestoneDetails({ milestone }: { milestone: ProgressCriterion }) {
  return (
    <dl className="figures">
      <div>
        <dt>{milestone.kind === 'meilenstein' ? 'Meilenstein fällig am' : 'Fällig am'}</dt>
        <dd>
          {milestone.due === null ? 'Ende des Vereinbarungsjahres' : formatDateDe(milestone.due)}
        </dd>
      </div>
      <div>
        <dt>Festgehaltener Stand</dt>
        <dd>{renderMilestoneState(milestone.state)}</dd>
      </div>
      {milestone.proposal != null && (
        <div>
          <dt>Gemeldeter Stand (noch nicht festgestellt)</dt>
          <dd>
            {renderMilestoneState(milestone.proposal.state)}
            {milestone.proposal.note !== null && ` – ${milestone.proposal.note}`}
          </dd>
        </div>
      )}
      <div>
        <dt>Nachweis</dt>
        <dd>{milestone.evidence ?? 'nicht festgelegt'}</dd>
      </div>
      {milestone.stateNote !== null && (
        <div>
          <dt>Vermerk</dt>
          <dd>{milestone.stateNote}</dd>
        </div>
      )}
    </dl>
  );
}
