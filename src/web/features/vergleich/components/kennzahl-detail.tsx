/**
 * One Kennzahl across the compared units: value, numerator and denominator, and each unit's
 * place in the distribution (quarter and box plot) instead of a rank.
 */
import type { ComparisonRow, UnitRef } from '../../../../domain/benchmarking/comparison-table.ts';
import { QUARTER_LABELS } from '../../../../domain/benchmarking/distribution.ts';
import { COUNT_BASIS } from '../../../../domain/benchmarking/count-basis.ts';
import { ProtectedMark, ProtectionNote } from '../../../components/protection.tsx';
import { anyWithheld, isWithheld } from '../lib/withheld.ts';
import { CountCell, formatValue, ValueCell } from './cells.tsx';
import { DistributionStrip } from './distribution-strip.tsx';

export function describeDistribution(row: ComparisonRow, total: number): string {
  const d = row.distribution;
  if (d === null) return 'Keine Werte für eine Verteilung.';
  const left = total - d.n;
  return (
    `Median ${formatValue(row, d.median)}; die mittlere Hälfte liegt zwischen ${formatValue(row, d.q1)} und ${formatValue(row, d.q3)} (1. bis 3. Quartil), alle zwischen ${formatValue(row, d.min)} und ${formatValue(row, d.max)}. ` +
    `Grundlage: ${d.n} von ${total} Einheiten${left > 0 ? ` (${left} ohne Wert oder geschützt)` : ''}.`
  );
}

export function KennzahlDetail({
  row,
  members,
  reference,
}: {
  row: ComparisonRow;
  members: readonly UnitRef[];
  reference: UnitRef | null;
}) {
  const money = COUNT_BASIS[row.kennzahl] === 'geld';
  return (
    <>
      <p className="definition">
        <strong>Was gezählt wird:</strong> {row.definition}
      </p>
      <p>{describeDistribution(row, members.length)}</p>
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="detail-caption">
        <table className="data-table">
          <caption id="detail-caption">
            {row.kennzahl} {row.name}: alle Einheiten
          </caption>
          <thead>
            <tr>
              <th scope="col">Einheit</th>
              <th scope="col" className="num">
                Wert
              </th>
              <th scope="col" className="num">
                Zähler
              </th>
              <th scope="col" className="num">
                Nenner
              </th>
              <th scope="col">Lage in der Verteilung</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m, i) => {
              const cell = row.cells[i] ?? null;
              return (
                <tr key={m.id}>
                  <th scope="row">{m.name}</th>
                  <ValueCell row={row} cell={cell} />
                  <CountCell row={row} cell={cell} part="zaehler" money={money} />
                  <CountCell row={row} cell={cell} part="nenner" money={money} />
                  <td>
                    {row.distribution !== null && cell?.value != null && (
                      <DistributionStrip distribution={row.distribution} value={cell.value} />
                    )}
                    {cell?.quarter != null ? (
                      QUARTER_LABELS[cell.quarter]
                    ) : isWithheld(cell) ? (
                      <ProtectedMark />
                    ) : (
                      '–'
                    )}
                  </td>
                </tr>
              );
            })}
            {reference !== null && (
              <tr className="total">
                <th scope="row">{reference.name} (gesamt)</th>
                <ValueCell row={row} cell={row.total} />
                <CountCell row={row} cell={row.total} part="zaehler" money={money} />
                <CountCell row={row} cell={row.total} part="nenner" money={money} />
                <td>
                  {row.distribution !== null && row.total?.value != null && (
                    <DistributionStrip distribution={row.distribution} value={row.total.value} />
                  )}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <ProtectionNote shown={anyWithheld([row], reference !== null)} />
    </>
  );
}
