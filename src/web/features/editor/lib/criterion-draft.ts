/**
 * The editor's form state of a criterion: every field as typed (numbers as German text), one
 * draft for all kinds so that switching the kind keeps what was entered. draftToCriterion turns it
 * into the domain criterion and says which fields hold no valid number.
 */
import {
  DEFAULT_NO_INCREASE_WORDING,
  noIncreaseWordingOf,
  type Aggregation,
  type Criterion,
  type CriterionKind,
  type Metric,
  type MilestoneState,
  type NoIncreaseWording,
  type PlannedValue,
} from '../../../../domain/agreements/criteria.ts';
import type { Sex } from '../../../../domain/kpi/catalog.ts';
import { parseNumberDe, toInputDe } from './number-de.ts';

export interface FieldError {
  /** relative to the target: "criterion.change", "values.path.3", "id" */
  path: string;
  message: string;
}

export interface MetricDraft {
  source: Metric['source'];
  id: string;
  sex: Sex;
  aggregation: Aggregation;
  indicatorId: string;
}

export interface CriterionDraft {
  kind: CriterionKind;
  metric: MetricDraft;
  comparison: 'mindestens' | 'hoechstens' | 'ueber' | 'unter' | 'ungefaehr';
  change: string;
  unit: 'prozent' | 'prozentpunkte';
  referenceYear: string;
  decimals: string;
  /** the wording of 'keine_erhoehung' */
  wording: NoIncreaseWording;
  value: string;
  tolerance: string;
  condition: string;
  due: string;
  evidence: string;
  state: MilestoneState;
  stateNote: string;
  measure: string;
  population: string;
  test: 'log_rank' | 'rmst_differenz';
  direction: 'erhoeht' | 'verringert' | 'veraendert';
  alpha: string;
  sides: 'einseitig' | 'zweiseitig';
  measurableFrom: string;
  combine: 'alle' | 'eines' | 'regel';
  parts: string[];
  ruleText: string;
  /** the rule of a composite target 'regel', itself a quantitative criterion; null = worded only */
  rule: CriterionDraft | null;
  /** monitoring: a planned year value (empty = none) and who stated it */
  plannedValue: string;
  plannedSource: PlannedValue['source'];
  /** monitoring: the sentence in the agreement's words (empty = generated) */
  monitoringSentence: string;
}

export const QUANTITATIVE_KINDS: readonly CriterionKind[] = [
  'relative_aenderung',
  'absolut',
  'keine_erhoehung',
  'monitoring',
];

export function emptyCriterionDraft(
  year: number,
  kind: CriterionKind = 'relative_aenderung',
): CriterionDraft {
  return {
    kind,
    metric: {
      source: 'kennzahl',
      id: 'JFW_K2',
      sex: 'insgesamt',
      aggregation: 'jahressumme',
      indicatorId: '',
    },
    comparison: 'mindestens',
    change: '',
    unit: 'prozent',
    referenceYear: '',
    decimals: '1',
    wording: DEFAULT_NO_INCREASE_WORDING,
    value: '',
    tolerance: '',
    condition: '',
    due: `${year}-12-31`,
    evidence: '',
    state: 'offen',
    stateNote: '',
    measure: '',
    population: '',
    test: 'log_rank',
    direction: 'erhoeht',
    alpha: '0,05',
    sides: 'einseitig',
    measurableFrom: `${year}-10`,
    combine: 'alle',
    parts: [],
    ruleText: '',
    rule: null,
    plannedValue: '',
    plannedSource: 'traegererwartung',
    monitoringSentence: '',
  };
}

function metricToDraft(metric: Metric): MetricDraft {
  const base: MetricDraft = {
    source: metric.source,
    id: 'JFW_K2',
    sex: 'insgesamt',
    aggregation: 'jahressumme',
    indicatorId: '',
  };
  if (metric.source === 'kennzahl') return { ...base, id: metric.id, sex: metric.sex };
  if (metric.source === 'grundgroesse')
    return { ...base, id: metric.id, sex: metric.sex, aggregation: metric.aggregation };
  return { ...base, indicatorId: metric.indicatorId, aggregation: metric.aggregation };
}

export function criterionToDraft(criterion: Criterion, year: number): CriterionDraft {
  const d = emptyCriterionDraft(year, criterion.kind);
  switch (criterion.kind) {
    case 'relative_aenderung':
      return {
        ...d,
        metric: metricToDraft(criterion.metric),
        comparison: criterion.comparison,
        change: toInputDe(criterion.change),
        unit: criterion.unit,
        referenceYear: criterion.referenceYear === null ? '' : String(criterion.referenceYear),
        decimals: String(criterion.decimals),
      };
    case 'absolut':
      return {
        ...d,
        metric: metricToDraft(criterion.metric),
        comparison: criterion.comparison,
        value: toInputDe(criterion.value),
        tolerance: toInputDe(criterion.tolerance),
        decimals: String(criterion.decimals),
      };
    case 'keine_erhoehung':
      return {
        ...d,
        metric: metricToDraft(criterion.metric),
        decimals: String(criterion.decimals),
        wording: noIncreaseWordingOf(criterion),
      };
    case 'monitoring':
      return {
        ...d,
        metric: metricToDraft(criterion.metric),
        plannedValue: toInputDe(criterion.planned?.value ?? null),
        plannedSource: criterion.planned?.source ?? d.plannedSource,
        monitoringSentence: criterion.sentence ?? '',
      };
    case 'qualitativ':
      return {
        ...d,
        condition: criterion.condition,
        due: criterion.due ?? '',
        evidence: criterion.evidence ?? '',
        state: criterion.state,
        stateNote: criterion.stateNote ?? '',
      };
    case 'meilenstein':
      return {
        ...d,
        condition: criterion.condition,
        due: criterion.due,
        evidence: criterion.evidence ?? '',
        state: criterion.state,
        stateNote: criterion.stateNote ?? '',
      };
    case 'statistisch':
      return {
        ...d,
        measure: criterion.measure,
        population: criterion.population,
        test: criterion.test,
        direction: criterion.direction,
        alpha: toInputDe(criterion.alpha),
        sides: criterion.sides,
        measurableFrom: criterion.measurableFrom,
        condition: criterion.condition,
      };
    case 'zusammengesetzt':
      return {
        ...d,
        combine: criterion.combine,
        parts: [...criterion.parts],
        ruleText: criterion.ruleText ?? '',
        rule: criterion.rule === null ? null : criterionToDraft(criterion.rule, year),
      };
  }
}

