/**
 * The overview of a year: every agreement the viewer may see with the status of each target, in
 * one answer (the web application's Übersicht asked once per agreement before).
 */
import type { TargetStatus } from '../../domain/monitoring/types.ts';
import { listAgreements } from '../agreements/get-agreement.ts';
import type { AgreementSummary } from '../agreements/agreement-view.ts';
import type { ServiceContext } from '../context.ts';
import { cachedResult } from '../result-cache.ts';
import { assessAgreement } from './assess-agreement.ts';

export interface AgreementStatuses {
  agreement: AgreementSummary;
  /** the newest Datenstand any of its statuses rests on */
  datenstand: string | null;
  /** targets with a criterion, in document order */
  targets: {
    targetId: string;
    goalNumber: string;
    title: string | null;
    status: TargetStatus;
    explanation: string;
  }[];
}

export interface YearOverview {
  year: number;
  datenstand: 'latest' | number;
  agreements: AgreementStatuses[];
}

export async function overviewOfYear(
  ctx: ServiceContext,
  q: { year: number; datenstand: 'latest' | number },
): Promise<YearOverview> {
  const today = ctx.now().toISOString().slice(0, 10);
  return cachedResult(ctx, 'overview', { ...q, today }, async () => {
    const summaries = await listAgreements(ctx, { year: q.year });
    const agreements = await Promise.all(
      summaries.map(async (agreement): Promise<AgreementStatuses> => {
        const m = await assessAgreement(ctx, agreement.id, { datenstand: q.datenstand, today });
        const stands = m.targets
          .map((t) => t.snapshot?.datenstand ?? null)
          .filter((s): s is string => s !== null)
          .sort();
        return {
          agreement,
          datenstand: stands.at(-1) ?? null,
          targets: m.targets.flatMap((t) =>
            t.assessment === null
              ? []
              : [
                  {
                    targetId: t.targetId,
                    goalNumber: t.goalNumber,
                    title: t.title,
                    status: t.assessment.status,
                    explanation: t.assessment.explanation,
                  },
                ],
          ),
        };
      }),
    );
    return { year: q.year, datenstand: q.datenstand, agreements };
  });
}
