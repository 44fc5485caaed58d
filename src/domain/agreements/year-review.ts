/**
 * Review marks of the next year's draft ("Jahresangabe prüfen"): one per text in which the draft
 * found a year, changed or kept, and per date it moved. A mark stays with the draft's version
 * until a party deals with it: by confirming it ("geprüft") or by saving another wording of its
 * text. A text that only moved (a focus area removed before it) keeps its mark at its new place.
 */
import type { AgreementContent } from './agreement.ts';
import { contentTexts } from './content-texts.ts';

export interface ReviewMark {
  /** where the text is in the content, dotted like validation findings ("preamble.3.text") */
  path: string;
  /** the text as the draft wrote it */
  text: string;
  /** German: what the draft did with each year in it ("2014 → 2015 geändert") */
  notes: string[];
}

/** The value at a dotted path of plain data, if it is a string. */
function textAt(content: AgreementContent, path: string): string | undefined {
  let value: unknown = content;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return typeof value === 'string' ? value : undefined;
}

/**
 * The marks still open after a save: `reviewed` names the paths confirmed as checked; a mark
 * whose text is nowhere in the new content has been dealt with by rewording it.
 */
export function carryReviewMarks(
  marks: readonly ReviewMark[],
  content: AgreementContent,
  reviewed: readonly string[] = [],
): ReviewMark[] {
  const done = new Set(reviewed);
  const open = marks.filter((m) => !done.has(m.path));
  const stays = (m: ReviewMark) => textAt(content, m.path) === m.text;
  const taken = new Set(open.filter(stays).map((m) => m.path));
  const texts = [...contentTexts(content)];
  const carried: ReviewMark[] = [];
  for (const mark of open) {
    if (stays(mark)) carried.push(mark);
    else {
      const moved = texts.find(([path, text]) => text === mark.text && !taken.has(path));
      if (moved === undefined) continue;
      taken.add(moved[0]);
      carried.push({ ...mark, path: moved[0] });
    }
  }
  return carried;
}

/**
 * Why a version cannot be signed while review marks are open (German, empty when none is): the
 * draft changed or kept years in texts the parties have not looked at yet, and a signed text
 * with a stale year binds them to it. Like an open target value (open-values.ts), every mark is
 * dealt with first — confirmed as checked, or the text reworded.
 */
export function reviewMarkProblems(marks: readonly ReviewMark[]): string[] {
  if (marks.length === 0) return [];
  const excerpt =
    marks[0]!.text.length > 60 ? `${marks[0]!.text.slice(0, 57).trimEnd()} …` : marks[0]!.text;
  const count = marks.length === 1 ? 'Eine Jahresangabe ist' : `${marks.length} Jahresangaben sind`;
  return [
    `${count} noch nicht geprüft (zuerst: „${excerpt}“) – bitte im Editor als geprüft vermerken oder den Text ändern.`,
  ];
}
