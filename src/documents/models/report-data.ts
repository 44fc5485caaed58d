/**
 * What the report models receive: a snapshot the services assemble (agreement, judged targets,
 * figures), so that the models stay pure functions of it.
 */
import type { AgreementStatus, Target } from '../../domain/agreements/agreement.ts';
import type { ProtectionMark } from '../../domain/disclosure/control/mark.ts';
import type { MetricSnapshot, Quality, TargetAssessment } from '../../domain/monitoring/types.ts';

export interface ReportAgreement {
  id: string;
  year: number;
  status: AgreementStatus;
  versionNo: number;
  /** "MAIS NRW – Kreis Borken" */
  parties: string;
  /** the party whose targets these are ("Kreis Borken") */
  unitName: string;
}

export interface ReportTarget {
  target: Target;
  goalNumber: string;
  goalTitle: string;
  /** renderCriterion's sentence; null for a sub-goal without a criterion */
  sentence: string | null;
  assessment: TargetAssessment | null;
  snapshot: MetricSnapshot | null;
}

export interface ReportContext {
  /** ISO date-time the document was made */
  generatedAt: string;
  /** who made it ("Controlling Kreis Borken") */
  generatedBy: string;
  /** 'latest' or the id of the Datenstand asked for */
  datenstand: 'latest' | number;
  /** ISO dates of the Datenstände the figures come from */
  stands: string[];
}

/** One figure of the comparison table with what its mark and footnotes need. */
export interface ComparisonCell {
  value: number | null;
  quality: Quality;
  /**
   * Set by the server's disclosure control (readValues) when the figure is withheld from the
   * viewer; then value is null. The model prints the mark and decides nothing itself.
   */
  suppressed: ProtectionMark | null;
}

export interface ComparisonRow {
  unitId: string;
  name: string;
  /** the Träger's own row is the total of its Jobcenter */
  total: boolean;
  cells: Record<string, ComparisonCell | null>;
}
