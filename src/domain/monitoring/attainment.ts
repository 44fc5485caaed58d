/**
 * Whether a target of an agreement is reached (zielsteuerung.md "year-end assessment",
 * kennzahlen.md §4). Pure: "today" and the figures come in through the context.
 *
 * - Quantitative criteria (assess-quantitative.ts): actual and threshold are rounded half away
 *   from zero to the criterion's decimals and the rounded figures compared (mindestens ≥,
 *   höchstens ≤, über >, unter <; keine Erhöhung ≤ the reference value; ungefähr: within the
 *   tolerance). December decides the year (erreicht / nicht_erreicht, final) unless its
 *   quality is 'fehlend'; earlier months compare with the Soll-Verlauf, else with the
 *   threshold applied to the reference year's same month (auf_kurs / gefaehrdet), and a
 *   forecast interval wholly on the wrong side of the December threshold makes it gefaehrdet.
 *   No data → offen; a missing reference value → nicht_bewertbar.
 * - Monitoring: nicht_bewertbar (no target value), with the figures.
 * - Milestones and statistical targets: assess-qualitative.ts. Composites: assess-composite.ts.
 */
import {
  PLANNED_SOURCE_LABELS,
  type Criterion,
  type LocalIndicator,
} from '../agreements/criteria.ts';
import type { Target } from '../agreements/agreement.ts';
import { formatExactFigure, formatFigure } from '../agreements/figure-text.ts';
import { displayDecimalsOf } from '../agreements/display-decimals.ts';
import { referenceYearOf } from '../agreements/metric-of.ts';
import { metricUnitOf, type MetricUnit } from '../agreements/metric-name.ts';
import { formatMonthYearDe } from '../shared/format-de.ts';
import { roundHalfAwayFromZero } from '../shared/round.ts';
import { assessComposite } from './assess-composite.ts';
import { periodEnded } from './as-of.ts';
import {
  assessMilestone,
  assessQualitativeTarget,
  assessStatistical,
  NO_FIGURES,
} from './assess-qualitative.ts';
import { assessQuantitative, deviationText } from './assess-quantitative.ts';
import {
  forecastSeriesOf,
  forecastSizeOf,
  forecastYearEnd,
  type ForecastBands,
} from './forecast.ts';
import { FORECAST_BANDS } from './forecast-bands.ts';
import { currentValue, latestUsableMonth, referenceValue } from './snapshot.ts';
import { steeringLabelOf } from './steering-values.ts';
import { yearValueInMonth } from './thresholds.ts';
import type { AssessmentContext, MetricSnapshot, TargetAssessment } from './types.ts';

type Monitoring = Extract<Criterion, { kind: 'monitoring' }>;

/** What the assessment needs beyond AssessmentContext (types.ts is fixed). */
export interface AssessOptions {
  /** names and units of local indicators the metric may refer to */
  indicators?: readonly LocalIndicator[];
  /**
   * Events or persons behind the reference year's December value, for the forecast interval
   * (forecast.ts). Counts supply it themselves; for a quota pass its zaehler (JFW_K2: Σ INT of
   * the reference year). Without it the interval is the pooled one.
   */
  forecastSize?: number | null;
}

export function assessTarget(
  target: Target,
  ctx: AssessmentContext,
  bands: ForecastBands = FORECAST_BANDS,
  options: AssessOptions = {},
): TargetAssessment {
  if (target.criterion === null) {
    return {
      ...NO_FIGURES,
      status: 'nicht_bewertbar',
      reason: 'ohne_kriterium',
      explanation:
        'Teilziel ohne eigenes Kriterium; es wird über das Gesamtziel bewertet. Nicht bewertbar.',
    };
  }
  return assessCriterion(target.criterion, target.values.path, ctx, bands, options);
}

