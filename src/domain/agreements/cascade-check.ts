/**
 * Do the local agreements of a Träger add up to its own agreement? For every target of the Träger:
 * - each local agreement has it (extra local targets are fine), with a criterion of the same kind
 *   on the same metric, form, reference year and direction;
 * - a level of a count (Integrationen, LZB-Bestand, Euro): the local values add up to the
 *   Träger's value at its decimals (stocks, events and year averages of counts are additive);
 * - a quota level or any change: the local thresholds, weighted, reproduce the Träger's at its
 *   decimals. The weight of a unit is its share in the Träger's figure in the reference year:
 *   for a quota level or a change in Prozentpunkte its denominator (eLb), for a change in %
 *   its previous value (a quota's numerator, e.g. integrations; the LZB stock for JDW_LZB).
 *   Equal local thresholds need no weights.
 * Laxer local targets are errors ('fehler'); stricter ones are notes ('hinweis').
 */
import { formatSignedDe } from '../shared/format-de.ts';
import { roundHalfAwayFromZero } from '../shared/round.ts';
import { targetsOf, type AgreementContent, type Target } from './agreement.ts';
import { sameMetric, thresholdOf, type Threshold } from './cascade-threshold.ts';
import type { LocalIndicator } from './criteria.ts';
import { CRITERION_KIND_LABELS } from './diff-criterion.ts';
import { formatFigure } from './figure-text.ts';
import { metricUnitOf, renderMetricLabel } from './metric-name.ts';
import { targetParty } from './parties.ts';
import { targetWhere } from './target-label.ts';

export type CascadeCode =
  | 'ziel_fehlt'
  | 'kriterium_fehlt'
  | 'kriterium_abweichend'
  | 'summe_abweichend'
  | 'mittel_abweichend'
  | 'gewicht_fehlt';

export interface CascadeFinding {
  severity: 'fehler' | 'hinweis';
  code: CascadeCode;
  /** goal number ("II") and target id of the Träger's agreement */
  goal: string;
  targetId: string;
  /** the örtliches Jobcenter concerned; null for a finding about all of them together */
  unitId: string | null;
  message: string;
}

export interface LocalAgreement {
  unitId: string;
  content: AgreementContent;
  /** weight for every target (see above) … */
  weight?: number;
  /** … or per target id, which wins */
  weights?: Readonly<Record<string, number>>;
}

const FORMS = {
  wert: 'Wert',
  prozent: 'Veränderung in %',
  prozentpunkte: 'Veränderung in Prozentpunkten',
} as const;

function showThreshold(
  t: Threshold,
  value: number,
  indicators: readonly LocalIndicator[] | undefined,
  extra = 0,
): string {
  if (t.form === 'wert')
    return formatFigure(value, metricUnitOf(t.metric, indicators), t.decimals, t.decimals + extra);
  return `${formatSignedDe(value, t.decimals, t.decimals + extra)} ${t.form === 'prozent' ? '%' : 'Prozentpunkte'}`;
}

/** Why a local threshold cannot be compared with the Träger's, or null. */
function mismatch(
  p: Threshold,
  q: Threshold | null,
  indicators: readonly LocalIndicator[] | undefined,
): string | null {
  if (q === null) return 'hat dort keinen messbaren Zielwert';
  if (!sameMetric(p.metric, q.metric))
    return `misst dort ${renderMetricLabel(q.metric, indicators)} statt ${renderMetricLabel(p.metric, indicators)}`;
  if (p.form !== q.form)
    return `hat dort einen Zielwert als ${FORMS[q.form]} statt als ${FORMS[p.form]}`;
  if (p.referenceYear !== q.referenceYear) return 'bezieht sich dort auf ein anderes Bezugsjahr';
  if (p.side !== q.side) return 'begrenzt dort in die andere Richtung';
  return null;
}

interface Comparable {
  local: LocalAgreement;
  threshold: Threshold;
}

