/**
 * A stored system result (the year-end decision, services/assessment) read by someone who may not
 * read the figures behind it exactly (docs/disclosure-control.md): the status and the agreed
 * target stay, every figure of the örtliches Jobcenter and the text that states them go.
 */
import { PROTECTED_SYMBOL } from '../disclosure/control/mark.ts';
import type { TargetAssessment } from './types.ts';

export const FIGURES_PROTECTED = `Die Werte, auf denen das Systemergebnis beruht, sind zum Schutz kleiner Fallzahlen gesperrt (${PROTECTED_SYMBOL}).`;

export function withoutFigures(a: TargetAssessment): TargetAssessment {
  return {
    ...a,
    actual: null,
    actualRounded: null,
    gap: null,
    previousYear: null,
    forecast: null,
    explanation: FIGURES_PROTECTED,
  };
}
