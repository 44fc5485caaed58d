/**
 * Input and output of target assessment (attainment.ts) and forecasting (forecast.ts): pure
 * data, "today" is a parameter.
 */
import type { ProtectionMark } from '../disclosure/control/mark.ts';

export type Quality = 'final' | 'vorlaeufig' | 'eingeschraenkt' | 'fehlend';

export type TargetStatus =
  'erreicht' | 'nicht_erreicht' | 'auf_kurs' | 'gefaehrdet' | 'offen' | 'nicht_bewertbar';

/** One metric value of one month (year-to-date where the metric aggregates). */
export interface Observation {
  value: number | null;
  quality: Quality;
  /** withheld from the viewer by the disclosure control (value null) */
  suppressed?: ProtectionMark | null;
}

/**
 * The series a target needs, as the service reads them for one Datenstand: index 0 = January.
 * `current` is the target year, `reference` the year compared with (the previous year unless
 * the criterion names another). A month without data is null.
 */
export interface MetricSnapshot {
  year: number;
  current: (Observation | null)[];
  reference: (Observation | null)[];
  /** Datenstand of the figures (ISO date) */
  datenstand: string | null;
}

/** Everything assessTarget needs besides the target itself. */
export interface AssessmentContext {
  /** ISO date: milestones are due relative to it */
  today: string;
  /** snapshot for the target's metric; null for targets without one */
  snapshot: MetricSnapshot | null;
  /** statuses of the parts of a composite target, by target id */
  partStatuses: Record<string, TargetStatus>;
}

export interface Forecast {
  /** expected December value */
  value: number;
  /** interval bounds (coverage stated in `level`) */
  low: number;
  high: number;
  /** nominal coverage of the interval, e.g. 0.8 */
  level: number;
  /** the month (1–12) the forecast starts from */
  fromMonth: number;
  method: string;
}

export interface TargetAssessment {
  status: TargetStatus;
  /** month 1–12 the judgement refers to (the latest month with data), null if none */
  month: number | null;
  actual: number | null;
  /** the threshold the actual value is judged against in that month */
  target: number | null;
  /** both rounded to the criterion's decimals, as reports show and judge them */
  actualRounded: number | null;
  targetRounded: number | null;
  /** actual − target in the metric's unit; positive means above the threshold */
  gap: number | null;
  /** the reference (usually previous) year's value for the same month */
  previousYear: number | null;
  forecast: Forecast | null;
  /** true when judged on the December value (year complete) */
  final: boolean;
  /** German, one or two sentences: what was compared and why the status follows */
  explanation: string;
}
