/** The status of every target of one agreement at a glance. */
import type { UseQueryResult } from '@tanstack/react-query';
import { StatusChip } from '../../../components/status-badge.tsx';
import type { AgreementMonitoring } from '../../../lib/types.ts';

export function TargetChips({ monitoring }: { monitoring: UseQueryResult<AgreementMonitoring> }) {
  if (monitoring.isPending) return <span className="muted">Status wird geladen …</span>;
  if (monitoring.isError) return <span className="inline-error">Status nicht verfügbar: {monitoring.error.message}</span>;
  const judged = monitoring.data.targets.filter((t) => t.assessment !== null);
  return (
    <ul className="chips" aria-label="Status der Ziele">
      {judged.map((t) => (
        <li key={t.targetId}>
          <StatusChip label={t.targetId} status={t.assessment!.status} />
        </li>
      ))}
    </ul>
  );
}

/** "II ✗" chips leave the sub-goals without a criterion out; say how many there are. */
export function countTargets(monitoring: AgreementMonitoring | undefined): string {
  if (monitoring === undefined) return '';
  const judged = monitoring.targets.filter((t) => t.assessment !== null).length;
  return `${judged} Ziele mit Kriterium`;
}
