/** One figure in a table cell: German format, the protection mark when withheld, the quality when not final. */
import { ProtectedMark } from '../../../components/protection.tsx';
import { formatCount, formatFigure, formatNumberDe, QUALITY_LABELS } from '../../../lib/format.ts';
import type { Figure } from '../lib/kennzahl-series.ts';
import type { PartUnit } from '../lib/zaehler-nenner.ts';

export function formatPart(value: number | null, unit: PartUnit): string {
  if (value === null) return '–';
  if (unit === 'euro') return `${formatNumberDe(value, 0)} €`;
  if (unit === 'raten') return formatNumberDe(value, 2);
  if (unit === 'monate') return formatNumberDe(value, 0);
  return formatCount(value);
}

export function ValueCell({
  figure,
  unit,
}: {
  figure: Figure | undefined;
  unit: 'percent' | 'count';
}) {
  if (figure === undefined) return <td className="num">–</td>;
  if (figure.suppressed !== null)
    return (
      <td className="num">
        <ProtectedMark />
      </td>
    );
  return (
    <td className="num">
      {figure.value === null ? 'fehlt' : formatFigure(figure.value, unit, 1)}
      {figure.quality !== 'final' && (
        <span className="row-sub">{QUALITY_LABELS[figure.quality]}</span>
      )}
    </td>
  );
}

export function PartCell({
  figure,
  part,
  unit,
}: {
  figure: Figure | undefined;
  part: 'zaehler' | 'nenner';
  unit: PartUnit;
}) {
  if (figure?.suppressed != null)
    return (
      <td className="num">
        <ProtectedMark />
      </td>
    );
  return <td className="num">{formatPart(figure?.[part] ?? null, unit)}</td>;
}
