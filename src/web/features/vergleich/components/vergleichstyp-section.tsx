/** The Träger within its SGB II-Vergleichstyp or against its nearest neighbours, or why not yet. */
import { QueryState } from '../../../components/query-state.tsx';
import { formatMonth } from '../../../lib/format.ts';
import { useVergleichstyp } from '../api/use-comparison.ts';
import { ComparisonMatrix } from './comparison-matrix.tsx';

export function VergleichstypSection({
  unit,
  month,
  sex,
}: {
  unit: string | undefined;
  month: string | undefined;
  sex: string;
}) {
  const result = useVergleichstyp(unit, month, sex);
  return (
    <section aria-labelledby="typ-heading">
      <h2 id="typ-heading">Vergleich im SGB II-Vergleichstyp</h2>
      <p>
        Fair verglichen wird innerhalb des Vergleichstyps (IAB) oder mit den nächsten Nachbarn,
        nicht in einer Rangliste aller Jobcenter.
      </p>
      <QueryState query={result} what="Der Vergleich im Vergleichstyp">
        {(r) => (
          <>
            <p className={r.basis === null ? 'message' : undefined}>{r.message}</p>
            {r.basis !== null && r.month !== null && (
              <ComparisonMatrix
                id="typ"
                caption={`${r.unit.name}: Vergleich ${r.basis === 'vergleichstyp' ? `im Typ ${r.vergleichstyp}` : 'mit den nächsten Nachbarn'}, ${formatMonth(r.month)}`}
                members={r.members}
                rows={r.rows}
                reference={null}
              />
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}
