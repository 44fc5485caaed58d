/**
 * What a target's figures are measured on, for showing them in the metric's unit and decimals.
 * (The chart model itself comes from the shared src/charts/target-chart-data.ts.)
 */
import type { Criterion, Metric } from '../../../../domain/agreements/criteria.ts';

/** The metric and decimals a criterion is judged on; composites by their rule. */
export function measuredOn(
  criterion: Criterion | null,
): { metric: Metric; decimals: number; referenceYear: number | null } | null {
  if (criterion === null) return null;
  switch (criterion.kind) {
    case 'relative_aenderung':
      return {
        metric: criterion.metric,
        decimals: criterion.decimals,
        referenceYear: criterion.referenceYear,
      };
    case 'absolut':
    case 'keine_erhoehung':
      return { metric: criterion.metric, decimals: criterion.decimals, referenceYear: null };
    case 'monitoring':
      return { metric: criterion.metric, decimals: 1, referenceYear: null };
    case 'zusammengesetzt':
      return measuredOn(criterion.rule);
    default:
      return null;
  }
}
