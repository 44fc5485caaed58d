/** One figure in a table cell: German format, the protection mark when withheld, the quality when not final. */
import {
  kennzahlDisplayDecimals,
  kennzahlPartDecimals,
} from '../../../../domain/agreements/display-decimals.ts';
import { KENNZAHL_DEFINITIONS, type KennzahlId } from '../../../../domain/kpi/catalog.ts';
import { ProtectedMark } from '../../../components/protection.tsx';
import { formatFigure, formatNumberDe, QUALITY_LABELS } from '../../../lib/format.ts';
import type { Figure } from '../lib/kennzahl-series.ts';
import type { PartUnit } from '../lib/zaehler-nenner.ts';

/** Whole euros, persons and events as the domain's display rule says (display-decimals.ts). */
export function formatPart(
  value: number | null,
  unit: PartUnit,
  id: KennzahlId,
  part: 'zaehler' | 'nenner',
): string {
  if (value === null) return '–';
  const number = formatNumberDe(value, kennzahlPartDecimals(id, part));
  return unit === 'euro' ? `${number} €` : number;
}

export function ValueCell({ figure, id }: { figure: Figure | undefined; id: KennzahlId }) {
  if (figure === undefined) return <td className="num">–</td>;
  if (figure.suppressed !== null)
    return (
      <td className="num">
        <ProtectedMark />
      </td>
    );
  return (
    <td className="num">
      {figure.value === null
        ? 'fehlt'
        : formatFigure(figure.value, KENNZAHL_DEFINITIONS[id].unit, kennzahlDisplayDecimals(id))}
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
  id,
}: {
  figure: Figure | undefined;
  part: 'zaehler' | 'nenner';
  unit: PartUnit;
  id: KennzahlId;
}) {
  if (figure?.suppressed != null)
    return (
      <td className="num">
        <ProtectedMark />
      </td>
    );
  return <td className="num">{formatPart(figure?.[part] ?? null, unit, id, part)}</td>;
}
