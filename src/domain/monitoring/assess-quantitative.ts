/**
 * Relative change, absolute level and no increase: the year value is judged on December
 * (final), earlier months against the Soll-Verlauf or the reference year's same month, with
 * the forecast as an early warning (attainment.ts describes the rules).
 */
import type { LocalIndicator } from '../agreements/criteria.ts';
import { COMPARISON_WORDS, formatExactFigure, formatFigure } from '../agreements/figure-text.ts';
import { metricUnitOf, renderMetricLabel, type MetricUnit } from '../agreements/metric-name.ts';
import { renderLevel, type QuantitativeCriterion } from '../agreements/quantitative-condition.ts';
import { formatMonthYearDe, formatNumberDe } from '../shared/format-de.ts';
import { PROTECTED_SYMBOL } from '../disclosure/control/mark.ts';
import {
  forecastSeriesOf,
  forecastSizeOf,
  forecastYearEnd,
  type ForecastBands,
} from './forecast.ts';
import { currentValue, latestUsableMonth, referenceValue } from './snapshot.ts';
import { STATUS_SENTENCES } from './status-rules.ts';
import {
  criterionThreshold,
  intervalMisses,
  judgeAtDecimals,
  pathThreshold,
  type Threshold,
} from './thresholds.ts';
import type { Forecast, MetricSnapshot, TargetAssessment } from './types.ts';

export interface QuantitativeInput {
  criterion: QuantitativeCriterion;
  path: readonly (number | null)[] | null;
  snapshot: MetricSnapshot | null;
  bands: ForecastBands;
  indicators?: readonly LocalIndicator[];
  /** size behind the reference December value for the forecast interval; null/absent = from the metric if a count */
  forecastSize?: number | null;
}

const EMPTY: Omit<TargetAssessment, 'status' | 'explanation'> = {
  month: null,
  actual: null,
  target: null,
  actualRounded: null,
  targetRounded: null,
  gap: null,
  previousYear: null,
  forecast: null,
  final: false,
};

/** A tolerance in the metric's unit: points for percentages ("± 0,5 Prozentpunkte"), "± 100" for counts. */
function toleranceText(tolerance: number, unit: MetricUnit, decimals: number): string {
  const number = formatNumberDe(tolerance, 0, Math.max(decimals, 2));
  return unit === 'percent' ? `${number} Prozentpunkte` : unit === 'euro' ? `${number} €` : number;
}

function thresholdText(
  criterion: QuantitativeCriterion,
  threshold: Threshold,
  rounded: number,
  unit: MetricUnit,
  indicators?: readonly LocalIndicator[],
): string {
  const decimals = criterion.decimals;
  let text: string;
  if (criterion.kind === 'absolut' && threshold.basis === null)
    text = renderLevel(criterion, indicators);
  else if (threshold.comparison === 'ungefaehr')
    text = `ca. ${formatFigure(rounded, unit, decimals)} (± ${toleranceText(threshold.tolerance ?? 0, unit, decimals)})`;
  else text = `${COMPARISON_WORDS[threshold.comparison]} ${formatFigure(rounded, unit, decimals)}`;
  return threshold.basis === null ? text : `${text} (${threshold.basis})`;
}

/** the values of an örtliches Jobcenter withheld by the disclosure control (docs/disclosure-control.md) */
const LATER_MONTHS_PROTECTED = `Neuere Monate sind zum Schutz kleiner Fallzahlen gesperrt (${PROTECTED_SYMBOL}); bewertet ist der letzte freigegebene Monat.`;
const ALL_MONTHS_PROTECTED = `Die Werte sind zum Schutz kleiner Fallzahlen gesperrt (${PROTECTED_SYMBOL}); bewerten kann, wer zu Sozialdaten berechtigt ist.`;

/** Notes on the data behind a judgement (kennzahlen.md §5: quality flags). */
function qualityNotes(snapshot: MetricSnapshot, month: number): string[] {
  const notes: string[] = [];
  const quality = snapshot.current[month - 1]?.quality;
  if (quality === 'vorlaeufig')
    notes.push(month === 12 ? 'Der Dezemberwert ist vorläufig.' : 'Der Wert ist vorläufig.');
  if (quality === 'eingeschraenkt') notes.push('Die Datenqualität ist eingeschränkt.');
  if (month < 12 && snapshot.current[11]?.quality === 'fehlend')
    notes.push('Der Dezemberwert fehlt noch; bewertet ist der letzte Monat mit Daten.');
  if (snapshot.current.slice(month).some((o) => o?.suppressed)) notes.push(LATER_MONTHS_PROTECTED);
  return notes;
}

