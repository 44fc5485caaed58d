/**
 * Edits of the structural texts: Präambel, Schwerpunkte, the goals' heading and introduction,
 * a goal's title and running text, the dialogue clause. Applied to the content as it is at save
 * time, so that after a conflict (409) the user's texts go onto the current version and targets
 * changed meanwhile by someone else stay as they are now.
 */
import type {
  AgreementContent,
  GoalBlock,
  TextBlock,
} from '../../../../domain/agreements/agreement.ts';

export type StructurePatch = Partial<
  Pick<
    AgreementContent,
    | 'preamble'
    | 'focusAreasTitle'
    | 'focusAreas'
    | 'goalsTitle'
    | 'goalsIntro'
    | 'dialogueTitle'
    | 'dialogueClause'
  >
>;

/** A goal's content in order: its running text, and its targets by id (kept as they are). */
export type GoalTextItem = TextBlock | { kind: 'ziel'; id: string };

export type StructureEdit =
  | { kind: 'set-structure'; label: string; patch: StructurePatch }
  | { kind: 'set-goal'; goalNumber: string; title: string; items: GoalTextItem[] };

export type StructureResult =
  { ok: true; content: AgreementContent } | { ok: false; reason: string };

export function applyStructureEdit(
  content: AgreementContent,
  edit: StructureEdit,
): StructureResult {
  const next = structuredClone(content);
  if (edit.kind === 'set-structure') return { ok: true, content: { ...next, ...edit.patch } };
  const goal = next.goals.find((g) => g.number === edit.goalNumber);
  if (goal === undefined)
    return { ok: false, reason: `Ziel ${edit.goalNumber} gibt es nicht (mehr).` };
  const targets = new Map(
    goal.blocks.flatMap((b) => (b.kind === 'ziel' ? [[b.target.id, b] as const] : [])),
  );
  const blocks = edit.items.flatMap((item): GoalBlock[] => {
    if (item.kind !== 'ziel') return [item];
    const block = targets.get(item.id);
    targets.delete(item.id);
    return block === undefined ? [] : [block];
  });
  // targets added meanwhile by someone else stay, at the end
  goal.blocks = [...blocks, ...targets.values()];
  goal.title = edit.title;
  return { ok: true, content: next };
}

export function goalTextItems(blocks: readonly GoalBlock[]): GoalTextItem[] {
  return blocks.map((b) => (b.kind === 'ziel' ? { kind: 'ziel', id: b.target.id } : b));
}
