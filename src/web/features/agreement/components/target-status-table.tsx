/** "Stand der Ziele": every target's status in one table, linked to its place in the text. */
import { StatusBadge } from '../../../components/status-badge.tsx';
import type { AgreementMonitoring } from '../../../lib/types.ts';

export function TargetStatusTable({ monitoring }: { monitoring: AgreementMonitoring }) {
  const judged = monitoring.targets.filter((t) => t.assessment !== null);
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>
          Stand der Ziele (Bewertungstag {monitoring.today.split('-').reverse().join('.')})
        </caption>
        <thead>
          <tr>
            <th scope="col">Ziel</th>
            <th scope="col">Status</th>
            <th scope="col">Begründung</th>
          </tr>
        </thead>
        <tbody>
          {judged.map((t) => (
            <tr key={t.targetId}>
              <th scope="row">
                <a href={`#ziel-${t.targetId}`}>Ziel {t.targetId}</a>
              </th>
              <td>
                <StatusBadge status={t.assessment!.status} reason={t.assessment!.reason} />
              </td>
              <td>{t.assessment!.explanation}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
