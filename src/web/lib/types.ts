/** Shapes of the API's answers, taken from the zod contracts (types only: no zod in the bundle). */
import type { z } from 'zod';
import type {
  agreementSummarySchema,
  agreementViewSchema,
  changeSchema,
} from '../../contracts/agreements.ts';
import type {
  agreementMonitoringSchema,
  decisionSchema,
  frameworkChangeSchema,
  targetAssessmentSchema,
} from '../../contracts/monitoring.ts';
import type { datenstandSchema, storedValueSchema } from '../../contracts/values.ts';
import type { unitSchema } from '../../contracts/units.ts';
import type { yearOverviewSchema } from '../../contracts/overview.ts';
import type { ProtectionMark } from '../../domain/disclosure/control/mark.ts';

export type AgreementSummary = z.infer<typeof agreementSummarySchema>;
export type AgreementView = z.infer<typeof agreementViewSchema>;
export type VersionChange = z.infer<typeof changeSchema>;
export type AgreementMonitoring = z.infer<typeof agreementMonitoringSchema>;
export type MonitoringTarget = AgreementMonitoring['targets'][number];
export type TargetAssessment = z.infer<typeof targetAssessmentSchema>;
export type TargetStatus = TargetAssessment['status'];
export type FrameworkChange = z.infer<typeof frameworkChangeSchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type Datenstand = z.infer<typeof datenstandSchema>;
export type StoredValue = z.infer<typeof storedValueSchema>;
/**
 * GET /api/values: a stored value as the viewer may see it. The route extends the stored value by
 * `suppressed`: a withheld figure keeps its row with value, zaehler and nenner null.
 */
export type ShownValue = StoredValue & { suppressed: ProtectionMark | null };
export type YearOverview = z.infer<typeof yearOverviewSchema>;
export type AgreementStatuses = YearOverview['agreements'][number];

/** GET /api/units */
export type UnitView = z.infer<typeof unitSchema>;

/** GET /api/me */
export interface Viewer {
  id: string;
  name: string;
  role: 'ministerium' | 'traeger' | 'jobcenter' | 'administration';
  unitId: string;
  microdataRights: boolean;
}
