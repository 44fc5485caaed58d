/** Every step of the agreement with who, when and the comment. */
import { STATUS_LABELS } from '../../../../domain/agreements/lifecycle.ts';
import { ACTION_LABELS, type AgreementAction } from '../../../../domain/agreements/lifecycle.ts';
import { formatTimestamp } from '../../../lib/format.ts';
import type { AgreementView } from '../../../lib/types.ts';

const label = (action: string) =>
  action in ACTION_LABELS
    ? ACTION_LABELS[action as AgreementAction]
    : action === 'anlegen'
      ? 'angelegt'
      : action;

export function HistoryList({ events }: { events: AgreementView['events'] }) {
  return (
    <section className="side-panel" aria-labelledby="verlauf-heading">
      <h2 id="verlauf-heading">Verlauf</h2>
      <ol className="history">
        {events.map((e, i) => (
          <li key={i}>
            <strong>{label(e.action)}</strong>:{' '}
            {e.fromStatus === null ? '' : `${STATUS_LABELS[e.fromStatus]} → `}
            {STATUS_LABELS[e.toStatus]} (Fassung {e.versionNo})
            <div className="muted">
              {formatTimestamp(e.at)}, {e.actor}
            </div>
            {e.comment !== null && <div>„{e.comment}“</div>}
          </li>
        ))}
      </ol>
    </section>
  );
}
