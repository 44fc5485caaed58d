/**
 * The "wenn …" clause of the quantitative criteria (relative change, absolute level, no
 * increase) and their target value as short text for tables. Bounds follow the wording of
 * zielsteuerung.md: mindestens/höchstens include the bound, über/unter ("um mehr als",
 * "um weniger als") exclude it.
 */
import { decimalsOf, formatNumberDe } from '../shared/format-de.ts';
import {
  noIncreaseWordingOf,
  type Comparison,
  type Criterion,
  type LocalIndicator,
} from './criteria.ts';
import {
  changeUnitWord,
  COMPARISON_WORDS,
  formatChangeMagnitude,
  formatFigure,
  formatSignedChange,
} from './figure-text.ts';
import {
  averageStockGenitive,
  inPercentagePoints,
  metricUnitOf,
  renderMetricPhrase,
  type MetricUnit,
  type ReportMonth,
} from './metric-name.ts';

type RelativeChange = Extract<Criterion, { kind: 'relative_aenderung' }>;
type AbsoluteLevel = Extract<Criterion, { kind: 'absolut' }>;
type NoIncrease = Extract<Criterion, { kind: 'keine_erhoehung' }>;
export type QuantitativeCriterion = RelativeChange | AbsoluteLevel | NoIncrease;

/**
 * How far the value may or must move. The comparison applies to the value against
 * reference · (1 + change/100): with a fall (change < 0) "höchstens" means a fall by at least
 * |change|, "mindestens" a fall by at most |change|.
 */
const BY_RISE: Record<Comparison, string> = {
  mindestens: 'um mindestens',
  ueber: 'um mehr als',
  hoechstens: 'um höchstens',
  unter: 'um weniger als',
};
const BY_FALL: Record<Comparison, string> = {
  hoechstens: 'um mindestens',
  unter: 'um mehr als',
  mindestens: 'um höchstens',
  ueber: 'um weniger als',
};
/** Without a change the bound alone says which way the value may go. */
const NO_CHANGE: Record<Comparison, string> = {
  mindestens: 'nicht sinkt',
  hoechstens: 'nicht steigt',
  ueber: 'steigt',
  unter: 'sinkt',
};

/** How a value still to be agreed reads in the agreement and in tables. */
export const OPEN_VALUE_TEXT = 'noch zu vereinbaren';

function changeClause(criterion: RelativeChange & { change: number }): string {
  if (criterion.change === 0) return NO_CHANGE[criterion.comparison];
  const magnitude = formatChangeMagnitude(criterion.change, criterion.unit, criterion.decimals);
  return criterion.change > 0
    ? `${BY_RISE[criterion.comparison]} ${magnitude} steigt`
    : `${BY_FALL[criterion.comparison]} ${magnitude} sinkt`;
}

/**
 * The agreement's words for "not above the previous year" (all judged ≤); the default is the
 * seed's Ziel III: "konstant bleibt und eine Erhöhung des durchschnittlichen Bestands vermieden
 * werden kann".
 */
function noIncreaseClause(criterion: NoIncrease): string {
  switch (noIncreaseWordingOf(criterion)) {
    case 'gleich_bleibt':
      return 'gleich bleibt';
    case 'nicht_steigt':
      return 'nicht steigt';
    case 'konstant_vermeiden': {
      const genitive = averageStockGenitive(criterion.metric);
      return `konstant bleibt und eine Erhöhung${genitive === null ? '' : ` ${genitive}`} vermieden werden kann`;
    }
  }
}

export function referenceYearPhrase(referenceYear: number | null): string {
  return referenceYear === null ? 'gegenüber dem Vorjahr' : `gegenüber dem Jahr ${referenceYear}`;
}

/**
 * Decimals an agreed level is written with: a percentage with the criterion's decimals
 * ("26,1 %"), a count or amount as written ("3.500", not "3.500,0").
 */
function levelDecimals(value: number, unit: MetricUnit, decimals: number): number {
  return Math.max(decimalsOf(value), inPercentagePoints(unit) ? decimals : 0);
}

/**
 * "mindestens 26,1 %", "ca. 3.500 (± 100)", "ca. 26,0 % (± 0,5 Prozentpunkte)"; "ca. 2.800"
 * where the agreement states no tolerance (none is invented).
 */
