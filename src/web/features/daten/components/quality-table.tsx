/**
 * Per Kennzahl: how many monthly values are final, provisional, restricted, missing or (for a
 * viewer without the microdata grant) withheld, and which months are missing.
 */
import { KENNZAHL_DEFINITIONS, type KennzahlId } from '../../../../domain/kpi/catalog.ts';
import { PROTECTED_SYMBOL } from '../../../../domain/disclosure/control/mark.ts';
import { ProtectionNote } from '../../../components/protection.tsx';
import { formatMonth } from '../../../lib/format.ts';
import type { QualityRow } from '../lib/quality.ts';

const range = (r: string) => r.split(' – ').map(formatMonth).join(' bis ');

export function QualityTable({ rows }: { rows: readonly QualityRow[] }) {
  // the column only where the server withheld something: for most viewers it would stay empty
  const withheld = rows.some((r) => r.withheld > 0);
  return (
    <>
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="qualitaet-caption">
        <table className="data-table">
          <caption id="qualitaet-caption">Qualität der Monatswerte je Kennzahl (insgesamt)</caption>
          <thead>
            <tr>
              <th scope="col">Kennzahl</th>
              <th scope="col" className="num">
                endgültig
              </th>
              <th scope="col" className="num">
                vorläufig
              </th>
              <th scope="col" className="num">
                eingeschränkt
              </th>
              <th scope="col" className="num">
                fehlt
              </th>
              {withheld && (
                <th scope="col" className="num">
                  geschützt ({PROTECTED_SYMBOL})
                </th>
              )}
              <th scope="col">Fehlende Monate</th>
              <th scope="col">Vorläufige Monate</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.metric}>
                <th scope="row">
                  {r.metric}{' '}
                  <span className="row-sub">
                    {KENNZAHL_DEFINITIONS[r.metric as KennzahlId]?.name}
                  </span>
                </th>
                <td className="num">{r.counts.final}</td>
                <td className="num">{r.counts.vorlaeufig}</td>
                <td className="num">{r.counts.eingeschraenkt}</td>
                <td className="num">{r.counts.fehlend}</td>
                {withheld && <td className="num">{r.withheld}</td>}
                <td>{r.missing.length === 0 ? 'keine' : r.missing.map(range).join('; ')}</td>
                <td>
                  {r.provisional.length === 0 ? 'keine' : r.provisional.map(range).join('; ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ProtectionNote shown={withheld} />
    </>
  );
}
