/**
 * Running text (paragraphs and bullet lists, TextBlock) as the editor holds it: one text per
 * block, a list with one item per line. Empty blocks and empty list lines are dropped on save.
 */
import type { TextBlock } from '../../../../domain/agreements/agreement.ts';

export interface BlockDraft {
  kind: 'absatz' | 'liste';
  /** a paragraph's text, or a list's items one per line */
  text: string;
}

export function blocksToDrafts(blocks: readonly TextBlock[]): BlockDraft[] {
  return blocks.map((b) =>
    b.kind === 'absatz'
      ? { kind: 'absatz', text: b.text }
      : { kind: 'liste', text: b.items.join('\n') },
  );
}

export function draftToBlock(d: BlockDraft): TextBlock | null {
  if (d.kind === 'absatz') {
    const text = d.text.trim().replace(/\s*\n\s*/g, ' ');
    return text === '' ? null : { kind: 'absatz', text };
  }
  const items = d.text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return items.length === 0 ? null : { kind: 'liste', items };
}

export function draftsToBlocks(drafts: readonly BlockDraft[]): TextBlock[] {
  return drafts.flatMap((d) => draftToBlock(d) ?? []);
}
