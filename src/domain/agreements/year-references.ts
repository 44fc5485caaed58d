/**
 * Year references of one text for the next year's draft, conservatively: the agreement year y
 * becomes the new year, the previous year y−1 only where the text names it as the previous year
 * ("Vorjahr 2013"), both only as whole words and outside dates, citations, "seit …" and quoted
 * titles (year-context.ts). Every other year stays as written. Each year found gets a German note,
 * changed or not, so that the parties see what the draft did ("Jahresangabe prüfen").
 */
import {
  findYears,
  keptBecause,
  namesPreviousYear,
  yearSnippet,
  type YearToken,
} from './year-context.ts';

export interface YearUpdate {
  text: string;
  /** German, one per distinct finding; empty = no year in the text */
  notes: string[];
}

interface Shift {
  /** the agreement's year */
  from: number;
  /** the draft's year */
  to: number;
  /** the text is the title of a named document (references, annexes) */
  isTitle?: boolean;
}

type Decision = { replace: number | null; note: string };

function decide(text: string, token: YearToken, shift: Shift): Decision {
  const { from, to } = shift;
  const kept = keptBecause(text, token, shift.isTitle === true);
  if (kept !== null)
    return { replace: null, note: `„${yearSnippet(text, token)}“: ${kept}, nicht geändert` };
  if (token.value === from) return { replace: to, note: `${from} → ${to} geändert` };
  if (token.value === from - 1 && namesPreviousYear(text, token))
    return { replace: to - 1, note: `Vorjahr ${from - 1} → ${to - 1} geändert` };
  if (token.value === from - 1)
    return {
      replace: null,
      note: `${token.value}: nicht sicher das Vorjahr, nicht geändert`,
    };
  return {
    replace: null,
    note: `${token.value}: weder das Vereinbarungsjahr noch das Vorjahr, nicht geändert`,
  };
}

export function updateYearReferences(text: string, shift: Shift): YearUpdate {
  const tokens = findYears(text);
  if (tokens.length === 0 || shift.from === shift.to) return { text, notes: [] };
  let out = '';
  let at = 0;
  const notes: string[] = [];
  for (const token of tokens) {
    const { replace, note } = decide(text, token, shift);
    out += text.slice(at, token.start) + String(replace ?? token.value);
    at = token.end;
    if (!notes.includes(note)) notes.push(note);
  }
  return { text: out + text.slice(at), notes };
}
