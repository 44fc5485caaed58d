/** Small builders that keep the transcribed agreements readable. */
import type {
  Goal,
  GoalBlock,
  Target,
  TargetRole,
  TextBlock,
} from '../../domain/agreements/agreement.ts';
import type { Criterion } from '../../domain/agreements/criteria.ts';

export function absatz(text: string): TextBlock {
  return { kind: 'absatz', text };
}

export function liste(...items: string[]): TextBlock {
  return { kind: 'liste', items };
}

export interface TargetSpec {
  id: string;
  role: TargetRole;
  criterion: Criterion | null;
  text?: TextBlock[];
  title?: string | null;
  lead?: string | null;
  after?: TextBlock[];
}

/** A target as a goal block; values and split stay empty (the seed states neither). */
export function ziel(spec: TargetSpec): GoalBlock {
  const target: Target = {
    id: spec.id,
    role: spec.role,
    title: spec.title ?? null,
    text: spec.text ?? [],
    criterion: spec.criterion,
    lead: spec.lead ?? null,
    values: { offer: null, path: null },
    split: null,
    after: spec.after ?? [],
  };
  return { kind: 'ziel', target };
}

export function goal(number: string, title: string, ...blocks: GoalBlock[]): Goal {
  return { number, title, blocks };
}

/** A milestone due at the end of the agreement year, not yet assessed. */
export function meilenstein(
  condition: string,
  due: string,
  evidence: string | null = null,
): Criterion {
  return { kind: 'meilenstein', condition, due, evidence, state: 'offen', stateNote: null };
}
