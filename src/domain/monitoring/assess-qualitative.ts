/**
 * Milestones and statistical targets: the parties' recorded state and the calendar decide,
 * not the data (zielsteuerung.md: attainment of such targets rests on evidence).
 */
import type { Criterion } from '../agreements/criteria.ts';
import { formatDateDe, formatMonthShortDe } from '../shared/format-de.ts';
import type { TargetAssessment } from './types.ts';

type Milestone = Extract<Criterion, { kind: 'meilenstein' }>;
type Statistical = Extract<Criterion, { kind: 'statistisch' }>;
type Qualitative = Extract<Criterion, { kind: 'qualitativ' }>;

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

type Recorded = Pick<Milestone | Qualitative, 'state' | 'stateNote' | 'evidence'>;

/** A result the parties recorded, or null when they have recorded none yet. */
function recordedResult(criterion: Recorded, what: string): TargetAssessment | null {
  if (criterion.state !== 'erreicht' && criterion.state !== 'nicht_erreicht') return null;
  const word = criterion.state === 'erreicht' ? 'erreicht' : 'nicht erreicht';
  return {
    ...NO_FIGURES,
    status: criterion.state,
    final: true,
    explanation: withNote(`${what} ist als ${word} festgehalten.`, criterion.stateNote),
  };
}

/**
 * Before the due date (inclusive) offen, or auf_kurs while in Arbeit; after it, without a
 * recorded result, nicht bewertbar: "Stand nicht festgehalten". Only the parties can record
 * the result against the evidence; a passed date alone says neither "nicht erreicht" nor
 * "gefährdet".
 */
function byDueDate(criterion: Recorded, due: string, asOf: string, what: string) {
  const progress = criterion.state === 'in_arbeit' ? 'in Arbeit' : 'noch nicht begonnen';
  const dueText = formatDateDe(due);
  if (asOf <= due) {
    const status = criterion.state === 'in_arbeit' ? 'auf_kurs' : 'offen';
    return {
      ...NO_FIGURES,
      status,
      explanation: withNote(`${what} ${progress}, fällig am ${dueText}.`, criterion.stateNote),
    } satisfies TargetAssessment;
  }
  const evidence =
    criterion.evidence === null
      ? ''
      : ` (Nachweis: ${criterion.evidence.trim().replace(/\.$/, '')})`;
  const explanation =
    `Fällig am ${dueText}, das Ergebnis ist nicht festgehalten (Stand: ${progress}). ` +
    `Die Vereinbarungspartner halten es anhand des Nachweises fest${evidence}; ` +
    'die überschrittene Frist allein bedeutet weder „gefährdet“ noch „nicht erreicht“. ' +
    'Stand nicht festgehalten.';
  return {
    ...NO_FIGURES,
    status: 'nicht_bewertbar',
    reason: 'stand_nicht_festgehalten',
    explanation: withNote(explanation, criterion.stateNote),
  } satisfies TargetAssessment;
}

/** A milestone: its recorded state, else its due date against the assessment date. */
export function assessMilestone(criterion: Milestone, asOf: string): TargetAssessment {
  return (
    recordedResult(criterion, 'Der Meilenstein') ??
    byDueDate(criterion, criterion.due, asOf, 'Meilenstein')
  );
}

/**
 * A qualitative or process target: the parties' recorded decision; without a due date it is
 * due at the end of the agreement year (year unknown: still running).
 */
export function assessQualitativeTarget(
  criterion: Qualitative,
  asOf: string,
  year: number | undefined,
): TargetAssessment {
  const recorded = recordedResult(criterion, 'Das Ziel');
  if (recorded !== null) return recorded;
  const due = criterion.due ?? (year === undefined ? null : `${year}-12-31`);
  if (due === null)
    return {
      ...NO_FIGURES,
      status: 'offen',
      explanation: withNote(
        'Das Ergebnis ist noch nicht festgehalten. Offen.',
        criterion.stateNote,
      ),
    };
  return byDueDate(criterion, due, asOf, 'Qualitatives Ziel');
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
    reason: 'pilotevaluation',
    explanation:
      'Das Ziel wird mit der Pilotevaluation (Überlebenszeitanalyse) bewertet. Nicht bewertbar.',
  };
}
