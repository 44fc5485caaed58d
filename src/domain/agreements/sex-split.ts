/**
 * Consistency of a target split by sex (zielsteuerung.md: sex-specific Integrationsquoten):
 * counts and amounts add up, so the parts' thresholds must sum to the total's; a quota is a
 * mean weighted by its denominator, so the parts' thresholds weighted by the reference year's
 * denominators must give the total's threshold at the criterion's decimals. `insgesamt`
 * includes persons of other or unknown sex (catalog.ts), so a sum can fall short for them:
 * the finding says so rather than hiding it.
 */
import type { Sex } from '../kpi/catalog.ts';
import { roundHalfAwayFromZero } from '../shared/round.ts';
import type { SexSplit } from './agreement.ts';
import type { Comparison, Criterion, LocalIndicator, Metric } from './criteria.ts';
import { CRITERION_KIND_LABELS } from './criterion-labels.ts';
import { COMPARISON_WORDS, formatFigure } from './figure-text.ts';
import { metricUnitOf } from './metric-name.ts';
import type { QuantitativeCriterion } from './quantitative-condition.ts';

type Part = Exclude<Sex, 'insgesamt'>;

export interface SexSplitInput {
  total: Criterion;
  split: SexSplit;
  /** reference year's denominators by sex (a quota's Ø eLb stock of the window), the weights of a quota */
  denominators?: Partial<Record<Part, number>>;
  /** reference year's values of the metric by sex, needed for relative change and no increase */
  referenceValues?: Partial<Record<Sex, number>>;
  indicators?: readonly LocalIndicator[];
}

const CHANGE_UNIT_WORDS = { prozent: 'Prozent', prozentpunkte: 'Prozentpunkten' } as const;

function comparisonWord(comparison: Comparison | 'ungefaehr'): string {
  return comparison === 'ungefaehr' ? 'ungefähr' : COMPARISON_WORDS[comparison];
}

const PART_NAMES: Record<Part, string> = { w: 'der Frauen', m: 'der Männer' };

function isQuantitative(criterion: Criterion): criterion is QuantitativeCriterion {
  return (
    criterion.kind === 'relative_aenderung' ||
    criterion.kind === 'absolut' ||
    criterion.kind === 'keine_erhoehung'
  );
}

function sameMetricOtherSex(total: Metric, part: Metric, sex: Part): boolean {
  if (total.source !== part.source) return false;
  if (total.source === 'lokal' || part.source === 'lokal') return false;
  const aggregation = (m: Metric) => (m.source === 'grundgroesse' ? m.aggregation : null);
  return (
    total.id === part.id &&
    aggregation(total) === aggregation(part) &&
    part.sex === sex &&
    total.sex === 'insgesamt'
  );
}

/** Structural differences between a part and the total, one German finding each. */
function structuralFindings(total: QuantitativeCriterion, part: Criterion, sex: Part): string[] {
  const name = `Teilziel ${PART_NAMES[sex]}`;
  if (part.kind !== total.kind)
    return [
      `${name}: andere Zielart (${CRITERION_KIND_LABELS[part.kind]} statt ${CRITERION_KIND_LABELS[total.kind]}).`,
    ];
  const findings: string[] = [];
  const p = part as QuantitativeCriterion;
  if (!sameMetricOtherSex(total.metric, p.metric, sex))
    findings.push(`${name}: die Kennzahl ist nicht die des Gesamtziels für dieses Geschlecht.`);
  if ('comparison' in p && 'comparison' in total && p.comparison !== total.comparison)
    findings.push(
      `${name}: anderer Vergleich (${comparisonWord(p.comparison)} statt ${comparisonWord(total.comparison)}).`,
    );
  if (p.decimals !== total.decimals)
    findings.push(`${name}: andere Nachkommastellen (${p.decimals} statt ${total.decimals}).`);
  if (
    p.kind === 'relative_aenderung' &&
    total.kind === 'relative_aenderung' &&
    p.unit !== total.unit
  )
    findings.push(
      `${name}: Veränderung in ${CHANGE_UNIT_WORDS[p.unit]} statt ${CHANGE_UNIT_WORDS[total.unit]}.`,
    );
  return findings;
}

