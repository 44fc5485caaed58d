/**
 * One edit of the editor as data, applied to agreement content by a pure function. A save sends
 * the content with one edit applied; after a conflict (409) the same edit is applied again to the
 * content as it is now, so nothing the user typed is lost.
 */
import type { AgreementContent, Goal, Target } from '../../../../domain/agreements/agreement.ts';
import { targetsOf } from '../../../../domain/agreements/agreement.ts';
import { applyPartiesEdit, type PartiesEdit } from './party-edits.ts';
import { applyStructureEdit, type StructureEdit } from './structure-edits.ts';

export type ContentEdit =
  | { kind: 'add-target'; goalNumber: string; target: Target }
  | { kind: 'replace-target'; targetId: string; target: Target }
  | { kind: 'remove-target'; targetId: string }
  | { kind: 'add-goal'; goal: Goal }
  | StructureEdit
  | PartiesEdit
  /** no change of text: review marks confirmed as checked ("geprüft") */
  | { kind: 'review'; paths: string[] };

export type EditResult = { ok: true; content: AgreementContent } | { ok: false; reason: string };

export function applyEdit(content: AgreementContent, edit: ContentEdit): EditResult {
  const next = structuredClone(content);
  switch (edit.kind) {
    case 'add-target': {
      const goal = next.goals.find((g) => g.number === edit.goalNumber);
      if (goal === undefined)
        return { ok: false, reason: `Ziel ${edit.goalNumber} gibt es nicht (mehr).` };
      goal.blocks.push({ kind: 'ziel', target: edit.target });
      return { ok: true, content: next };
    }
    case 'replace-target':
    case 'remove-target': {
      for (const goal of next.goals) {
        const index = goal.blocks.findIndex(
          (b) => b.kind === 'ziel' && b.target.id === edit.targetId,
        );
        if (index < 0) continue;
        if (edit.kind === 'remove-target') goal.blocks.splice(index, 1);
        else goal.blocks[index] = { kind: 'ziel', target: edit.target };
        return { ok: true, content: next };
      }
      return { ok: false, reason: `Das Ziel ${edit.targetId} gibt es nicht (mehr).` };
    }
    case 'add-goal':
      if (next.goals.some((g) => g.number === edit.goal.number))
        return { ok: false, reason: `Ziel ${edit.goal.number} gibt es schon.` };
      next.goals.push(edit.goal);
      return { ok: true, content: next };
    case 'set-structure':
    case 'set-goal':
      return applyStructureEdit(content, edit);
    case 'set-parties':
      return applyPartiesEdit(content, edit);
    case 'review':
      return { ok: true, content: next };
  }
}

/** The path of a target in content ("goals.1.blocks.3.target"), to match error paths to fields. */
export function locateTarget(content: AgreementContent, targetId: string): string | null {
  for (const [g, goal] of content.goals.entries()) {
    const b = goal.blocks.findIndex(
      (block) => block.kind === 'ziel' && block.target.id === targetId,
    );
    if (b >= 0) return `goals.${g}.blocks.${b}.target`;
  }
  return null;
}

/** Where the edited target stands after the edit (content = before the edit). */
export function locateEdit(content: AgreementContent, edit: ContentEdit): string | null {
  if (edit.kind === 'add-target') {
    const g = content.goals.findIndex((goal) => goal.number === edit.goalNumber);
    return g < 0 ? null : `goals.${g}.blocks.${content.goals[g]!.blocks.length}.target`;
  }
  if (edit.kind === 'set-parties') return 'parties';
  return edit.kind === 'replace-target' ? locateTarget(content, edit.targetId) : null;
}

/** Id and role for a new target in a goal: the goal's own if it has none, else the next "II.n". */
export function nextTargetSlot(
  content: AgreementContent,
  goalNumber: string,
): { id: string; role: 'hauptziel' | 'teilziel' } {
  const ids = new Set(targetsOf(content).map((t) => t.id));
  if (!ids.has(goalNumber)) return { id: goalNumber, role: 'hauptziel' };
  let n = 1;
  while (ids.has(`${goalNumber}.${n}`)) n += 1;
  return { id: `${goalNumber}.${n}`, role: 'teilziel' };
}