export function assessQuantitative(input: QuantitativeInput): TargetAssessment {
  const { criterion, snapshot, indicators } = input;
  const month = snapshot === null ? null : latestUsableMonth(snapshot);
  if (snapshot !== null && month === null && snapshot.current.some((o) => o?.suppressed))
    return { ...EMPTY, status: 'nicht_bewertbar', explanation: ALL_MONTHS_PROTECTED };
  if (snapshot === null || month === null) {
    const year = snapshot === null ? '' : ` für ${snapshot.year}`;
    return { ...EMPTY, status: 'offen', explanation: `Noch keine Daten${year}.` };
  }
  const unit = metricUnitOf(criterion.metric, indicators);
  const actual = currentValue(snapshot, month)!;
  const previousYear = referenceValue(snapshot, month);
  const final = month === 12;
  const size = input.forecastSize ?? forecastSizeOf(criterion.metric, snapshot, indicators);
  const forecast = final
    ? null
    : forecastYearEnd(snapshot, forecastSeriesOf(criterion.metric), input.bands, size);
  const decimals = criterion.decimals;
  const head = `${renderMetricLabel(criterion.metric, indicators, { year: snapshot.year, month })} ${formatMonthYearDe(snapshot.year, month)}: ${formatFigure(actual, unit, decimals)}`;
  const exact = formatExactFigure(actual, unit, decimals);
  const actualText =
    exact === formatFigure(actual, unit, decimals) ? head : `${head} (exakt ${exact})`;
  const base = { ...EMPTY, month, actual, previousYear, forecast };

  const fromPath = final ? null : pathThreshold(criterion, input.path, month);
  const found =
    fromPath === null
      ? criterionThreshold(criterion, snapshot, month, unit)
      : { threshold: fromPath };
  if ('missing' in found) {
    return {
      ...base,
      status: 'nicht_bewertbar',
      explanation: `${actualText}. ${found.missing} ${STATUS_SENTENCES.nicht_bewertbar}`,
    };
  }
  const threshold = found.threshold;
  const judgement = judgeAtDecimals(actual, threshold, decimals);
  const sentences = [
    `${actualText}; Ziel: ${thresholdText(criterion, threshold, judgement.targetRounded, unit, indicators)}.`,
    ...qualityNotes(snapshot, month),
  ];
  let status: TargetAssessment['status'] = final
    ? judgement.met
      ? 'erreicht'
      : 'nicht_erreicht'
    : judgement.met
      ? 'auf_kurs'
      : 'gefaehrdet';
  const warning = forecastWarning(input, forecast, unit);
  if (warning !== null) {
    status = 'gefaehrdet';
    sentences.push(
      judgement.met ? `Der Monatswert erfüllt das Ziel, aber ${warning}` : `Auch ${warning}`,
    );
  }
  sentences.push(STATUS_SENTENCES[status]);
  return {
    ...base,
    status,
    target: threshold.value,
    actualRounded: judgement.actualRounded,
    targetRounded: judgement.targetRounded,
    gap: actual - threshold.value,
    final,
    explanation: sentences.join(' '),
  };
}

/** A sentence fragment when the whole forecast interval misses the December threshold, else null. */
function forecastWarning(
  input: QuantitativeInput,
  forecast: Forecast | null,
  unit: MetricUnit,
): string | null {
  if (forecast === null || input.snapshot === null) return null;
  const december = criterionThreshold(input.criterion, input.snapshot, 12, unit);
  if ('missing' in december) return null;
  const decimals = input.criterion.decimals;
  if (!intervalMisses(forecast.low, forecast.high, december.threshold, decimals)) return null;
  const level = Math.round(forecast.level * 100);
  const interval = `${formatFigure(forecast.low, unit, decimals)} bis ${formatFigure(forecast.high, unit, decimals)}`;
  const side = forecast.high < december.threshold.value ? 'unter' : 'über';
  return `die Prognose für Dezember (${formatFigure(forecast.value, unit, decimals)}, ${level}-%-Intervall ${interval}) liegt ganz ${side} dem Jahresziel von ${thresholdText(input.criterion, december.threshold, judgeAtDecimals(forecast.value, december.threshold, decimals).targetRounded, unit, input.indicators)}.`;
}
