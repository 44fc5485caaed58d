/**
 * Input and output of target assessment (attainment.ts) and forecasting (forecast.ts): pure
 * data, "today" is a parameter.
 */
import type { ChangeUnit } from '../agreements/criteria.ts';
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
  /**
   * ISO date the targets are judged as of: milestones are due relative to it, and a period
   * that has not ended by then is still running (offen). A report "Stand Ende Juni" passes
   * the last day of June (asOfDate in as-of.ts).
   */
  today: string;
  /** the agreement year; absent = the snapshot's year (targets without figures: still running) */
  year?: number;
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

/**
 * Why a target is not judged (status nicht_bewertbar) or not yet (offen): one short label each
 * (REASON_LABELS in status-rules.ts); the explanation says it in full.
 */
export type AssessmentReason =
  /** the period is running and there are no figures yet */
  | 'noch_keine_daten'
  /** the period has ended and the figure does not exist */
  | 'keine_daten'
  /** the reference year's value for the month is missing */
  | 'vergleichswert_fehlt'
  /** withheld by the disclosure control for this viewer */
  | 'gesperrt'
  /** "ca." without an agreed tolerance: the deviation is left to the year-end assessment */
  | 'keine_toleranz'
  /** a milestone or qualitative target whose result the parties have not recorded */
  | 'stand_nicht_festgehalten'
  /** the target value is still to be agreed ("noch zu vereinbaren") */
  | 'zielwert_offen'
  /** observed only; a planned value is compared but gives no verdict */
  | 'beobachtung'
  /** a sub-goal judged through its composite */
  | 'ohne_kriterium'
  /** a composite rule agreed as text only */
  | 'regel_nur_text'
  /** judged by the pilot evaluation (survival analysis) */
  | 'pilotevaluation'
  /** a part of a composite cannot be judged */
  | 'teilziel_nicht_bewertbar';

/** A change target judged on the change (judgement.ts): exact and at the agreed decimals. */
export interface ChangeJudgement {
  /** the change from the exact values, in % or Prozentpunkte */
  exact: number;
  /** rounded half away from zero to the agreed decimals: what is compared */
  rounded: number;
  /** the agreed change (signed) */
  agreed: number;
  unit: ChangeUnit;
  decimals: number;
}

export interface TargetAssessment {
  status: TargetStatus;
  /** why it is nicht_bewertbar or offen; absent/null when judged */
  reason?: AssessmentReason | null;
  /** change targets: the change that was judged */
  change?: ChangeJudgement | null;
  /**
   * Monitoring with a planned value or Trägererwartung: the value compared with in that month
   * and who stated it (no verdict follows)
   */
  planned?: { value: number; label: string } | null;
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
