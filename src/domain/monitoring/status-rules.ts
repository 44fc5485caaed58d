/**
 * The one place for the rules that turn comparisons into statuses: the German status words,
 * the order composites are judged by, the decimals of figures without agreed decimals, and
 * the bounds of the comparisons (zielsteuerung.md: "mindestens"/"höchstens" include the bound,
 * "über"/"unter" exclude it).
 */
import type { Comparison } from '../agreements/criteria.ts';
import type { AssessmentReason, TargetStatus } from './types.ts';

/** Status words at the end of an explanation. */
export const STATUS_SENTENCES: Record<TargetStatus, string> = {
  erreicht: 'Erreicht.',
  nicht_erreicht: 'Nicht erreicht.',
  auf_kurs: 'Auf Kurs.',
  gefaehrdet: 'Gefährdet.',
  offen: 'Offen.',
  nicht_bewertbar: 'Nicht bewertbar.',
};

/** Status words inside a sentence ("II.1 auf Kurs"). */
export const STATUS_WORDS: Record<TargetStatus, string> = {
  erreicht: 'erreicht',
  nicht_erreicht: 'nicht erreicht',
  auf_kurs: 'auf Kurs',
  gefaehrdet: 'gefährdet',
  offen: 'offen',
  nicht_bewertbar: 'nicht bewertbar',
};

/** The short reason shown beside "nicht bewertbar" or "offen" ("nicht bewertbar: Stand nicht festgehalten"). */
export const REASON_LABELS: Record<AssessmentReason, string> = {
  noch_keine_daten: 'noch keine Daten',
  keine_daten: 'Daten fehlen',
  vergleichswert_fehlt: 'Vergleichswert fehlt',
  gesperrt: 'Werte gesperrt',
  keine_toleranz: 'keine Toleranz vereinbart',
  stand_nicht_festgehalten: 'Stand nicht festgehalten',
  zielwert_offen: 'Zielwert noch zu vereinbaren',
  beobachtung: 'Beobachtung ohne Bewertung',
  ohne_kriterium: 'über das Gesamtziel bewertet',
  regel_nur_text: 'Regel nur als Text vereinbart',
  pilotevaluation: 'Pilotevaluation',
  teilziel_nicht_bewertbar: 'Teilziel nicht bewertbar',
};

/** The reason shown beside a status: only a target not (yet) judged has one. */
export function shownReason(
  status: TargetStatus,
  reason?: AssessmentReason | null,
): AssessmentReason | null {
  return reason && (status === 'nicht_bewertbar' || status === 'offen') ? reason : null;
}

/** "nicht bewertbar (Stand nicht festgehalten)": the status word with its reason, if shown. */
export function statusWithReason(status: TargetStatus, reason?: AssessmentReason | null): string {
  const shown = shownReason(status, reason);
  return shown ? `${STATUS_WORDS[status]} (${REASON_LABELS[shown]})` : STATUS_WORDS[status];
}

/**
 * Composite targets (combine 'alle' / 'eines'), from best to worst. 'alle' takes the worst
 * status of its parts, 'eines' the best, so the truth table is:
 *
 * | parts                                   | alle            | eines           |
 * |-----------------------------------------|-----------------|-----------------|
 * | all erreicht                            | erreicht        | erreicht        |
 * | any erreicht, others anything           | (worst part)    | erreicht        |
 * | any nicht_erreicht                      | nicht_erreicht  | (best part)     |
 * | all nicht_erreicht                      | nicht_erreicht  | nicht_erreicht  |
 * | best/worst open part auf_kurs           | auf_kurs        | auf_kurs        |
 * | … offen                                 | offen           | offen           |
 * | … gefaehrdet                            | gefaehrdet      | gefaehrdet      |
 * | … nicht_bewertbar (or status missing)   | nicht_bewertbar | nicht_bewertbar |
 *
 * Why this order: an 'alle' composite fails with one failed part and cannot be judged while
 * one part cannot be (nicht_bewertbar ranks just above nicht_erreicht, so it wins over
 * gefaehrdet); offen ranks below auf_kurs because a part not yet measurable gives no
 * assurance. For 'eines' a single part on course is enough to be on course.
 */
export const COMPOSITE_ORDER: readonly TargetStatus[] = [
  'erreicht',
  'auf_kurs',
  'offen',
  'gefaehrdet',
  'nicht_bewertbar',
  'nicht_erreicht',
];

/** Decimals of figures of a target without agreed decimals (monitoring): published with one. */
export const DEFAULT_DECIMALS = 1;

/** Whether a (rounded) actual value satisfies the bound. */
export function satisfies(comparison: Comparison, actual: number, threshold: number): boolean {
  switch (comparison) {
    case 'mindestens':
      return actual >= threshold;
    case 'hoechstens':
      return actual <= threshold;
    case 'ueber':
      return actual > threshold;
    case 'unter':
      return actual < threshold;
  }
}
