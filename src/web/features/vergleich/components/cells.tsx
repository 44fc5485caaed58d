/** Cells of the comparison: a figure, or the one protection mark when the server withheld it. */
import type {
  ComparisonCell,
  ComparisonRow,
} from '../../../../domain/benchmarking/comparison-table.ts';
import { QUARTER_LABELS } from '../../../../domain/benchmarking/distribution.ts';
import { ProtectedMark } from '../../../components/protection.tsx';
import { kennzahlPartDecimals } from '../../../../domain/agreements/display-decimals.ts';
import { formatFigure } from '../../../lib/format.ts';
import { isWithheld } from '../lib/withheld.ts';

export function formatValue(
  row: Pick<ComparisonRow, 'unit' | 'decimals'>,
  value: number | null,
): string {
  return formatFigure(value, row.unit, row.decimals);
}

export function ValueCell({
  row,
  cell,
  withQuarter = false,
}: {
  row: ComparisonRow;
  cell: ComparisonCell | null;
  withQuarter?: boolean;
}) {
  if (cell === null) return <td className="num">–</td>;
  if (isWithheld(cell))
    return (
      <td className="num">
        <ProtectedMark />
      </td>
    );
  return (
    <td className="num">
      {cell.value === null ? 'fehlt' : formatValue(row, cell.value)}
      {withQuarter && cell.quarter !== null && (
        <span className="quarter">{QUARTER_LABELS[cell.quarter]}</span>
      )}
    </td>
  );
}

export function CountCell({
  row,
  cell,
  part,
  money,
}: {
  row: Pick<ComparisonRow, 'kennzahl'>;
  cell: ComparisonCell | null;
  part: 'zaehler' | 'nenner';
  money: boolean;
}) {
  if (cell === null) return <td className="num">–</td>;
  if (isWithheld(cell))
    return (
      <td className="num">
        <ProtectedMark />
      </td>
    );
  const v = cell[part];
  return (
    <td className="num">
      {v === null
        ? '–'
        : formatFigure(v, money ? 'euro' : 'count', kennzahlPartDecimals(row.kennzahl, part))}
    </td>
  );
}