export function renderLevel(
  criterion: AbsoluteLevel,
  indicators?: readonly LocalIndicator[],
): string {
  const unit = metricUnitOf(criterion.metric, indicators);
  if (criterion.value === null)
    return criterion.comparison === 'ungefaehr'
      ? `ca. … (${OPEN_VALUE_TEXT})`
      : `${COMPARISON_WORDS[criterion.comparison]} … (${OPEN_VALUE_TEXT})`;
  const level = formatFigure(
    criterion.value,
    unit,
    levelDecimals(criterion.value, unit, criterion.decimals),
  );
  if (criterion.comparison !== 'ungefaehr')
    return `${COMPARISON_WORDS[criterion.comparison]} ${level}`;
  if (criterion.tolerance === null) return `ca. ${level}`;
  const tolerance = criterion.tolerance;
  const toleranceText = formatNumberDe(tolerance, decimalsOf(tolerance));
  const toleranceUnit = inPercentagePoints(unit)
    ? ` ${tolerance === 1 ? 'Prozentpunkt' : 'Prozentpunkte'}`
    : unit === 'euro'
      ? ' €'
      : '';
  return `ca. ${level} (± ${toleranceText}${toleranceUnit})`;
}

/** The clause after "wenn", without the final period. `subject` is genitive ("des Jobcenters …") or empty. */
export function renderQuantitativeCondition(
  criterion: QuantitativeCriterion,
  subject: string,
  indicators?: readonly LocalIndicator[],
  period?: ReportMonth,
): string {
  const who = `${renderMetricPhrase(criterion.metric, indicators, period)}${subject === '' ? '' : ` ${subject}`}`;
  switch (criterion.kind) {
    case 'relative_aenderung': {
      const reference = referenceYearPhrase(criterion.referenceYear);
      if (criterion.change === null) {
        const unitText = criterion.unit === 'prozent' ? '%' : 'Prozentpunkte';
        return `${who} ${reference} ${COMPARISON_WORDS[criterion.comparison]} um … ${unitText} (${OPEN_VALUE_TEXT}) verändert wird`;
      }
      // the agreements' own wording of a required rise: "um 0,5 % gegenüber dem Vorjahr gesteigert
      // wird" (a rise by at least that much; "um mehr als" when the bound is excluded)
      if (
        criterion.change > 0 &&
        (criterion.comparison === 'mindestens' || criterion.comparison === 'ueber')
      ) {
        const by = criterion.comparison === 'ueber' ? 'um mehr als' : 'um';
        return `${who} ${by} ${formatChangeMagnitude(criterion.change, criterion.unit, criterion.decimals)} ${reference} gesteigert wird`;
      }
      return `${who} ${reference} ${changeClause({ ...criterion, change: criterion.change })}`;
    }
    case 'keine_erhoehung':
      return `${who} gegenüber dem Vorjahr ${noIncreaseClause(criterion)}`;
    case 'absolut': {
      const level = renderLevel(criterion, indicators);
      const verb =
        criterion.comparison === 'ueber' || criterion.comparison === 'unter' ? 'liegt' : 'beträgt';
      return `${who} ${level} ${verb}`;
    }
  }
}

/** The target value as short text: "mindestens +0,5 % gegenüber dem Vorjahr", "höchstens Vorjahreswert". */
export function renderQuantitativeTargetValue(
  criterion: QuantitativeCriterion,
  indicators?: readonly LocalIndicator[],
): string {
  switch (criterion.kind) {
    case 'relative_aenderung': {
      if (criterion.change === null)
        return `${OPEN_VALUE_TEXT} (Veränderung ${referenceYearPhrase(criterion.referenceYear)})`;
      const change = formatSignedChange(criterion.change, criterion.decimals);
      return `${COMPARISON_WORDS[criterion.comparison]} ${change} ${changeUnitWord(criterion.unit, change)} ${referenceYearPhrase(criterion.referenceYear)}`;
    }
    case 'keine_erhoehung':
      return 'höchstens Vorjahreswert (keine Erhöhung)';
    case 'absolut':
      return renderLevel(criterion, indicators);
  }
}
