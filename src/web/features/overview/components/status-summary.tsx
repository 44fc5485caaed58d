/** How many targets of the shown agreements stand where. */
import { STATUS_ORDER, StatusBadge } from '../../../components/status-badge.tsx';
import type { AgreementMonitoring, TargetStatus } from '../../../lib/types.ts';

export function StatusSummary({ monitorings }: { monitorings: (AgreementMonitoring | undefined)[] }) {
  const loaded = monitorings.filter((m): m is AgreementMonitoring => m !== undefined);
  if (loaded.length === 0) return null;
  const counts = new Map<TargetStatus, number>();
  for (const m of loaded) for (const t of m.targets) if (t.assessment !== null) counts.set(t.assessment.status, (counts.get(t.assessment.status) ?? 0) + 1);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  return (
    <section aria-labelledby="summary-heading" className="summary">
      <h2 id="summary-heading">Ziele auf einen Blick</h2>
      <p>
        {total} Ziele in {loaded.length} Zielvereinbarungen{loaded.length < monitorings.length ? ` (${monitorings.length - loaded.length} werden noch geladen)` : ''}:
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
