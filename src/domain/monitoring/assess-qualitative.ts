/**
 * Milestones and statistical targets: the parties' recorded state and the calendar decide,
 * not the data (zielsteuerung.md: attainment of such targets rests on evidence).
 */
import type { Criterion } from '../agreements/criteria.ts';
import { formatDateDe, formatMonthShortDe } from '../shared/format-de.ts';
import type { TargetAssessment } from './types.ts';

type Milestone = Extract<Criterion, { kind: 'meilenstein' }>;
type Statistical = Extract<Criterion, { kind: 'statistisch' }>;

export const NO_FIGURES: Omit<TargetAssessment, 'status' | 'explanation'> = {
  month: null,
  actual: null,
  target: null,
  actualRounded: null,
  targetRounded: null,
  gap: null,
  previousYear: null,
  forecast: null,
  final: false,
};

function withNote(text: string, note: string | null): string {
  return note === null || note.trim() === ''
    ? text
    : `${text} Vermerk: ${note.trim().replace(/\.?$/, '.')}`;
}

/**
 * erreicht/nicht_erreicht as recorded; until the due date (inclusive) offen, or auf_kurs while
 * in Arbeit; after it gefaehrdet, because only the parties can record the result — a passed
 * date alone does not make it nicht_erreicht.
 */
export function assessMilestone(criterion: Milestone, today: string): TargetAssessment {
  const due = formatDateDe(criterion.due);
  if (criterion.state === 'erreicht') {
    return {
      ...NO_FIGURES,
      status: 'erreicht',
      final: true,
      explanation: withNote('Der Meilenstein ist als erreicht festgehalten.', criterion.stateNote),
    };
  }
  if (criterion.state === 'nicht_erreicht') {
    return {
      ...NO_FIGURES,
      status: 'nicht_erreicht',
      final: true,
      explanation: withNote(
        'Der Meilenstein ist als nicht erreicht festgehalten.',
        criterion.stateNote,
      ),
    };
  }
  const progress = criterion.state === 'in_arbeit' ? 'in Arbeit' : 'noch nicht begonnen';
  if (today <= criterion.due) {
    const status = criterion.state === 'in_arbeit' ? 'auf_kurs' : 'offen';
    return {
      ...NO_FIGURES,
      status,
      explanation: withNote(`Meilenstein ${progress}, fällig am ${due}.`, criterion.stateNote),
    };
  }
  const evidence =
    criterion.evidence === null
      ? ''
      : ` (Nachweis: ${criterion.evidence.trim().replace(/\.$/, '')})`;
  const explanation =
    `Fällig am ${due}, das Ergebnis ist noch nicht festgehalten (Stand: ${progress}). ` +
    `Die Vereinbarungspartner müssen es anhand des Nachweises festhalten${evidence}; ` +
    'die überschrittene Frist allein bedeutet nicht „nicht erreicht“. Gefährdet.';
  return {
    ...NO_FIGURES,
    status: 'gefaehrdet',
    explanation: withNote(explanation, criterion.stateNote),
  };
}

/** Offen before the first measurable month, then left to the pilot evaluation. */
export function assessStatistical(criterion: Statistical, today: string): TargetAssessment {
  if (today.slice(0, 7) < criterion.measurableFrom) {
    return {
      ...NO_FIGURES,
      status: 'offen',
      explanation: `Messbar ab ${formatMonthShortDe(criterion.measurableFrom)}. Offen.`,
    };
  }
  return {
    ...NO_FIGURES,
    status: 'nicht_bewertbar',
    explanation:
      'Das Ziel wird mit der Pilotevaluation (Überlebenszeitanalyse) bewertet. Nicht bewertbar.',
  };
}
