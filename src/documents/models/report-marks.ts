/**
 * Footnote marks of the reports: provisional and restricted figures, suppressed cells, missing
 * values. One place, so every table and fact line uses the same signs and the same notes.
 */
import type { Quality } from '../../domain/monitoring/types.ts';
import { SUPPRESSION_NOTE } from '../../domain/benchmarking/suppression.ts';
import type { CellMark } from './document-model.ts';

export const PROVISIONAL_MARK = '¹';
export const RESTRICTED_MARK = '²';
export const SUPPRESSED_MARK = '•';

export const PROVISIONAL_NOTE = `${PROVISIONAL_MARK} vorläufiger Wert: die Wartezeit von drei Monaten ist noch nicht abgelaufen, der Wert kann sich mit einem späteren Datenstand ändern.`;
export const RESTRICTED_NOTE = `${RESTRICTED_MARK} eingeschränkt aussagekräftiger Wert (unvollständige Datenlieferung).`;
export const MISSING_NOTE = '– kein Wert vorhanden (noch nicht verfügbar oder nicht berechenbar).';

export function qualityMark(quality: Quality | null | undefined): CellMark | undefined {
  if (quality === 'vorlaeufig') return { text: PROVISIONAL_MARK, replaces: false };
  if (quality === 'eingeschraenkt') return { text: RESTRICTED_MARK, replaces: false };
  return undefined;
}

/** The notes for the marks that occur, in a fixed order. */
export function notesFor(used: {
  provisional: boolean;
  restricted: boolean;
  suppressed: boolean;
  missing: boolean;
}): string[] {
  return [
    ...(used.provisional ? [PROVISIONAL_NOTE] : []),
    ...(used.restricted ? [RESTRICTED_NOTE] : []),
    ...(used.suppressed
      ? [`${SUPPRESSED_MARK} ${SUPPRESSION_NOTE.replace(/ \(•\)\.$/, '.')}`]
      : []),
    ...(used.missing ? [MISSING_NOTE] : []),
  ];
}