function checkTarget(
  target: Target,
  goal: string,
  locals: readonly LocalAgreement[],
  indicators: readonly LocalIndicator[] | undefined,
): CascadeFinding[] {
  const findings: CascadeFinding[] = [];
  const where = targetWhere(target, goal);
  const add = (
    severity: CascadeFinding['severity'],
    code: CascadeCode,
    unitId: string | null,
    message: string,
  ): void => {
    findings.push({
      severity,
      code,
      goal,
      targetId: target.id,
      unitId,
      message: `${where}: ${message}`,
    });
  };
  const p = thresholdOf(target.criterion);
  const comparable: Comparable[] = [];
  for (const local of locals) {
    const name = `${targetParty(local.content).name} (${local.unitId})`;
    const own = targetsOf(local.content).find((t) => t.id === target.id);
    if (own === undefined)
      add('fehler', 'ziel_fehlt', local.unitId, `fehlt in der Vereinbarung mit ${name}.`);
    else if (target.criterion === null) continue;
    else if (own.criterion === null)
      add(
        'fehler',
        'kriterium_fehlt',
        local.unitId,
        `hat in der Vereinbarung mit ${name} kein Kriterium.`,
      );
    else if (p === null) {
      if (own.criterion.kind !== target.criterion.kind) {
        add(
          'fehler',
          'kriterium_abweichend',
          local.unitId,
          `ist in der Vereinbarung mit ${name} ein Kriterium der Art „${CRITERION_KIND_LABELS[own.criterion.kind]}“ statt „${CRITERION_KIND_LABELS[target.criterion.kind]}“.`,
        );
      }
    } else {
      const q = thresholdOf(own.criterion);
      const problem = mismatch(p, q, indicators);
      if (problem !== null || q === null)
        add(
          'fehler',
          'kriterium_abweichend',
          local.unitId,
          `${problem ?? ''} (Vereinbarung mit ${name}).`,
        );
      else comparable.push({ local, threshold: q });
    }
  }
  // Only a complete set of comparable local targets can be added up.
  if (p !== null && comparable.length > 0 && comparable.length === locals.length)
    checkAggregate(p, target.id, comparable, indicators, add);
  return findings;
}

function checkAggregate(
  p: Threshold,
  targetId: string,
  comparable: readonly Comparable[],
  indicators: readonly LocalIndicator[] | undefined,
  add: (
    severity: CascadeFinding['severity'],
    code: CascadeCode,
    unitId: string | null,
    message: string,
  ) => void,
): void {
  const additive = p.form === 'wert' && metricUnitOf(p.metric, indicators) !== 'percent';
  let aggregate: number;
  if (additive) aggregate = comparable.reduce((s, c) => s + c.threshold.value, 0);
  else if (comparable.every((c) => c.threshold.value === p.value)) aggregate = p.value;
  else {
    const weights = comparable.map((c) => c.local.weights?.[targetId] ?? c.local.weight);
    if (weights.some((w) => w === undefined || !(w > 0))) {
      add(
        'hinweis',
        'gewicht_fehlt',
        null,
        'Die örtlichen Zielwerte sind verschieden; ohne Gewichte aller örtlichen Jobcenter ist nicht prüfbar, ob sie den Zielwert des Trägers ergeben.',
      );
      return;
    }
    const total = weights.reduce<number>((s, w) => s + (w ?? 0), 0);
    aggregate =
      comparable.reduce((s, c, i) => s + (weights[i] ?? 0) * c.threshold.value, 0) / total;
  }
  const local = roundHalfAwayFromZero(aggregate, p.decimals);
  const own = roundHalfAwayFromZero(p.value, p.decimals);
  const code = additive ? 'summe_abweichend' : 'mittel_abweichend';
  const subject = additive
    ? 'Die Summe der örtlichen Zielwerte'
    : 'Der gewichtete Mittelwert der örtlichen Zielwerte';
  if (local === own) {
    if (p.exclusive && comparable.some((c) => !c.threshold.exclusive)) {
      add(
        'fehler',
        code,
        null,
        `${subject} trifft den Grenzwert des Trägers (${showThreshold(p, p.value, indicators)}), den der Träger ausschließt; mindestens ein örtliches Ziel schließt ihn ein.`,
      );
    }
    return;
  }
  const stricter = (p.side === 'unten' && local > own) || (p.side === 'oben' && local < own);
  const position = local < own ? 'liegt unter' : 'liegt über';
  const text = `${subject} (${showThreshold(p, aggregate, indicators, 2)}) ${position} dem Zielwert des Trägers (${showThreshold(p, p.value, indicators)})`;
  add(
    stricter ? 'hinweis' : 'fehler',
    code,
    null,
    stricter ? `${text}; die örtlichen Ziele sind zusammen strenger.` : `${text}.`,
  );
}

export function checkCascade(
  parent: AgreementContent,
  locals: readonly LocalAgreement[],
  indicators?: readonly LocalIndicator[],
): CascadeFinding[] {
  return parent.goals.flatMap((goal) =>
    goal.blocks.flatMap((block) =>
      block.kind === 'ziel' ? checkTarget(block.target, goal.number, locals, indicators) : [],
    ),
  );
}
