/**
 * Every criterion as one German sentence in the wording of the 2014 Borken agreement
 * (shared/seed/zielvereinbarung-2014-kreis-borken.txt): "<lead> wenn <condition>.", where the
 * lead depends on the target's role unless the agreement words it differently.
 */
import {
  decimalsOf,
  formatDateDe,
  formatMonthShortDe,
  formatNumberDe,
} from '../shared/format-de.ts';
import type { TargetRole } from './agreement.ts';
import {
  PLANNED_SOURCE_LABELS,
  type Criterion,
  type LocalIndicator,
  type MilestoneState,
} from './criteria.ts';
import { formatFigure } from './figure-text.ts';
import { metricUnitOf, renderMetricPhrase, type ReportMonth } from './metric-name.ts';
import {
  renderQuantitativeCondition,
  renderQuantitativeTargetValue,
} from './quantitative-condition.ts';

export interface SentenceContext {
  year: number;
  /** genitive of the unit the target applies to, e.g. "des Jobcenters des Kreises Borken"; may be empty */
  subject: string;
  role: TargetRole;
  /** the agreement's own words before "wenn"; null = the role's default */
  lead: string | null;
  indicators?: readonly LocalIndicator[];
}

/** Ziel I of the seed, word for word: a monitoring target has no condition. */
export const MONITORING_SENTENCE =
  'Die Erreichung dieses Ziels wird durch ein Monitoring beobachtet.';

type Statistical = Extract<Criterion, { kind: 'statistisch' }>;
type Monitoring = Extract<Criterion, { kind: 'monitoring' }>;
type Composite = Extract<Criterion, { kind: 'zusammengesetzt' }>;

/** The words before "wenn", always ending in a comma. */
export function leadOf(role: TargetRole, year: number, lead: string | null): string {
  if (lead !== null && lead.trim() !== '') {
    const trimmed = lead.trim();
    return trimmed.endsWith(',') ? trimmed : `${trimmed},`;
  }
  switch (role) {
    case 'hauptziel':
      return `Das Ziel ist im Jahr ${year} erreicht,`;
    case 'teilziel':
      return 'Das Ziel ist erreicht,';
    case 'gesamtziel':
      return 'Das Gesamtziel ist erreicht,';
  }
}

/** A condition as the agreement wrote it, without a final period (the sentence adds one). */
function bareCondition(text: string): string {
  return text.trim().replace(/\.+$/, '');
}

/** An agreement's sentences name what its year's value is called: December of the year. */
function yearValueMonth(year: number): ReportMonth {
  return { year, month: 12 };
}

/**
 * The clause after "wenn" without the final period; null for monitoring (no condition). `year`
 * is the agreement's year, for Kennzahlen whose name changed (kennzahl-name.ts).
 */
export function renderCondition(
  criterion: Criterion,
  subject: string,
  indicators?: readonly LocalIndicator[],
  year?: number,
): string | null {
  switch (criterion.kind) {
    case 'relative_aenderung':
    case 'absolut':
    case 'keine_erhoehung':
      return renderQuantitativeCondition(
        criterion,
        subject,
        indicators,
        year === undefined ? undefined : yearValueMonth(year),
      );
    case 'monitoring':
      return null;
    case 'meilenstein':
    case 'qualitativ':
    case 'statistisch':
      return bareCondition(criterion.condition);
    case 'zusammengesetzt':
      if (criterion.combine !== 'regel') {
        const plural = criterion.combine === 'alle' && criterion.parts.length !== 1;
        return `${partsClause(criterion)} erreicht ${plural ? 'sind' : 'ist'}`;
      }
      if (criterion.ruleText !== null && criterion.ruleText.trim() !== '')
        return bareCondition(criterion.ruleText);
      return criterion.rule === null
        ? 'die vereinbarte Regel erfüllt ist'
        : renderCondition(criterion.rule, subject, indicators, year);
  }
}

/**
 * The parts of a composite target as the agreement numbers them: "die Teilziele II.1 und II.2",
 * "mindestens eines der Teilziele II.1, II.2 und II.3", "das Teilziel II.1"; without parts the
 * words of the kind alone.
 */
