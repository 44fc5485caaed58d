/**
 * Relative change, absolute level and no increase: the year value is judged on December
 * (final), earlier months against the Soll-Verlauf or the reference year's same month, with
 * the forecast as an early warning (attainment.ts describes the rules).
 */
import type { LocalIndicator } from '../agreements/criteria.ts';
import {
  COMPARISON_WORDS,
  EXACT_EXTRA_DECIMALS,
  formatExactFigure,
  formatFigure,
} from '../agreements/figure-text.ts';
import { inPercentagePoints, metricUnitOf, type MetricUnit } from '../agreements/metric-name.ts';
import { renderLevel, type QuantitativeCriterion } from '../agreements/quantitative-condition.ts';
import { formatMonthYearDe, formatNumberDe, formatSignedDe } from '../shared/format-de.ts';
import { PROTECTED_SYMBOL } from '../disclosure/control/mark.ts';
import {
  forecastSeriesOf,
  forecastSizeOf,
  forecastYearEnd,
  type ForecastBands,
} from './forecast.ts';
import { currentValue, latestUsableMonth, referenceValue } from './snapshot.ts';
import { steeringLabelOf } from './steering-values.ts';
import { STATUS_SENTENCES } from './status-rules.ts';
import {
  criterionThreshold,
  intervalMisses,
  judgeAtDecimals,
  pathThreshold,
  type Threshold,
} from './thresholds.ts';
import type { ChangeJudgement, Forecast, MetricSnapshot, TargetAssessment } from './types.ts';

export interface QuantitativeInput {
  criterion: QuantitativeCriterion;
  path: readonly (number | null)[] | null;
  snapshot: MetricSnapshot | null;
  bands: ForecastBands;
  indicators?: readonly LocalIndicator[];
  /** size behind the reference December value for the forecast interval; null/absent = from the metric if a count */
  forecastSize?: number | null;
  /** the agreement year is over as of the assessment date (offen only while it runs) */
  periodEnded: boolean;
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
  return inPercentagePoints(unit)
    ? `${number} Prozentpunkte`
    : unit === 'euro'
      ? `${number} €`
      : number;
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
    text =
      threshold.tolerance === null
        ? `ca. ${formatFigure(rounded, unit, decimals)} (ohne vereinbarte Toleranz)`
        : `ca. ${formatFigure(rounded, unit, decimals)} (± ${toleranceText(threshold.tolerance, unit, decimals)})`;
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

/** The change that was judged: "Veränderung gegenüber Vorjahr +0,2 % (exakt +0,207 %)". */
function changeText(change: ChangeJudgement): string {
  const unit = change.unit === 'prozent' ? ' %' : ' Prozentpunkte';
  const rounded = `${formatSignedDe(change.rounded, change.decimals)}${unit}`;
  const exact = `${formatSignedDe(change.exact, change.decimals, change.decimals + EXACT_EXTRA_DECIMALS)}${unit}`;
  const agreed = `${formatSignedDe(change.agreed, change.decimals)}${unit}`;
  return `Veränderung ${rounded}${exact === rounded ? '' : ` (exakt ${exact})`}, vereinbart ${agreed}`;
}

/** "Abweichung +35 (+1,7 %)": actual − compared value, in the metric's unit and relative. */
export function deviationText(
  actual: number,
  compared: number,
  unit: MetricUnit,
  decimals: number,
): string {
  const gap = actual - compared;
  const signed = inPercentagePoints(unit)
    ? `${formatSignedDe(gap, decimals)} Prozentpunkte`
    : `${formatSignedDe(gap, decimals)}${unit === 'euro' ? ' €' : ''}`;
  if (compared === 0 || inPercentagePoints(unit)) return `Abweichung ${signed}`;
  return `Abweichung ${signed} (${formatSignedDe((gap / compared) * 100, 1)} %)`;
}

export function assessQuantitative(input: QuantitativeInput): TargetAssessment {
  const { criterion, snapshot, indicators } = input;
  const month = snapshot === null ? null : latestUsableMonth(snapshot);
  if (snapshot !== null && month === null && snapshot.current.some((o) => o?.suppressed))
    return {
      ...EMPTY,
      status: 'nicht_bewertbar',
      reason: 'gesperrt',
      explanation: ALL_MONTHS_PROTECTED,
    };
  if (snapshot === null || month === null) return withoutFigures(snapshot, input.periodEnded);
  const unit = metricUnitOf(criterion.metric, indicators);
  const actual = currentValue(snapshot, month)!;
  const previousYear = referenceValue(snapshot, month);
  const final = month === 12;
  const size = input.forecastSize ?? forecastSizeOf(criterion.metric, snapshot, indicators);
  const forecast = final
    ? null
    : forecastYearEnd(snapshot, forecastSeriesOf(criterion.metric), input.bands, size);
  const decimals = criterion.decimals;
  const head = `${steeringLabelOf(criterion.metric, indicators, { year: snapshot.year, month })} ${formatMonthYearDe(snapshot.year, month)}: ${formatFigure(actual, unit, decimals)}`;
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
      status: found.reason === 'zielwert_offen' && !input.periodEnded ? 'offen' : 'nicht_bewertbar',
      reason: found.reason,
      explanation: `${actualText}. ${found.missing} ${STATUS_SENTENCES.nicht_bewertbar}`,
    };
  }
  const threshold = found.threshold;
  const judgement = judgeAtDecimals(actual, threshold, decimals);
  const targetText = thresholdText(criterion, threshold, judgement.targetRounded, unit, indicators);
  const sentences = [
    judgement.change === null
      ? `${actualText}; Ziel: ${targetText}.`
      : `${actualText}; Ziel: ${targetText}. ${changeText(judgement.change)}.`,
    ...qualityNotes(snapshot, month),
  ];
  const judged = {
    ...base,
    target: threshold.value,
    actualRounded: judgement.actualRounded,
    targetRounded: judgement.targetRounded,
    gap: actual - threshold.value,
    change: judgement.change,
    final,
  };
  if (judgement.met === null) {
    sentences.push(
      `${deviationText(actual, threshold.value, unit, decimals)}. Die Vereinbarung nennt keine Toleranz; die Abweichung bewerten die Vereinbarungspartner in der Jahresbilanz.`,
      STATUS_SENTENCES.nicht_bewertbar,
    );
    return {
      ...judged,
      status: 'nicht_bewertbar',
      reason: 'keine_toleranz',
      explanation: sentences.join(' '),
    };
  }
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
  return { ...judged, status, explanation: sentences.join(' ') };
}

/**
 * No figure of the target year: offen while the period runs, nicht bewertbar once it has
 * ended (issue rule: "Offen" is for targets whose period is running).
 */
function withoutFigures(snapshot: MetricSnapshot | null, periodEnded: boolean): TargetAssessment {
  const year = snapshot === null ? '' : ` für ${snapshot.year}`;
  return periodEnded
    ? {
        ...EMPTY,
        status: 'nicht_bewertbar',
        reason: 'keine_daten',
        explanation: `Es liegen keine Daten${year} vor. ${STATUS_SENTENCES.nicht_bewertbar}`,
      }
    : {
        ...EMPTY,
        status: 'offen',
        reason: 'noch_keine_daten',
        explanation: `Noch keine Daten${year}. ${STATUS_SENTENCES.offen}`,
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
