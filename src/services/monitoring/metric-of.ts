import type { Criterion, Metric } from '../../domain/agreements/criteria.ts';

/** The metric a criterion is measured on, if any (composite rules included). */
export function metricOf(criterion: Criterion | null): Metric | null {
  if (criterion === null) return null;
  if (criterion.kind === 'zusammengesetzt') return metricOf(criterion.rule);
  return 'metric' in criterion ? criterion.metric : null;
}
