/** All monthly values of one Kennzahl by sex, newest first, with the legend if one is withheld. */
import type { KennzahlId } from '../../../../domain/kpi/catalog.ts';
import { ProtectionNote } from '../../../components/protection.tsx';
import { formatMonth } from '../../../lib/format.ts';
import { figureOf, type SeriesIndex, type SexKey } from '../lib/kennzahl-series.ts';
import { ValueCell } from './figure-cell.tsx';

interface Props {
  id: KennzahlId;
  index: SeriesIndex;
  months: readonly string[];
  sexes: readonly { key: SexKey; label: string }[];
}

export function MonthTable({ id, index, months, sexes }: Props) {
  const withheld = months.some((m) =>
    sexes.some((s) => figureOf(index, id, s.key, m)?.suppressed != null),
  );
  return (
    <>
      <div className="table-wrap">
        <table className="data-table">
          <caption>{id} je Monat</caption>
          <thead>
            <tr>
              <th scope="col">Monat</th>
              {sexes.map((s) => (
                <th key={s.key} scope="col" className="num">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...months].reverse().map((m) => (
              <tr key={m}>
                <th scope="row">{formatMonth(m)}</th>
                {sexes.map((s) => (
                  <ValueCell key={s.key} figure={figureOf(index, id, s.key, m)} id={id} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ProtectionNote shown={withheld} />
    </>
  );
}
