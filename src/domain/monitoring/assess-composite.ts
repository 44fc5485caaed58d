/**
 * Composite targets over their parts' statuses: 'alle' takes the worst part, 'eines' the best,
 * in the order of COMPOSITE_ORDER (status-rules.ts, with the truth table). A part without a
 * status counts as nicht_bewertbar.
 */
import { NO_FIGURES } from './assess-qualitative.ts';
import { COMPOSITE_ORDER, STATUS_SENTENCES, STATUS_WORDS } from './status-rules.ts';
import type { TargetAssessment, TargetStatus } from './types.ts';

function rank(status: TargetStatus): number {
  return COMPOSITE_ORDER.indexOf(status);
}

export function combineStatuses(
  combine: 'alle' | 'eines',
  statuses: readonly TargetStatus[],
): TargetStatus {
  if (statuses.length === 0) return 'nicht_bewertbar';
  const ranks = statuses.map(rank);
  const chosen = combine === 'alle' ? Math.max(...ranks) : Math.min(...ranks);
  return COMPOSITE_ORDER[chosen]!;
}

export function assessComposite(
  combine: 'alle' | 'eines',
  parts: readonly string[],
  partStatuses: Readonly<Record<string, TargetStatus>>,
): TargetAssessment {
  if (parts.length === 0) {
    return {
      ...NO_FIGURES,
      status: 'nicht_bewertbar',
      explanation: 'Das Gesamtziel nennt keine Teilziele. Nicht bewertbar.',
    };
  }
  const statuses = parts.map((id) => partStatuses[id] ?? 'nicht_bewertbar');
  const status = combineStatuses(combine, statuses);
  const listed = parts
    .map(
      (id, i) =>
        `${id} ${partStatuses[id] === undefined ? 'ohne Bewertung' : STATUS_WORDS[statuses[i]!]}`,
    )
    .join(', ');
  const rule =
    combine === 'alle'
      ? 'Alle Teilziele müssen erreicht sein'
      : 'Mindestens ein Teilziel muss erreicht sein';
  return {
    ...NO_FIGURES,
    status,
    reason: status === 'nicht_bewertbar' ? 'teilziel_nicht_bewertbar' : null,
    final: status === 'erreicht' || status === 'nicht_erreicht',
    explanation: `${rule}; Teilziele: ${listed}. ${STATUS_SENTENCES[status]}`,
  };
}
