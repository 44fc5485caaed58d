/** Cells of the comparison: a figure, "•" when suppressed (with the reason for screen readers). */
import type {
  ComparisonCell,
  ComparisonRow,
} from '../../../../domain/benchmarking/comparison-table.ts';
import { QUARTER_LABELS } from '../../../../domain/benchmarking/distribution.ts';
import { formatCount, formatFigure } from '../../../lib/format.ts';

const REASONS = {
  kleine_zahl: 'unterdrückt: beruht auf 1 oder 2 Personen oder Ereignissen',
  rueckrechnung: 'unterdrückt: ließe sich aus den anderen Werten zurückrechnen',
} as const;

export function formatValue(row: Pick<ComparisonRow, 'unit'>, value: number | null): string {
  return formatFigure(value, row.unit, 1);
}

export function SuppressedMark({ cell }: { cell: ComparisonCell }) {
  if (cell.suppressed === null) return null;
  return (
    <span className="suppressed" title={REASONS[cell.suppressed]}>
      <span aria-hidden="true">•</span>
      <span className="visually-hidden">{REASONS[cell.suppressed]}</span>
    </span>
  );
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
  if (cell.suppressed !== null)
    return (
      <td className="num">
        <SuppressedMark cell={cell} />
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
  cell,
  part,
  money,
}: {
  cell: ComparisonCell | null;
  part: 'zaehler' | 'nenner';
  money: boolean;
}) {
  if (cell === null) return <td className="num">–</td>;
  if (cell.suppressed !== null)
    return (
      <td className="num">
        <SuppressedMark cell={cell} />
      </td>
    );
  const v = cell[part];
  return (
    <td className="num">
      {v === null ? '–' : money ? `${formatFigure(v, 'euro', 0)}` : formatCount(v)}
    </td>
  );
}
