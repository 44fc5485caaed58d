/** Semantic checks of one criterion (validate.ts): what the shape alone cannot say. */
import type { Criterion, LocalIndicator } from './criteria.ts';
import { isIsoDate } from './lifecycle.ts';
import { inPercentagePoints, metricUnitOf } from './metric-name.ts';

export interface ValidationFinding {
  /** dotted path into the content, e.g. "goals.1.blocks.3.target.criterion.decimals" */
  path: string;
  message: string;
}

export interface CriterionScope {
  /** agreement year */
  year: number;
  /** every target id of the agreement */
  targetIds: ReadonlySet<string>;
  /** the id of the target the criterion belongs to */
  targetId: string;
  /** "Ziel II, Teilziel II.1" for messages */
  where: string;
  /** the local indicators criteria may name (their units); absent: indicators are not checked */
  indicators?: readonly LocalIndicator[];
}

const MAX_DECIMALS = 3;
const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function checkCriterion(
  criterion: Criterion,
  path: string,
  scope: CriterionScope,
): ValidationFinding[] {
  const findings: ValidationFinding[] = [];
  const flag = (field: string, message: string): void => {
    findings.push({
      path: field === '' ? path : `${path}.${field}`,
      message: `${scope.where}: ${message}`,
    });
  };
  if (
    criterion.kind === 'relative_aenderung' ||
    criterion.kind === 'absolut' ||
    criterion.kind === 'keine_erhoehung'
  ) {
    // Targets are written and judged with one decimal (zielsteuerung.md); more than three is a typo.
    if (
      !Number.isInteger(criterion.decimals) ||
      criterion.decimals < 0 ||
      criterion.decimals > MAX_DECIMALS
    ) {
      flag(
        'decimals',
        `Die Nachkommastellen müssen eine ganze Zahl von 0 bis ${MAX_DECIMALS} sein, nicht ${criterion.decimals}.`,
      );
    }
  }
  switch (criterion.kind) {
    case 'relative_aenderung':
      // Prozentpunkte are differences of percentages; a count or an amount changes in % only.
      if (
        criterion.unit === 'prozentpunkte' &&
        (criterion.metric.source !== 'lokal' || scope.indicators !== undefined) &&
        !inPercentagePoints(metricUnitOf(criterion.metric, scope.indicators))
      )
        flag(
          'unit',
          'Eine Veränderung in Prozentpunkten gibt es nur bei Quoten und Anteilen (Prozent); diese Messgröße ist eine Anzahl oder ein Betrag – bitte „%“ wählen.',
        );
      if (criterion.referenceYear !== null && criterion.referenceYear >= scope.year) {
        flag(
          'referenceYear',
          `Das Bezugsjahr ${criterion.referenceYear} muss vor dem Vereinbarungsjahr ${scope.year} liegen.`,
        );
      }
      break;
    case 'absolut':
      // "ca." may come without a tolerance: then the deviation is shown and not judged
      if (criterion.tolerance !== null && criterion.tolerance < 0)
        flag('tolerance', 'Die Toleranz darf nicht negativ sein.');
      if (criterion.comparison !== 'ungefaehr' && criterion.tolerance !== null) {
        flag('tolerance', 'Eine Toleranz gibt es nur beim Vergleich „ungefähr“.');
      }
      break;
    case 'meilenstein':
      if (!isIsoDate(criterion.due))
        flag(
          'due',
          `Das Fälligkeitsdatum „${criterion.due}“ ist kein gültiges Datum (JJJJ-MM-TT).`,
        );
      else if (Number(criterion.due.slice(0, 4)) !== scope.year)
        flag(
          'due',
          `Der Meilenstein ist ${criterion.due.slice(0, 4)} fällig, die Vereinbarung gilt für ${scope.year}.`,
        );
      if (criterion.condition.trim() === '')
        flag('condition', 'Die Bedingung des Meilensteins fehlt.');
      break;
    case 'qualitativ':
      if (criterion.condition.trim() === '')
        flag('condition', 'Die Bedingung des qualitativen Ziels fehlt.');
      if (criterion.due !== null && !isIsoDate(criterion.due))
        flag(
          'due',
          `Das Fälligkeitsdatum „${criterion.due}“ ist kein gültiges Datum (JJJJ-MM-TT).`,
        );
      // a due date may lie after the agreement year (a process finished later), not before it
      else if (criterion.due !== null && Number(criterion.due.slice(0, 4)) < scope.year)
        flag(
          'due',
          `Das Ziel ist ${criterion.due.slice(0, 4)} fällig, vor dem Vereinbarungsjahr ${scope.year}.`,
        );
      break;
    case 'statistisch': {
      if (!(criterion.alpha > 0 && criterion.alpha < 1))
        flag(
          'alpha',
          `Das Signifikanzniveau muss zwischen 0 und 1 liegen, nicht ${criterion.alpha}.`,
        );
      const month = YEAR_MONTH.exec(criterion.measurableFrom);
      if (month === null)
        flag('measurableFrom', `„${criterion.measurableFrom}“ ist kein Monat (JJJJ-MM).`);
      else if (Math.abs(Number(month[1]) - scope.year) > 1)
        flag(
          'measurableFrom',
          `Messbar ab ${month[1]} passt nicht zum Vereinbarungsjahr ${scope.year}.`,
        );
      break;
    }
    case 'zusammengesetzt':
      findings.push(...checkComposite(criterion, path, scope, flag));
      break;
    case 'keine_erhoehung':
    case 'monitoring':
      break;
  }
  return findings;
}

type Composite = Extract<Criterion, { kind: 'zusammengesetzt' }>;

function checkComposite(
  criterion: Composite,
  path: string,
  scope: CriterionScope,
  flag: (field: string, message: string) => void,
): ValidationFinding[] {
  if (criterion.parts.length === 0)
    flag('parts', 'Ein zusammengesetztes Ziel braucht mindestens ein Teilziel.');
  const seen = new Set<string>();
  criterion.parts.forEach((part, i) => {
    if (part === scope.targetId)
      flag(`parts.${i}`, `Das Ziel ${part} kann nicht Teil von sich selbst sein.`);
    else if (!scope.targetIds.has(part))
      flag(`parts.${i}`, `Das Teilziel „${part}“ gibt es in dieser Vereinbarung nicht.`);
    if (seen.has(part)) flag(`parts.${i}`, `Das Teilziel „${part}“ ist doppelt genannt.`);
    seen.add(part);
  });
  if (
    criterion.combine === 'regel' &&
    criterion.rule === null &&
    (criterion.ruleText ?? '').trim() === ''
  ) {
    flag('rule', 'Die Verknüpfung „Regel“ braucht eine Regel (Kriterium oder Wortlaut).');
  }
  if (criterion.combine !== 'regel' && criterion.rule !== null)
    flag('rule', 'Eine Regel gibt es nur bei der Verknüpfung „Regel“.');
  if (criterion.rule === null) return [];
  if (!['relative_aenderung', 'absolut', 'keine_erhoehung'].includes(criterion.rule.kind)) {
    flag(
      'rule.kind',
      'Die Regel muss ein messbares Kriterium sein (relative Veränderung, absoluter Wert oder keine Erhöhung).',
    );
    return [];
  }
  return checkCriterion(criterion.rule, `${path}.rule`, scope);
}
