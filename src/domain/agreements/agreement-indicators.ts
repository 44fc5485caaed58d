/**
 * The local indicators an agreement measures on: the ids its criteria refer to (a composite's
 * rule and the parts of a split included), so that its sentences and labels can name each by its
 * name, never by its id.
 */
import { targetsOf, type AgreementContent } from './agreement.ts';
import type { Criterion } from './criteria.ts';

function indicatorIdOf(criterion: Criterion | null): string[] {
  if (criterion === null) return [];
  if (criterion.kind === 'zusammengesetzt') return indicatorIdOf(criterion.rule);
  return 'metric' in criterion && criterion.metric.source === 'lokal'
    ? [criterion.metric.indicatorId]
    : [];
}

export function indicatorIdsOf(content: AgreementContent): string[] {
  const ids = targetsOf(content).flatMap((t) => [
    ...indicatorIdOf(t.criterion),
    ...(t.split?.parts ?? []).flatMap((p) => indicatorIdOf(p.criterion)),
  ]);
  return [...new Set(ids)];
}
