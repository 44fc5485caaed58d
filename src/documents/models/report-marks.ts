/**
 * Footnote marks of the reports: provisional and restricted figures, withheld cells, missing
 * values. One place, so every table and fact line uses the same signs and the same notes; the
 * protection mark and its note are the domain's (disclosure/control/mark.ts), the same as in the
 * web application and the API.
 */
import { PROTECTED_SYMBOL, PROTECTION_NOTE } from '../../domain/disclosure/control/mark.ts';
import type { Quality } from '../../domain/monitoring/types.ts';
import type { CellMark } from './document-model.ts';

export const PROVISIONAL_MARK = '¹';
export const RESTRICTED_MARK = '²';

export const PROVISIONAL_NOTE = `${PROVISIONAL_MARK} vorläufiger Wert: die Wartezeit von drei Monaten ist noch nicht abgelaufen, der Wert kann sich mit einem späteren Datenstand ändern.`;
export const RESTRICTED_NOTE = `${RESTRICTED_MARK} eingeschränkt aussagekräftiger Wert (unvollständige Datenlieferung).`;
export const MISSING_NOTE = '– kein Wert vorhanden (noch nicht verfügbar oder nicht berechenbar).';
export const PROTECTION_LEGEND = `${PROTECTED_SYMBOL} ${PROTECTION_NOTE}`;

/** Printed instead of a withheld figure; its value must not travel in the model either. */
export const PROTECTED_CELL: CellMark = { text: PROTECTED_SYMBOL, replaces: true };

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
    ...(used.suppressed ? [PROTECTION_LEGEND] : []),
    ...(used.missing ? [MISSING_NOTE] : []),
  ];
}
