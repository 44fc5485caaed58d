/**
 * An agreement's targets judged for the reports, optionally as of a month (assessAgreement with
 * untilMonth: a report for June shows June's status and its forecast from June), with the goal
 * each target belongs to.
 */
import { sidesLabel } from '../../domain/agreements/parties.ts';
import type { AgreementContent } from '../../domain/agreements/agreement.ts';
import type { ReportAgreement, ReportTarget } from '../../documents/models/report-data.ts';
import { getAgreement } from '../agreements/get-agreement.ts';
import type { ServiceContext } from '../context.ts';
import { assessAgreement } from '../monitoring/assess-agreement.ts';
import { targetsOf } from '../../domain/agreements/agreement.ts';

export interface ReportTargetsRequest {
  datenstand: 'latest' | number;
  /** judge as of this month (1–12) of the agreement year; undefined = every month with data */
  untilMonth?: number;
  /** ISO date milestones are judged on */
  today: string;
}

export interface LoadedReportTargets {
  agreement: ReportAgreement;
  content: AgreementContent;
  targets: ReportTarget[];
  /** Datenstände of the figures used */
  stands: string[];
}

export async function loadReportTargets(
  ctx: ServiceContext,
  agreementId: string,
  req: ReportTargetsRequest,
): Promise<LoadedReportTargets> {
  const view = await getAgreement(ctx, agreementId);
  const content = view.content;
  const monitoring = await assessAgreement(ctx, agreementId, req);
  const byId = new Map(targetsOf(content).map((t) => [t.id, t]));
  const goalOf = new Map(
    content.goals.flatMap((g) =>
      g.blocks.flatMap((b) => (b.kind === 'ziel' ? [[b.target.id, g] as const] : [])),
    ),
  );
  const stands = monitoring.targets.flatMap((t) =>
    t.snapshot?.datenstand ? [t.snapshot.datenstand] : [],
  );
  return {
    agreement: {
      id: view.id,
      year: content.year,
      status: view.status,
      versionNo: view.versionNo,
      parties: sidesLabel(content),
      unitName: view.unit.name,
    },
    content,
    targets: monitoring.targets.map((m) => ({
      target: byId.get(m.targetId)!,
      goalNumber: m.goalNumber,
      goalTitle: goalOf.get(m.targetId)?.title ?? '',
      sentence: m.sentence,
      assessment: m.assessment,
      snapshot: m.snapshot,
    })),
    stands: [...new Set(stands)],
  };
}
