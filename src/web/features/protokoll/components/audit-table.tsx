/** The records of the audit trail as a table, newest first. */
import { ENTITY_LABELS, actionLabel } from '../lib/action-labels.ts';
import type { AuditEntry } from '../api/use-audit.ts';

const SHORT = 120;

/** "15.06.2014, 10:00:12 Uhr" in the browser's time zone */
function formatInstant(iso: string): string {
  const d = new Date(iso);
  const date = d.toLocaleDateString('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric' });
  const time = d.toLocaleTimeString('de-DE', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return `${date}, ${time} Uhr`;
}

function Detail({ detail }: { detail: unknown }) {
  const text = JSON.stringify(detail) ?? '';
  if (text === '{}') return <span className="muted">–</span>;
  if (text.length <= SHORT) return <code className="detail">{text}</code>;
  return (
    <details>
      <summary>
        <code className="detail">{text.slice(0, SHORT)} …</code>
      </summary>
      <pre className="detail">{JSON.stringify(detail, null, 2)}</pre>
    </details>
  );
}

export function AuditTable({ entries, total }: { entries: AuditEntry[]; total: string }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="protokoll-caption">
      <table className="data-table audit-table">
        <caption id="protokoll-caption">Einträge, neueste zuerst ({total})</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              Nr.
            </th>
            <th scope="col">Zeitpunkt</th>
            <th scope="col">Benutzer</th>
            <th scope="col">Aktion</th>
            <th scope="col">Datensatz</th>
            <th scope="col">Angaben</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <th scope="row" className="num">
                {e.id}
              </th>
              <td>
                <time dateTime={e.at}>{formatInstant(e.at)}</time>
              </td>
              <td>{e.actor}</td>
              <td>
                {actionLabel(e.action)}
                <span className="row-sub">
                  <code>{e.action}</code>
                </span>
              </td>
              <td>
                {ENTITY_LABELS[e.entity] ?? e.entity}
                <span className="row-sub">{e.entityId}</span>
              </td>
              <td>
                <Detail detail={e.detail} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
