/**
 * Derived indicators: the difference or ratio of two stored figures, defined once as a local
 * indicator and usable in any criterion (the gap between the Integrationsquoten of women and
 * men in Prozentpunkte; the share of bedarfsdeckende among all Integrationen in %).
 *
 * The unit follows from the parts and is checked: a difference needs parts of one unit (two
 * quotas give Prozentpunkte, two counts Personen, two amounts Euro); a ratio is in Prozent.
 */
import type { IndicatorUnit, LocalIndicator, StoredMetric } from './criteria.ts';
import { metricUnitOf, renderMetricLabel, type MetricUnit } from './metric-name.ts';

type Derived = Extract<LocalIndicator['source'], { kind: 'abgeleitet' }>;

const DIFFERENCE_UNITS: Record<MetricUnit, IndicatorUnit> = {
  percent: 'Prozentpunkte',
  points: 'Prozentpunkte',
  count: 'Personen',
  euro: 'Euro',
};

/** The unit of the derived figures, or a German reason why the parts do not combine. */
export function derivedUnit(source: Derived): { unit: IndicatorUnit } | { problem: string } {
  const left = metricUnitOf(source.left);
  const right = metricUnitOf(source.right);
  if (source.operation === 'quotient') return { unit: 'Prozent' };
  if (left !== right)
    return {
      problem: `Eine Differenz braucht zwei Größen derselben Einheit: „${renderMetricLabel(source.left)}“ und „${renderMetricLabel(source.right)}“ passen nicht zusammen.`,
    };
  return { unit: DIFFERENCE_UNITS[left] };
}

/** Problems of an indicator definition (German, with the field), empty when it is consistent. */
export function indicatorProblems(indicator: LocalIndicator): { path: string; message: string }[] {
  if (indicator.source.kind !== 'abgeleitet') return [];
  const derived = derivedUnit(indicator.source);
  if ('problem' in derived) return [{ path: 'source.right', message: derived.problem }];
  if (indicator.unit !== derived.unit)
    return [
      {
        path: 'unit',
        message: `Die Einheit einer ${indicator.source.operation === 'quotient' ? 'Quote aus zwei Größen' : 'Differenz dieser Größen'} ist „${derived.unit}“, nicht „${indicator.unit}“.`,
      },
    ];
  return [];
}

/** The parts a derived indicator reads, or null for other indicators. */
export function derivedParts(
  indicator: LocalIndicator | undefined,
): { operation: Derived['operation']; left: StoredMetric; right: StoredMetric } | null {
  return indicator?.source.kind === 'abgeleitet' ? indicator.source : null;
}

/** One month: left − right, or left / right · 100 (null when a part is missing or right is 0). */
export function deriveValue(
  operation: Derived['operation'],
  left: number | null,
  right: number | null,
): number | null {
  if (left === null || right === null) return null;
  if (operation === 'differenz') return left - right;
  return right === 0 ? null : (left / right) * 100;
}
