/** Differences between two criteria, field by field under German field names. */
import {
  decimalsOf,
  formatDateDe,
  formatMonthShortDe,
  formatNumberDe,
  formatSignedDe,
} from '../shared/format-de.ts';
import { noIncreaseWordingOf, type Criterion, type Metric } from './criteria.ts';
import { CRITERION_KIND_LABELS, NO_INCREASE_WORDING_LABELS } from './criterion-labels.ts';
import type { ChangeList } from './diff-types.ts';
import { renderMetricLabel } from './metric-name.ts';
import { renderMilestoneState, renderTargetValue } from './sentence.ts';

export { CRITERION_KIND_LABELS };

const COMPARISONS: Record<string, string> = {
  mindestens: 'mindestens',
  hoechstens: 'höchstens',
  ueber: 'über',
  unter: 'unter',
  ungefaehr: 'ungefähr',
};
const CHANGE_UNITS: Record<string, string> = { prozent: '%', prozentpunkte: 'Prozentpunkte' };
const DIRECTIONS: Record<string, string> = {
  erhoeht: 'erhöht',
  verringert: 'verringert',
  veraendert: 'verändert',
};
const TESTS: Record<string, string> = {
  log_rank: 'Log-Rank-Test',
  rmst_differenz: 'RMST-Differenz',
};
const COMBINES: Record<string, string> = {
  alle: 'alle Teilziele',
  eines: 'mindestens ein Teilziel',
  regel: 'eigene Regel',
};

function number(value: number): string {
  return formatNumberDe(value, decimalsOf(value));
}

function metricText(metric: Metric): string {
  return `${renderMetricLabel(metric)} (${metric.source === 'lokal' ? metric.indicatorId : metric.id})`;
}

/** "Meilenstein: fällig am 31.12.2014 …": what a criterion is, in one line. */
export function describeCriterion(criterion: Criterion): string {
  return `${CRITERION_KIND_LABELS[criterion.kind]}: ${renderTargetValue(criterion)}`;
}

type Field = [label: string, format: (value: never) => string];

/** Field labels and formats; a field missing here is not shown (kind is compared first). */
const FIELDS: Record<string, Field> = {
  metric: ['Messgröße', metricText],
  comparison: ['Vergleich', (v: string) => COMPARISONS[v] ?? v],
  change: ['Veränderung', (v: number) => formatSignedDe(v, 0, 6)],
  unit: ['Einheit der Veränderung', (v: string) => CHANGE_UNITS[v] ?? v],
  referenceYear: ['Bezugsjahr', String],
  decimals: ['Nachkommastellen', String],
  wording: [
    'Wortlaut',
    (v: keyof typeof NO_INCREASE_WORDING_LABELS) => NO_INCREASE_WORDING_LABELS[v],
  ],
  value: ['Wert', number],
  tolerance: ['Toleranz', number],
  condition: ['Bedingung', String],
  due: ['fällig am', formatDateDe],
  evidence: ['Nachweis', String],
  state: ['Stand', renderMilestoneState],
  stateNote: ['Vermerk zum Stand', String],
  measure: ['gemessen wird', String],
  population: ['Vergleichsgruppe', String],
  test: ['Test', (v: string) => TESTS[v] ?? v],
  direction: ['Richtung', (v: string) => DIRECTIONS[v] ?? v],
  alpha: ['Signifikanzniveau α', number],
  sides: ['Seitigkeit', String],
  measurableFrom: ['messbar ab', formatMonthShortDe],
  combine: ['Verknüpfung', (v: string) => COMBINES[v] ?? v],
  parts: ['Teilziele', (v: string[]) => v.join(', ')],
  ruleText: ['Regel im Wortlaut', String],
};

/** A stored criterion without a wording says it as the default does: no difference to show. */
function withWording(criterion: Criterion): Criterion {
  return criterion.kind === 'keine_erhoehung'
    ? { ...criterion, wording: noIncreaseWordingOf(criterion) }
    : criterion;
}

/** A criterion present in both versions, or added, removed, or of another kind. */
export function diffCriterion(
  changes: ChangeList,
  path: readonly string[],
  a: Criterion | null,
  b: Criterion | null,
): void {
  if (a === null || b === null || a.kind !== b.kind) {
    changes.add(
      path,
      a === null ? null : describeCriterion(a),
      b === null ? null : describeCriterion(b),
    );
    return;
  }
  const left = withWording(a) as Record<string, unknown>;
  const right = withWording(b) as Record<string, unknown>;
  for (const [key, [label, format]] of Object.entries(FIELDS)) {
    if (!(key in left)) continue;
    // referenceYear null means the previous year, not "no value".
    const show = (value: unknown): string | null =>
      value === null || value === undefined
        ? key === 'referenceYear'
          ? 'Vorjahr'
          : null
        : (format as (v: unknown) => string)(value);
    changes.add([...path, label], show(left[key]), show(right[key]));
  }
  if (a.kind === 'zusammengesetzt' && b.kind === 'zusammengesetzt')
    diffCriterion(changes, [...path, 'Regel'], a.rule, b.rule);
}
