/** Values the newest Datenstand changed compared with the one before (a new Datenstand never overwrites). */
import { computedByLabel } from '../../../../domain/kpi/contract-version.ts';
import { ProtectedMark, ProtectionNote } from '../../../components/protection.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { formatDateDe, formatMonth, formatNumberDe, SEX_LABELS } from '../../../lib/format.ts';
import type { Datenstand } from '../../../lib/types.ts';
import { useValuesOfDatenstand } from '../api/use-daten.ts';
import { findRevisions, type SeenFigure } from '../lib/quality.ts';

function Shown({ figure }: { figure: SeenFigure }) {
  if (typeof figure === 'number') return formatNumberDe(figure, 1, 3);
  return figure === null ? 'fehlt' : <ProtectedMark />;
}

/** Two Datenstände computed by different versions of the rules: a change may be no revision. */
export function RulesChanged({ newest, previous }: { newest: Datenstand; previous: Datenstand }) {
  const [now, before] = [newest.kennzahlenVertrag, previous.kennzahlenVertrag];
  if (now === null || before === null || now === before) return null;
  return (
    <p>
      Der neueste Datenstand ist nach {computedByLabel(now)} berechnet, der vorige nach{' '}
      {computedByLabel(before)}: Unterschiede bei den Zugängen und Abgängen, den Integrationen und
      den durchschnittlichen Raten können aus den geänderten Rechenregeln stammen, nicht aus einer
      Revision der Daten.
    </p>
  );
}

export function Revisions({ unitId, stands }: { unitId: string; stands: readonly Datenstand[] }) {
  const [newest, previous] = stands;
  const newer = useValuesOfDatenstand(unitId, newest?.id);
  const older = useValuesOfDatenstand(unitId, previous?.id);
  if (newest === undefined || previous === undefined) {
    return (
      <p>
        Bisher ist ein Datenstand geladen. Revisionen zeigen sich, sobald ein neuerer Datenstand
        dieselben Monate noch einmal enthält; der ältere bleibt dabei erhalten.
      </p>
    );
  }
  return (
    <QueryState query={newer} what="Der neueste Datenstand">
      {(n) => (
        <QueryState query={older} what="Der vorige Datenstand">
          {(o) => {
            const revisions = findRevisions(o, n);
            if (revisions.length === 0)
              return (
                <p>
                  Der Datenstand vom {formatDateDe(newest.stand)} ändert keinen Wert des Datenstands
                  vom {formatDateDe(previous.stand)}.
                </p>
              );
            const shown = revisions.slice(0, 200);
            return (
              <>
                <RulesChanged newest={newest} previous={previous} />
                <table className="data-table">
                  <caption>
                    {revisions.length} revidierte Werte: Datenstand {formatDateDe(previous.stand)} →{' '}
                    {formatDateDe(newest.stand)}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Kennzahl</th>
                      <th scope="col">Monat</th>
                      <th scope="col">Personen</th>
                      <th scope="col" className="num">
                        vorher
                      </th>
                      <th scope="col" className="num">
                        jetzt
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map((r) => (
                      <tr key={`${r.metric}|${r.month}|${r.sex}`}>
                        <th scope="row">{r.metric}</th>
                        <td>{formatMonth(r.month)}</td>
                        <td>{SEX_LABELS[r.sex as 'insgesamt']}</td>
                        <td className="num">
                          <Shown figure={r.before} />
                        </td>
                        <td className="num">
                          <Shown figure={r.after} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <ProtectionNote
                  shown={shown.some(
                    (r) => typeof r.before === 'string' || typeof r.after === 'string',
                  )}
                />
              </>
            );
          }}
        </QueryState>
      )}
    </QueryState>
  );
}
