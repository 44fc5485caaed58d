/** The status of every target of one agreement at a glance. */
import { StatusChip } from '../../../components/status-badge.tsx';
import type { AgreementStatuses } from '../../../lib/types.ts';

export function TargetChips({
  statuses,
  pending,
  error,
}: {
  statuses: AgreementStatuses | undefined;
  pending: boolean;
  error: Error | null;
}) {
  if (error !== null)
    return <span className="inline-error">Status nicht verfügbar: {error.message}</span>;
  if (pending || statuses === undefined)
    return <span className="muted">Status wird geladen …</span>;
  return (
    <ul className="chips" aria-label="Status der Ziele">
      {statuses.targets.map((t) => (
        <li key={t.targetId}>
          <StatusChip label={t.targetId} status={t.status} />
        </li>
      ))}
    </ul>
  );
}