/** The criterion of a target (or the rule of a composite, judged like a target of its own). */
export function assessCriterion(
  criterion: Criterion,
  path: readonly (number | null)[] | null,
  ctx: AssessmentContext,
  bands: ForecastBands = FORECAST_BANDS,
  options: AssessOptions = {},
): TargetAssessment {
  const year = ctx.year ?? ctx.snapshot?.year;
  const ended = year !== undefined && periodEnded(year, ctx.today);
  switch (criterion.kind) {
    case 'relative_aenderung':
    case 'absolut':
    case 'keine_erhoehung':
      return assessQuantitative({
        criterion,
        path,
        snapshot: ctx.snapshot,
        bands,
        ...options,
        periodEnded: ended,
      });
    case 'monitoring':
      return assessMonitoring(criterion, path, ctx, bands, options);
    case 'meilenstein':
      return assessMilestone(criterion, ctx.today);
    case 'qualitativ':
      return assessQualitativeTarget(criterion, ctx.today, year);
    case 'statistisch':
      return assessStatistical(criterion, ctx.today);
    case 'zusammengesetzt':
      if (criterion.combine !== 'regel')
        return assessComposite(criterion.combine, criterion.parts, ctx.partStatuses);
      if (criterion.rule === null) {
        return {
          ...NO_FIGURES,
          status: 'nicht_bewertbar',
          reason: 'regel_nur_text',
          explanation: 'Die Regel des Gesamtziels ist nur als Text vereinbart. Nicht bewertbar.',
        };
      }
      return assessCriterion(criterion.rule, path, ctx, bands, options);
  }
}

/**
 * Observed only: the figures and the forecast, no judgement (Ziel I of the seed). A planned
 * value (Zielplanung, Trägererwartung) or the Soll-Verlauf is compared — its deviation shown —
 * but decides nothing.
 */
function assessMonitoring(
  criterion: Monitoring,
  path: readonly (number | null)[] | null,
  ctx: AssessmentContext,
  bands: ForecastBands,
  options: AssessOptions,
): TargetAssessment {
  const { indicators } = options;
  const snapshot = ctx.snapshot;
  const month = snapshot === null ? null : latestUsableMonth(snapshot);
  if (snapshot === null || month === null) {
    return {
      ...NO_FIGURES,
      status: 'nicht_bewertbar',
      reason: 'beobachtung',
      explanation: 'Beobachtungsziel ohne Bewertung; noch keine Daten. Nicht bewertbar.',
    };
  }
  const unit = metricUnitOf(criterion.metric, indicators);
  // figures as such: counts without decimals, averages and percentages with one (display-decimals.ts)
  const decimals = displayDecimalsOf(criterion.metric, indicators);
  const actual = currentValue(snapshot, month)!;
  const previousYear = referenceValue(snapshot, month);
  const figures = `${steeringLabelOf(criterion.metric, indicators, { year: snapshot.year, month })} ${formatMonthYearDe(snapshot.year, month)}: ${formatExactFigure(actual, unit, decimals)}`;
  const previous =
    previousYear === null ? '' : ` (Vorjahr ${formatFigure(previousYear, unit, decimals)})`;
  const planned = plannedInMonth(criterion, path, snapshot, month, unit, decimals);
  const comparison =
    planned === null
      ? ''
      : ` ${planned.label} ${formatFigure(planned.value, unit, decimals)}${planned.basis === null ? '' : ` (${planned.basis})`}: ${deviationText(actual, planned.value, unit, decimals)}.`;
  return {
    ...NO_FIGURES,
    status: 'nicht_bewertbar',
    reason: 'beobachtung',
    month,
    actual,
    actualRounded: roundHalfAwayFromZero(actual, decimals),
    previousYear,
    planned: planned === null ? null : { value: planned.value, label: planned.label },
    target: planned?.value ?? null,
    gap: planned === null ? null : actual - planned.value,
    final: month === 12,
    forecast:
      month < 12
        ? forecastYearEnd(
            snapshot,
            forecastSeriesOf(criterion.metric),
            bands,
            options.forecastSize ?? forecastSizeOf(criterion.metric, snapshot, indicators),
          )
        : null,
    explanation: `Beobachtungsziel ohne Bewertung. ${figures}${previous}.${comparison}`,
  };
}

/** The planned value for `month`: the Soll-Verlauf's month, else the planned year value there. */
function plannedInMonth(
  criterion: Monitoring,
  path: readonly (number | null)[] | null,
  snapshot: MetricSnapshot,
  month: number,
  unit: MetricUnit,
  decimals: number,
): { value: number; label: string; basis: string | null } | null {
  const fromPath = path?.[month - 1];
  if (fromPath !== null && fromPath !== undefined)
    return { value: fromPath, label: 'Soll-Verlauf', basis: null };
  if (!criterion.planned) return null;
  const label = PLANNED_SOURCE_LABELS[criterion.planned.source];
  const inMonth = yearValueInMonth(
    criterion.planned.value,
    criterion.metric,
    snapshot,
    month,
    unit,
    decimals,
    referenceYearOf(criterion, snapshot.year),
  );
  return { value: inMonth.value, label, basis: inMonth.basis };
}
