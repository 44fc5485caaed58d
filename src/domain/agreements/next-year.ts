/**
 * A draft for the next year from this year's agreement (zielsteuerung.md: "the starting point is
 * the previous year's result"): same structure and targets, no signatures, no offers or paths
 * (they are planned anew), milestones open and due a year later. Every text it copies has its
 * year references updated where that is certain and keeps them where not (year-references.ts);
 * each text with a year, and each moved date, gets a review mark for the parties to check.
 */
import type { AgreementContent } from './agreement.ts';
import type { Criterion } from './criteria.ts';
import { visitContentTexts } from './content-texts.ts';
import { updateYearReferences } from './year-references.ts';
import type { ReviewMark } from './year-review.ts';

export interface NextYearDraft {
  content: AgreementContent;
  /** in document order; the dates of milestones and pilot evaluations after the texts */
  marks: ReviewMark[];
}

function shiftYear(isoDateOrMonth: string, years: number): string {
  return `${Number(isoDateOrMonth.slice(0, 4)) + years}${isoDateOrMonth.slice(4)}`;
}

/** Moves the dates of a criterion by `delta` years; a mark per moved date. */
function moveCriterion(c: Criterion, path: string, delta: number, marks: ReviewMark[]): void {
  const moved = (field: string, before: string, after: string, what: string) =>
    marks.push({
      path: `${path}.${field}`,
      text: after,
      notes: [`${what} ${before} → ${after} verschoben`],
    });
  if (c.kind === 'meilenstein') {
    const due = shiftYear(c.due, delta);
    moved('due', c.due, due, 'Fälligkeit');
    Object.assign(c, { due, state: 'offen', stateNote: null });
    delete c.proposal;
  }
  if (c.kind === 'statistisch') {
    const from = shiftYear(c.measurableFrom, delta);
    moved('measurableFrom', c.measurableFrom, from, 'Messbar ab');
    c.measurableFrom = from;
  }
  if (c.kind === 'relative_aenderung' && c.referenceYear !== null) c.referenceYear += delta;
  if (c.kind === 'zusammengesetzt' && c.rule !== null)
    moveCriterion(c.rule, `${path}.rule`, delta, marks);
}

export function planNextYear(content: AgreementContent, year = content.year + 1): NextYearDraft {
  const delta = year - content.year;
  const next: AgreementContent = structuredClone(content);
  next.year = year;
  next.signatures = [];
  // dates and states first: a milestone's note of last year is cleared, not reviewed
  const dateMarks: ReviewMark[] = [];
  next.goals.forEach((goal, g) =>
    goal.blocks.forEach((block, b) => {
      if (block.kind !== 'ziel') return;
      const { target } = block;
      const path = `goals.${g}.blocks.${b}.target`;
      target.values = { offer: null, path: null };
      if (target.criterion !== null)
        moveCriterion(target.criterion, `${path}.criterion`, delta, dateMarks);
      target.split?.parts.forEach((part, i) =>
        moveCriterion(part.criterion, `${path}.split.parts.${i}.criterion`, delta, dateMarks),
      );
    }),
  );
  const marks: ReviewMark[] = [];
  visitContentTexts(next, (text, path, kind) => {
    const update = updateYearReferences(text, {
      from: content.year,
      to: year,
      isTitle: kind === 'titel',
    });
    if (update.notes.length > 0) marks.push({ path, text: update.text, notes: update.notes });
    return update.text;
  });
  return { content: next, marks: [...marks, ...dateMarks] };
}

/** The next year's content alone (see planNextYear for the review marks). */
export function draftForNextYear(
  content: AgreementContent,
  year = content.year + 1,
): AgreementContent {
  return planNextYear(content, year).content;
}
