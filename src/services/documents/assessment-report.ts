/**
 * The Zielerreichungsbericht as PDF: the year judged on all figures of the Datenstand, with the
 * recorded decisions (record-decision.ts) and framework changes (framework-changes.ts).
 */
import {
  buildAssessmentReportDocument,
  type DecisionRecord,
} from '../../documents/models/assessment-report.ts';
import { renderPdf } from '../../documents/render/typst/render-pdf.ts';
import type { TargetAssessment } from '../../domain/monitoring/types.ts';
import { loadActor } from '../actors.ts';
import { listFrameworkChanges } from '../assessment/framework-changes.ts';
import { listDecisions } from '../assessment/record-decision.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { documentFile, type DocumentFile } from './document-file.ts';
import { loadReportTargets } from './report-targets.ts';

/** User ids → names; an id that is no longer a user stays as it is. */
async function namesOf(ctx: ServiceContext, ids: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const id of new Set(ids))
    names.set(
      id,
      await loadActor(ctx.db, id).then(
        (a) => a.name,
        () => id,
      ),
    );
  return names;
}

export async function renderAssessmentReport(
  ctx: ServiceContext,
  agreementId: string,
  options: { datenstand?: 'latest' | number } = {},
): Promise<DocumentFile> {
  const datenstand = options.datenstand ?? 'latest';
  const loaded = await loadReportTargets(ctx, agreementId, {
    datenstand,
    today: ctx.now().toISOString().slice(0, 10),
  });
  const rows = await listDecisions(ctx, agreementId);
  const names = await namesOf(
    ctx,
    rows.map((r) => r.decidedBy),
  );
  const decisions: DecisionRecord[] = rows.map((r) => ({
    targetId: r.targetId,
    systemStatus: (r.systemResult as TargetAssessment | null)?.status ?? null,
    finalDecision: r.finalDecision as DecisionRecord['finalDecision'],
    adjustment: r.adjustment,
    frameworkChangeIds: r.frameworkChangeIds,
    decidedBy: names.get(r.decidedBy) ?? r.decidedBy,
    decidedAt: r.decidedAt,
  }));
  const changes = (await listFrameworkChanges(ctx, agreementId)).map((c) => ({
    id: c.id,
    since: c.since,
    description: c.description,
    targetIds: c.targetIds,
  }));
  const model = buildAssessmentReportDocument({
    agreement: loaded.agreement,
    targets: loaded.targets,
    decisions,
    frameworkChanges: changes,
    generatedAt: ctx.now().toISOString(),
    generatedBy: ctx.actor.name,
    datenstand,
    stands: loaded.stands,
  });
  const file = documentFile(renderPdf(model), 'pdf', model.fileName);
  await recordAudit(ctx.db, ctx.actor, 'export.assessment_report', 'agreement', agreementId, {
    format: 'pdf',
    datenstand,
  });
  return file;
}
