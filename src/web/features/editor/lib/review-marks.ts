/**
 * Where a review mark of the next year's draft sits, in the words of the editor ("Präambel,
 * Absatz 4", "Ziel II › II.1"), and which marks belong to a section of the page.
 */
import type { AgreementContent } from '../../../../domain/agreements/agreement.ts';
import type { ReviewMark } from '../../../../domain/agreements/year-review.ts';

const PLACES: Record<string, string> = {
  title: 'Titel',
  legalBasis: 'Rechtsgrundlage',
  introduction: 'Einleitung',
  preamble: 'Präambel',
  references: 'Bezugsdokument',
  annexes: 'Anlage',
  focusAreasTitle: 'Überschrift der Schwerpunkte',
  focusAreas: 'Schwerpunkt',
  targetSubject: 'Bezeichnung der Einheit',
  goalsTitle: 'Überschrift der Ziele',
  goalsIntro: 'Einleitung der Ziele',
  goals: 'Ziel',
  dialogueTitle: 'Überschrift der Dialoge',
  dialogueClause: 'Dialogklausel',
};

const FIELDS: Record<string, string> = {
  due: 'Fälligkeit',
  measurableFrom: 'messbar ab',
  condition: 'Bedingung',
  ruleText: 'Regel',
  lead: 'Einleitung des Satzes',
  after: 'Text nach dem Kriterium',
  title: 'Überschrift',
};

export function markLocation(content: AgreementContent, path: string): string {
  const [head = '', index, ...rest] = path.split('.');
  const place = PLACES[head] ?? head;
  if (index === undefined || !/^\d+$/.test(index)) return place;
  if (head === 'goals') {
    const goal = content.goals[Number(index)];
    const block = rest[0] === 'blocks' ? goal?.blocks[Number(rest[1])] : undefined;
    const field = rest
      .slice(2)
      .reverse()
      .find((part) => FIELDS[part] !== undefined);
    const where = block?.kind === 'ziel' ? ` › ${block.target.id}` : '';
    return `Ziel ${goal?.number ?? ''}${where}${field === undefined ? '' : `: ${FIELDS[field]}`}`;
  }
  if (head === 'focusAreas') return `${place} ${Number(index) + 1}`;
  return head === 'preamble' || head === 'goalsIntro' || head === 'dialogueClause'
    ? `${place}, Absatz ${Number(index) + 1}`
    : `${place} ${Number(index) + 1}`;
}

/** The marks of the texts under `prefixes` ("preamble", "goals.1"). */
export function marksUnder(marks: readonly ReviewMark[], ...prefixes: string[]): ReviewMark[] {
  return marks.filter((m) => prefixes.some((p) => m.path === p || m.path.startsWith(`${p}.`)));
}
