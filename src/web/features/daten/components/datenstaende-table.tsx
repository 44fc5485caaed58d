import { computedByLabel } from '../../../../domain/kpi/contract-version.ts';
import { formatDateDe, formatNumberDe, formatTimestamp } from '../../../lib/format.ts';
import type { Datenstand } from '../../../lib/types.ts';

const SOURCES: Record<string, string> = {
  mikrodaten: 'eigene Mikrodaten',
  ba_veroeffentlichung: 'Veröffentlichung der BA',
  manuell: 'manuelle Eingabe',
};

export function DatenstaendeTable({ stands }: { stands: readonly Datenstand[] }) {
  return (
    <table className="data-table">
      <caption>Geladene Datenstände, neueste zuerst</caption>
      <thead>
        <tr>
          <th scope="col">Datenstand</th>
          <th scope="col">Quelle</th>
          <th scope="col">Bezeichnung</th>
          <th scope="col">Berechnet nach</th>
          <th scope="col">geladen</th>
          <th scope="col" className="num">
            Werte
          </th>
        </tr>
      </thead>
      <tbody>
        {stands.map((s, i) => (
          <tr key={s.id}>
            <th scope="row">
              {formatDateDe(s.stand)}
              {i === 0 && <span className="row-sub">neuester, gilt für „aktuell“</span>}
            </th>
            <td>{SOURCES[s.source] ?? s.source}</td>
            <td>{s.label}</td>
            <td>{computedByLabel(s.kennzahlenVertrag)}</td>
            <td>
              {formatTimestamp(s.createdAt)}, {s.createdBy}
            </td>
            <td className="num">{formatNumberDe(s.values)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