/** The threshold level of a quantitative criterion, or null when its reference value is not given. */
function levelOf(criterion: QuantitativeCriterion, reference: number | undefined): number | null {
  if (criterion.kind === 'absolut') return criterion.value;
  if (reference === undefined) return null;
  if (criterion.kind === 'keine_erhoehung') return reference;
  if (criterion.change === null) return null;
  return criterion.unit === 'prozent'
    ? reference * (1 + criterion.change / 100)
    : reference + criterion.change;
}

/** German findings; an empty list means the split is consistent. */
export function checkSexSplit(input: SexSplitInput): string[] {
  const { total, split } = input;
  if (!isQuantitative(total))
    return ['Eine Aufteilung nach Geschlecht ist nur für Ziele mit Zielwert prüfbar.'];
  const findings: string[] = [];
  const seen = new Set<Part>();
  for (const { sex } of split.parts) {
    if (seen.has(sex)) findings.push(`Das Teilziel ${PART_NAMES[sex]} ist mehrfach angegeben.`);
    seen.add(sex);
  }
  for (const part of split.parts)
    findings.push(...structuralFindings(total, part.criterion, part.sex));
  if (findings.length > 0) return findings;
  if (!seen.has('w') || !seen.has('m'))
    return [
      `Nur das Teilziel ${PART_NAMES[seen.has('w') ? 'w' : 'm']} ist angegeben; die Aufteilung lässt sich nicht gegen das Gesamtziel prüfen.`,
    ];

  const totalLevel = levelOf(total, input.referenceValues?.insgesamt);
  if (totalLevel === null)
    return ['Der Vorjahreswert insgesamt fehlt; die Aufteilung lässt sich nicht prüfen.'];
  const levels: { sex: Part; level: number }[] = [];
  for (const part of split.parts) {
    const level = levelOf(
      part.criterion as QuantitativeCriterion,
      input.referenceValues?.[part.sex],
    );
    if (level === null)
      return [
        `Der Vorjahreswert ${PART_NAMES[part.sex]} fehlt; die Aufteilung lässt sich nicht prüfen.`,
      ];
    levels.push({ sex: part.sex, level });
  }
  const unit = metricUnitOf(total.metric, input.indicators);
  const d = total.decimals;
  const show = (value: number) => formatFigure(value, unit, d);
  const named = levels.map((l) => `${PART_NAMES[l.sex]} ${show(l.level)}`).join(', ');
  if (unit !== 'percent') {
    const sum = levels.reduce((s, l) => s + l.level, 0);
    if (roundHalfAwayFromZero(sum, d) === roundHalfAwayFromZero(totalLevel, d)) return [];
    return [
      `Die Teilziele (${named}) ergeben zusammen ${show(sum)}, das Gesamtziel ${show(totalLevel)} (Differenz ${show(sum - totalLevel)}); insgesamt zählt auch Personen ohne Angabe des Geschlechts.`,
    ];
  }
  const weights = levels.map((l) => input.denominators?.[l.sex]);
  if (weights.some((w) => w === undefined || !(w > 0)))
    return [
      'Die Nenner des Vorjahres nach Geschlecht fehlen; die Quoten lassen sich nicht gewichten.',
    ];
  const weightSum = weights.reduce<number>((s, w) => s + w!, 0);
  const weighted = levels.reduce((s, l, i) => s + l.level * weights[i]!, 0) / weightSum;
  if (roundHalfAwayFromZero(weighted, d) === roundHalfAwayFromZero(totalLevel, d)) return [];
  const direction = weighted > totalLevel ? 'über' : 'unter';
  return [
    `Die nach den Nennern des Vorjahres gewichteten Teilziele (${named}) ergeben ${show(weighted)}, das liegt ${direction} dem Gesamtziel von ${show(totalLevel)}.`,
  ];
}
