/** How many targets of the shown agreements stand where. */
import { STATUS_ORDER, StatusBadge } from '../../../components/status-badge.tsx';
import type { AgreementStatuses, TargetStatus } from '../../../lib/types.ts';

export function StatusSummary({ shown }: { shown: readonly AgreementStatuses[] }) {
  if (shown.length === 0) return null;
  const counts = new Map<TargetStatus, number>();
  for (const a of shown)
    for (const t of a.targets) counts.set(t.status, (counts.get(t.status) ?? 0) + 1);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  return (
    <section aria-labelledby="summary-heading" className="summary">
      <h2 id="summary-heading">Ziele auf einen Blick</h2>
      <p>
        {total} Ziele in {shown.length} Zielvereinbarungen:
      </p>
      <ul className="summary-list">
        {STATUS_ORDER.filter((s) => counts.has(s)).map((s) => (
          <li key={s}>
            <strong>{counts.get(s)}</strong> <StatusBadge status={s} />
          </li>
        ))}
      </ul>
    </section>
  );
}
