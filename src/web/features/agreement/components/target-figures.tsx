/**
 * The figures of an assessment: actual and target value as judged (rounded to the agreed
 * decimals, zielsteuerung.md) with the exact value beside, gap, previous year and forecast.
 */
import { formatSignedDe } from '../../../../domain/shared/format-de.ts';
import {
  formatFigure,
  formatMonthYearDe,
  monthNameDe,
  type FigureUnit,
} from '../../../lib/format.ts';
import type { TargetAssessment } from '../../../lib/types.ts';

interface Props {
  assessment: TargetAssessment;
  unit: FigureUnit;
  decimals: number;
  year: number;
}

export function TargetFigures({ assessment: a, unit, decimals, year }: Props) {
  if (a.actual === null && a.target === null && a.previousYear === null) return null;
  const fmt = (v: number | null, max = decimals) => formatFigure(v, unit, decimals, max);
  return (
    <dl className="figures">
      {a.month !== null && (
        <div>
          <dt>Stand</dt>
          <dd>
            {formatMonthYearDe(year, a.month)}
            {a.final ? ' (Jahreswert)' : ''}
          </dd>
        </div>
      )}
      <div>
        <dt>Ist</dt>
        <dd>
          {fmt(a.actualRounded ?? a.actual)}
          {a.actual !== null && (
            <span className="row-sub">exakt {fmt(a.actual, decimals + 3)}</span>
          )}
        </dd>
      </div>
      {a.target !== null && (
        <div>
          <dt>Zielwert{a.month !== null ? ` ${monthNameDe(a.month)}` : ''}</dt>
          <dd>{fmt(a.targetRounded ?? a.target)}</dd>
        </div>
      )}
      {a.gap !== null && (
        <div>
          <dt>Abstand zum Ziel</dt>
          {/* a gap between two percentages is in percentage points */}
          <dd>
            {formatSignedDe(a.gap, decimals)}
            {unit === 'percent' || unit === 'points'
              ? ' Prozentpunkte'
              : unit === 'euro'
                ? ' €'
                : ''}
          </dd>
        </div>
      )}
      {a.previousYear !== null && (
        <div>
          <dt>Vorjahr (gleicher Monat)</dt>
          <dd>{fmt(a.previousYear)}</dd>
        </div>
      )}
      {a.forecast !== null && (
        <div>
          <dt>Prognose Dezember</dt>
          <dd>
            {fmt(a.forecast.value)}
            <span className="row-sub">
              {Math.round(a.forecast.level * 100)}-%-Intervall {fmt(a.forecast.low)} bis{' '}
              {fmt(a.forecast.high)}
            </span>
          </dd>
        </div>
      )}
    </dl>
  );
}
