/**
 * All Kennzahlen of all compared units in one table, the reference (Träger) and the distribution
 * below; the legend of the protection mark under it when the server withheld any figure of it.
 */
import type { ComparisonRow, UnitRef } from '../../../../domain/benchmarking/comparison-table.ts';
import type { Distribution } from '../../../../domain/benchmarking/distribution.ts';
import { ProtectionNote } from '../../../components/protection.tsx';
import { anyWithheld } from '../lib/withheld.ts';
import { formatValue, ValueCell } from './cells.tsx';

const STATS: { key: keyof Omit<Distribution, 'n'>; label: string }[] = [
  { key: 'min', label: 'Minimum' },
  { key: 'q1', label: '1. Quartil' },
  { key: 'median', label: 'Median' },
  { key: 'q3', label: '3. Quartil' },
  { key: 'max', label: 'Maximum' },
];

interface Props {
  id: string;
  caption: string;
  members: readonly UnitRef[];
  rows: readonly ComparisonRow[];
  reference: UnitRef | null;
}

export function ComparisonMatrix({ id, caption, members, rows, reference }: Props) {
  return (
    <>
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
        <table className="data-table matrix">
          <caption id={`${id}-caption`}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Einheit</th>
              {rows.map((r) => (
                <th key={r.kennzahl} scope="col" className="num" title={r.name}>
                  {r.kennzahl}
                  <span className="visually-hidden"> {r.name}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {members.map((m, i) => (
              <tr key={m.id}>
                <th scope="row">{m.name}</th>
                {rows.map((r) => (
                  <ValueCell key={r.kennzahl} row={r} cell={r.cells[i] ?? null} />
                ))}
              </tr>
            ))}
            {reference !== null && (
              <tr className="total">
                <th scope="row">{reference.name} (gesamt)</th>
                {rows.map((r) => (
                  <ValueCell key={r.kennzahl} row={r} cell={r.total} />
                ))}
              </tr>
            )}
            {STATS.map((s) => (
              <tr key={s.key} className="distribution">
                <th scope="row">{s.label}</th>
                {rows.map((r) => (
                  <td key={r.kennzahl} className="num">
                    {r.distribution === null ? '–' : formatValue(r, r.distribution[s.key])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ProtectionNote shown={anyWithheld(rows, reference !== null)} />
    </>
  );
}
