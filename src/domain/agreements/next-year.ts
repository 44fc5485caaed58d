/**
 * A draft for the next year from this year's agreement (zielsteuerung.md: "the starting point is
 * the previous year's result"): same structure and targets, the year moved on where it is part
 * of the structure, no signatures, no offers or paths (they are planned anew), milestones open.
 * Running text is left as it was for the parties to rewrite.
 */
import { targetsOf, type AgreementContent } from './agreement.ts';

function shiftYear(isoDateOrMonth: string, years: number): string {
  return `${Number(isoDateOrMonth.slice(0, 4)) + years}${isoDateOrMonth.slice(4)}`;
}

/** Replaces the year as a whole word only ("2014" in "im Jahr 2014", not in "20145"). */
function replaceYear(text: string, from: number, to: number): string {
  return text.replace(new RegExp(`(?<!\\d)${from}(?!\\d)`, 'g'), String(to));
}

export function draftForNextYear(
  content: AgreementContent,
  year = content.year + 1,
): AgreementContent {
  const delta = year - content.year;
  const next: AgreementContent = structuredClone(content);
  next.year = year;
  next.title = replaceYear(content.title, content.year, year);
  next.introduction = replaceYear(content.introduction, content.year, year);
  next.goalsTitle = replaceYear(content.goalsTitle, content.year, year);
  next.signatures = [];
  for (const target of targetsOf(next)) {
    target.values = { offer: null, path: null };
    const c = target.criterion;
    if (c?.kind === 'meilenstein')
      Object.assign(c, { due: shiftYear(c.due, delta), state: 'offen', stateNote: null });
    if (c?.kind === 'statistisch') c.measurableFrom = shiftYear(c.measurableFrom, delta);
    if (c?.kind === 'relative_aenderung' && c.referenceYear !== null) c.referenceYear += delta;
  }
  return next;
}