function partsClause(criterion: Composite): string {
  const parts = criterion.parts;
  if (parts.length === 1) return `das Teilziel ${parts[0]}`;
  const all = criterion.combine === 'alle';
  if (parts.length === 0) return all ? 'alle Teilziele' : 'mindestens eines der Teilziele';
  const list = `${parts.slice(0, -1).join(', ')} und ${parts.at(-1)}`;
  return all ? `die Teilziele ${list}` : `mindestens eines der Teilziele ${list}`;
}

/**
 * Ziel I of the seed word for word, then what the monitoring observes ("Gegenstand des
 * Monitorings ist die Veränderung der Summe der Leistungen zum Lebensunterhalt des Jobcenters
 * …"): a monitoring target has no condition, but the reader must know what is watched.
 */
function renderMonitoring(criterion: Monitoring, ctx: SentenceContext): string {
  if (criterion.sentence) return criterion.sentence.trim();
  const observed = renderMetricPhrase(criterion.metric, ctx.indicators, yearValueMonth(ctx.year));
  const who = ctx.subject === '' ? '' : ` ${ctx.subject}`;
  return `${MONITORING_SENTENCE} Gegenstand des Monitorings ist ${observed}${who}.`;
}

export function renderCriterion(criterion: Criterion, ctx: SentenceContext): string {
  if (criterion.kind === 'monitoring') return renderMonitoring(criterion, ctx);
  const condition = renderCondition(criterion, ctx.subject, ctx.indicators, ctx.year);
  if (condition === null) return MONITORING_SENTENCE;
  return `${leadOf(ctx.role, ctx.year, ctx.lead)} wenn ${condition}.`;
}

const TEST_NAMES: Record<Statistical['test'], string> = {
  log_rank: 'Log-Rank-Test',
  rmst_differenz: 'Differenz der eingeschränkten mittleren Verweildauer (RMST)',
};

/** "Prüfung: Log-Rank-Test, einseitig, α = 0,05, messbar ab 10/2014". */
export function renderStatisticalDetails(criterion: Statistical): string {
  const alpha = formatNumberDe(criterion.alpha, decimalsOf(criterion.alpha));
  return `Prüfung: ${TEST_NAMES[criterion.test]}, ${criterion.sides}, α = ${alpha}, messbar ab ${formatMonthShortDe(criterion.measurableFrom)}`;
}

const MILESTONE_STATES: Record<MilestoneState, string> = {
  offen: 'offen',
  in_arbeit: 'in Arbeit',
  erreicht: 'erreicht',
  nicht_erreicht: 'nicht erreicht',
};

export function renderMilestoneState(state: MilestoneState): string {
  return MILESTONE_STATES[state];
}

/** The target value as short text for tables and documents ("mindestens 26,1 %", "fällig am 31.12.2014"). */
export function renderTargetValue(
  criterion: Criterion,
  indicators?: readonly LocalIndicator[],
): string {
  switch (criterion.kind) {
    case 'relative_aenderung':
    case 'absolut':
    case 'keine_erhoehung':
      return renderQuantitativeTargetValue(criterion, indicators);
    case 'monitoring':
      return criterion.planned
        ? `Monitoring, ${PLANNED_SOURCE_LABELS[criterion.planned.source]} ${formatFigure(criterion.planned.value, metricUnitOf(criterion.metric, indicators), decimalsOf(criterion.planned.value))}`
        : 'Monitoring ohne Zielwert';
    case 'meilenstein':
      return `Meilenstein, fällig am ${formatDateDe(criterion.due)} (Stand: ${renderMilestoneState(criterion.state)})`;
    case 'qualitativ': {
      const due = criterion.due === null ? '' : `, fällig am ${formatDateDe(criterion.due)}`;
      return `qualitatives Ziel${due} (Stand: ${renderMilestoneState(criterion.state)})`;
    }
    case 'statistisch':
      return renderStatisticalDetails(criterion);
    case 'zusammengesetzt':
      if (criterion.combine !== 'regel') return `${partsClause(criterion)} erreicht`;
      return criterion.rule === null
        ? (criterion.ruleText ?? 'Regel')
        : renderTargetValue(criterion.rule, indicators);
  }
}
