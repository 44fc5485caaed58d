/** Every operation of the API, one file each. */
import type { App, AppDeps } from '../app-types.ts';
import { registerListUnits } from './units/list-units.ts';
import { registerSession } from './session/session-routes.ts';
import { registerTokens } from './session/token-routes.ts';
import { registerSingleSignOn } from './session/oidc-routes.ts';
import { registerQueryValues } from './values/query-values.ts';
import { registerImportValues } from './values/import-values.ts';
import { registerListDatenstaende } from './values/list-datenstaende.ts';
import { registerListAgreements } from './agreements/list-agreements.ts';
import { registerGetAgreement } from './agreements/get-agreement.ts';
import { registerCreateAgreement } from './agreements/create-agreement.ts';
import { registerDraftNextYear } from './agreements/draft-next-year.ts';
import { registerUpdateContent } from './agreements/update-content.ts';
import { registerTransition } from './agreements/transition.ts';
import { registerRevise } from './agreements/revise.ts';
import { registerCompare } from './agreements/compare.ts';
import { registerCheckCascade } from './agreements/check-cascade.ts';
import { registerDeriveCascade } from './agreements/derive-cascade.ts';
import { registerAssessAgreement } from './monitoring/assess-agreement.ts';
import { registerOverview } from './monitoring/overview.ts';
import { registerFrameworkChanges } from './assessment/framework-changes.ts';
import { registerDecisions } from './assessment/decisions.ts';
import { registerListAudit } from './audit/list-audit.ts';
import { registerCheckAuditChain } from './audit/check-audit-chain.ts';
import { registerExportAudit } from './audit/export-audit.ts';
import { registerLocalIndicators } from './indicators/local-indicators.ts';
import { registerViewer } from './system/get-viewer.ts';
import { registerComparison } from './comparison/get-comparison.ts';
import { registerVergleichstyp } from './comparison/get-vergleichstyp.ts';
import { registerAgreementDocument } from './documents/agreement-document.ts';
import { registerMonitoringReport } from './documents/monitoring-report.ts';
import { registerDialogueAgenda } from './documents/dialogue-agenda.ts';
import { registerAssessmentReport } from './documents/assessment-report.ts';
import { registerExportTable } from './documents/export-table.ts';
import { registerListUserAccounts } from './administration/list-users.ts';
import { registerCreateUserAccount } from './administration/create-user.ts';
import { registerUpdateUserAccount } from './administration/update-user.ts';
import { registerResetUserPassword } from './administration/reset-password.ts';
import { registerListUnitTree } from './administration/list-units.ts';
import { registerCreateUnit } from './administration/create-unit.ts';
import { registerUpdateUnit } from './administration/update-unit.ts';

export const ROUTES: ((app: App, deps: AppDeps) => void)[] = [
  registerSession,
  registerSingleSignOn,
  registerTokens,
  registerListUnits,
  registerQueryValues,
  registerImportValues,
  registerListDatenstaende,
  registerListAgreements,
  registerGetAgreement,
  registerCreateAgreement,
  registerDraftNextYear,
  registerUpdateContent,
  registerTransition,
  registerRevise,
  registerCompare,
  registerCheckCascade,
  registerDeriveCascade,
  registerAssessAgreement,
  registerOverview,
  registerFrameworkChanges,
  registerDecisions,
  registerListAudit,
  registerCheckAuditChain,
  registerExportAudit,
  registerLocalIndicators,
  registerViewer,
  registerComparison,
  registerVergleichstyp,
  // documents: the agreement as PDF/DOCX, the reports as PDF, table exports as XLSX/CSV
  registerAgreementDocument,
  registerMonitoringReport,
  registerDialogueAgenda,
  registerAssessmentReport,
  registerExportTable,
  // administration: accounts and the unit tree
  registerListUserAccounts,
  registerCreateUserAccount,
  registerUpdateUserAccount,
  registerResetUserPassword,
  registerListUnitTree,
  registerCreateUnit,
  registerUpdateUnit,
];
