/**
 * A quantitative criterion reduced to what a cascade compares: one threshold on one metric, in
 * one form (a level, or a change in % or in Prozentpunkte), with the side it bounds.
 */
import type { Criterion, Metric } from './criteria.ts';

export type ThresholdForm = 'wert' | 'prozent' | 'prozentpunkte';
/** 'unten': at least (mindestens, über); 'oben': at most (höchstens, unter); 'beide': ungefähr */
export type ThresholdSide = 'unten' | 'oben' | 'beide';

export interface Threshold {
  metric: Metric;
  form: ThresholdForm;
  value: number;
  side: ThresholdSide;
  /** the bound itself is excluded (über, unter) */
  exclusive: boolean;
  decimals: number;
  /** null = the previous year; levels have none */
  referenceYear: number | null;
}

const SIDES = {
  mindestens: 'unten',
  ueber: 'unten',
  hoechstens: 'oben',
  unter: 'oben',
  ungefaehr: 'beide',
} as const;

/**
 * null for criteria without a threshold (monitoring, milestones, statistics, composites without
 * a rule, a target value still to be agreed).
 */
export function thresholdOf(criterion: Criterion | null): Threshold | null {
  if (criterion === null) return null;
  switch (criterion.kind) {
    case 'relative_aenderung':
      if (criterion.change === null) return null;
      return {
        metric: criterion.metric,
        form: criterion.unit,
        value: criterion.change,
        side: SIDES[criterion.comparison],
        exclusive: criterion.comparison === 'ueber' || criterion.comparison === 'unter',
        decimals: criterion.decimals,
        referenceYear: criterion.referenceYear,
      };
    case 'keine_erhoehung':
      // value(y) ≤ value(y−1): a change of at most 0 %.
      return {
        metric: criterion.metric,
        form: 'prozent',
        value: 0,
        side: 'oben',
        exclusive: false,
        decimals: criterion.decimals,
        referenceYear: null,
      };
    case 'absolut':
      if (criterion.value === null) return null;
      return {
        metric: criterion.metric,
        form: 'wert',
        value: criterion.value,
        side: SIDES[criterion.comparison],
        exclusive: criterion.comparison === 'ueber' || criterion.comparison === 'unter',
        decimals: criterion.decimals,
        referenceYear: null,
      };
    case 'zusammengesetzt':
      return criterion.combine === 'regel' ? thresholdOf(criterion.rule) : null;
    default:
      return null;
  }
}

export function sameMetric(a: Metric, b: Metric): boolean {
  if (a.source !== b.source) return false;
  if (a.source === 'lokal' && b.source === 'lokal')
    return a.indicatorId === b.indicatorId && a.aggregation === b.aggregation;
  if (a.source === 'kennzahl' && b.source === 'kennzahl') return a.id === b.id && a.sex === b.sex;
  if (a.source === 'grundgroesse' && b.source === 'grundgroesse')
    return a.id === b.id && a.sex === b.sex && a.aggregation === b.aggregation;
  return false;
}