/** Reads the number fields of a draft, collecting an error for each that is no number. */
class NumberReader {
  readonly errors: FieldError[] = [];
  constructor(private readonly prefix: string) {}

  read(field: string, text: string, what: string, required: boolean): number | null {
    const value = parseNumberDe(text);
    const path = `${this.prefix}.${field}`;
    if (value === null && required)
      this.errors.push({ path, message: `${what}: bitte eine Zahl eintragen.` });
    else if (value !== null && Number.isNaN(value))
      this.errors.push({
        path,
        message: `${what}: „${text}“ ist keine Zahl (z. B. 0,5 oder 1.234).`,
      });
    else return value;
    return null;
  }
}

function draftToMetric(m: MetricDraft): Metric {
  if (m.source === 'kennzahl')
    return {
      source: 'kennzahl',
      id: m.id as Extract<Metric, { source: 'kennzahl' }>['id'],
      sex: m.sex,
    };
  if (m.source === 'grundgroesse')
    return {
      source: 'grundgroesse',
      id: m.id as Extract<Metric, { source: 'grundgroesse' }>['id'],
      sex: m.sex,
      aggregation: m.aggregation,
    };
  return { source: 'lokal', indicatorId: m.indicatorId.trim(), aggregation: m.aggregation };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The criterion, or null with the errors of fields that hold no valid number. */
export function draftToCriterion(
  d: CriterionDraft,
  prefix = 'criterion',
): { criterion: Criterion | null; errors: FieldError[] } {
  const n = new NumberReader(prefix);
  const decimals = () => n.read('decimals', d.decimals, 'Nachkommastellen', true) ?? 1;
  let criterion: Criterion;
  switch (d.kind) {
    case 'relative_aenderung':
      criterion = {
        kind: 'relative_aenderung',
        metric: draftToMetric(d.metric),
        comparison: d.comparison === 'ungefaehr' ? 'mindestens' : d.comparison,
        // empty: the value is still to be agreed ("noch zu vereinbaren")
        change: n.read('change', d.change, 'Veränderung', false),
        unit: d.unit,
        referenceYear: n.read('referenceYear', d.referenceYear, 'Bezugsjahr', false),
        decimals: decimals(),
      };
      break;
    case 'absolut':
      criterion = {
        kind: 'absolut',
        metric: draftToMetric(d.metric),
        comparison: d.comparison,
        value: n.read('value', d.value, 'Zielwert', false),
        tolerance:
          d.comparison === 'ungefaehr' ? n.read('tolerance', d.tolerance, 'Toleranz', true) : null,
        decimals: decimals(),
      };
      break;
    case 'keine_erhoehung':
      criterion = {
        kind: 'keine_erhoehung',
        metric: draftToMetric(d.metric),
        decimals: decimals(),
        // the default stays implicit, as in criteria stored before the wording was recorded
        ...(d.wording === DEFAULT_NO_INCREASE_WORDING ? {} : { wording: d.wording }),
      };
      break;
    case 'monitoring': {
      const planned = n.read('plannedValue', d.plannedValue, 'Planwert', false);
      criterion = {
        kind: 'monitoring',
        metric: draftToMetric(d.metric),
        planned: planned === null ? null : { value: planned, source: d.plannedSource },
        ...(d.monitoringSentence.trim() === '' ? {} : { sentence: d.monitoringSentence.trim() }),
      };
      break;
    }
    case 'qualitativ':
      criterion = {
        kind: 'qualitativ',
        condition: d.condition.trim(),
        due: orNull(d.due),
        evidence: orNull(d.evidence),
        state: d.state,
        stateNote: orNull(d.stateNote),
      };
      break;
    case 'meilenstein':
      criterion = {
        kind: 'meilenstein',
        condition: d.condition.trim(),
        due: d.due,
        evidence: orNull(d.evidence),
        state: d.state,
        stateNote: orNull(d.stateNote),
      };
      break;
    case 'statistisch':
      criterion = {
        kind: 'statistisch',
        measure: d.measure.trim(),
        population: d.population.trim(),
        test: d.test,
        direction: d.direction,
        alpha: n.read('alpha', d.alpha, 'Signifikanzniveau', true) ?? 0.05,
        sides: d.sides,
        measurableFrom: d.measurableFrom,
        condition: d.condition.trim(),
      };
      break;
    case 'zusammengesetzt': {
      const rule =
        d.combine === 'regel' && d.rule !== null
          ? draftToCriterion(d.rule, `${prefix}.rule`)
          : { criterion: null, errors: [] };
      n.errors.push(...rule.errors);
      criterion = {
        kind: 'zusammengesetzt',
        combine: d.combine,
        parts: d.parts,
        rule: rule.criterion,
        ruleText: d.combine === 'regel' ? orNull(d.ruleText) : null,
      };
      break;
    }
  }
  return n.errors.length > 0 ? { criterion: null, errors: n.errors } : { criterion, errors: [] };
}
