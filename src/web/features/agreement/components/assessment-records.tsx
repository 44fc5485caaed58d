/** What the year-end assessment must consider: documented framework changes and the decisions so far. */
import { QueryState } from '../../../components/query-state.tsx';
import { formatDateDe, formatTimestamp } from '../../../lib/format.ts';
import { useDecisions, useFrameworkChanges } from '../api/use-agreement.ts';

const DECISIONS: Record<string, string> = {
  erreicht: 'erreicht',
  nicht_erreicht: 'nicht erreicht',
  nicht_bewertbar: 'nicht bewertbar',
};

export function AssessmentRecords({ agreementId }: { agreementId: string }) {
  const changes = useFrameworkChanges(agreementId);
  const decisions = useDecisions(agreementId);
  return (
    <section aria-labelledby="bewertung-heading">
      <h2 id="bewertung-heading">Jahresbewertung</h2>
      <h3>Geänderte Rahmenbedingungen</h3>
      <QueryState query={changes} what="Die Rahmenbedingungen">
        {(list) =>
          list.length === 0 ? (
            <p>Keine Änderungen der Rahmenbedingungen dokumentiert.</p>
          ) : (
            <ul>
              {list.map((c) => (
                <li key={c.id}>
                  seit {formatDateDe(c.since)}: {c.description}
                  {c.targetIds.length > 0 && ` (Ziele ${c.targetIds.join(', ')})`} – festgehalten
                  von {c.recordedBy}, {formatTimestamp(c.recordedAt)}
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
      <h3>Entscheidungen</h3>
      <QueryState query={decisions} what="Die Entscheidungen">
        {(list) =>
          list.length === 0 ? (
            <p>Noch keine Entscheidung der Jahresbewertung festgehalten.</p>
          ) : (
            <ul>
              {list.map((d) => (
                <li key={d.targetId}>
                  Ziel {d.targetId}: {DECISIONS[d.finalDecision] ?? d.finalDecision}
                  {d.adjustment !== null && ` – Anpassung: ${d.adjustment}`} ({d.decidedBy},{' '}
                  {formatTimestamp(d.decidedAt)})
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </section>
  );
}
