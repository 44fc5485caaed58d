/**
 * Where a year in running text is not the agreement's own and must stay as written when the next
 * year's draft is made: dates and periods ("30.06.2014", "06/2014", "April 2014", "2014/2015"),
 * citations of laws and printed matter ("BGBl. I 2011 S. 453", "Gesetz … vom … 2013"), fixed
 * points in the past ("seit 2005", "seit Ende 2011") and names of documents, quoted or listed as
 * a reference ("„Gemeinsames Planungsdokument für die Zielsteuerung 2014 im SGB II“": next year's
 * document may have another name, so the year in it is not ours to change).
 */

/** A year as it stands in a text: its position and the four digits. */
export interface YearToken {
  start: number;
  end: number;
  value: number;
}

/** Years 1800–2199 as whole words: not part of a longer number, an id or a word ("12014", "K2014"). */
const YEAR = /(?<![\p{L}\p{N}_])(?:18|19|20|21)\d\d(?![\p{L}\p{N}_])/gu;

export function findYears(text: string): YearToken[] {
  return [...text.matchAll(YEAR)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    value: Number(m[0]),
  }));
}

const MONTHS = 'Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember';
const PERIOD_WORD = new RegExp(
  `(?:\\d{1,2}\\.\\s)?(?:${MONTHS}|Quartals?|Halbjahr(?:es|s)?|Monats?)\\s+$`,
);
/** "30.06.", "30. 6. ", "1." (day and month before the year), "06/", "2013–", "2013 - " */
const DATE_BEFORE = /(?:\d\.\s?|\d\s?[/–-]\s?)$/;
/** "-12-31", "/2015", "/15", " – 2015" */
const DATE_AFTER = /^(?:-\d|\s?[/–]\s?\d|\s-\s\d)/;
/**
 * A law, an ordinance or printed matter named in the same clause; periods of abbreviations
 * ("BGBl.", "S.", "Nr.") are taken out first, so only a sentence's end ends the clause.
 */
const CITATION =
  /(?:\bBGBl\b|\bBundesgesetzblatt|\bGVBl\b|\bGV\.\s?NRW|\bGesetz|\bVerordnung|\bVO\b|\bRichtlinie|\bErlass|\bDrucksache|\bDrs\b)[^.;:!?]{0,60}$/;
const SINCE = /\bseit\b[^.,;:!?]{0,20}$/i;
const QUOTED = [/„[^“”„]*[“”]/g, /"[^"]*"/g, /»[^«]*«/g, /‚[^‘’]*[‘’]/g];

/** Spans of quoted text (titles of documents, names of programmes). */
function quotedSpans(text: string): [number, number][] {
  return QUOTED.flatMap((q) =>
    [...text.matchAll(q)].map((m): [number, number] => [m.index, m.index + m[0].length]),
  );
}

/**
 * Why the year at `token` must stay as written (German, completes "… , nicht geändert"), or null
 * when the context does not forbid moving it. `isTitle`: the whole text is a document's title.
 */
export function keptBecause(text: string, token: YearToken, isTitle: boolean): string | null {
  const before = text.slice(Math.max(0, token.start - 80), token.start);
  const after = text.slice(token.end, token.end + 6);
  if (isTitle) return 'Teil des Titels eines Dokuments';
  if (quotedSpans(text).some(([s, e]) => s < token.start && token.end < e))
    return 'Teil eines zitierten Titels';
  if (DATE_BEFORE.test(before) || DATE_AFTER.test(after) || PERIOD_WORD.test(before))
    return 'ein Datum oder Zeitraum';
  if (CITATION.test(before.replace(/(\b\p{L}{1,5})\./gu, '$1')))
    return 'Fundstelle oder Datum eines Gesetzes oder Dokuments';
  if (SINCE.test(before)) return 'ein fester Zeitpunkt („seit“)';
  return null;
}

/** The year as the reader sees it in the text: the date around it, or the word naming its period. */
export function yearSnippet(text: string, token: YearToken): string {
  let start = token.start;
  let end = token.end;
  while (start > 0 && /[\d./–-]/.test(text[start - 1]!)) start -= 1;
  const continues = (i: number) => /\d/.test(text[i] ?? '') || /[/–-]\d/.test(text.slice(i, i + 2));
  while (end < text.length && continues(end)) end += 1;
  const run = text.slice(start, end);
  if (run !== String(token.value)) return run;
  const word = PERIOD_WORD.exec(text.slice(0, token.start))?.[0];
  return word === undefined ? run : `${word.trim()} ${run}`;
}

/** The year before is named as such ("Vorjahr 2013", "des Vorjahres (2013)"). */
export function namesPreviousYear(text: string, token: YearToken): boolean {
  return /\bVorjahr(?:es|s)?(?:wert(?:es|s)?)?\s*\(?\s*$/i.test(text.slice(0, token.start));
}
