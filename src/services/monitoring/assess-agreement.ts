/**
 * Monitoring of one agreement: every target judged on one Datenstand ("latest" or a given one),
 * with the series a chart needs (this year, reference year, Soll-Verlauf, forecast).
 */
import {
  targetsOf,
  type AgreementContent,
  type Target,
} from '../../domain/agreements/agreement.ts';
import type { Criterion } from '../../domain/agreements/criteria.ts';
import { renderCriterion } from '../../domain/agreements/sentence.ts';
import { asOfDate } from '../../domain/monitoring/as-of.ts';
import { assessTarget } from '../../domain/monitoring/attainment.ts';
import { FORECAST_BANDS } from '../../domain/monitoring/forecast-bands.ts';
import { metricOf, referenceYearOf } from '../../domain/agreements/metric-of.ts';
import type {
  MetricSnapshot,
  TargetAssessment,
  TargetStatus,
} from '../../domain/monitoring/types.ts';
import type { ServiceContext } from '../context.ts';
import { cachedResult } from '../result-cache.ts';
import { loadContent, requireAgreement } from '../agreements/agreement-store.ts';
import { loadMetricSnapshots } from './metric-snapshot.ts';
import { monitorSplit, type SplitMonitoring } from './monitor-split.ts';
import { indicatorsOfAgreement } from '../indicators/agreement-indicators.ts';

export interface TargetMonitoring {
  targetId: string;
  goalNumber: string;
  role: Target['role'];
  title: string | null;
  kind: Criterion['kind'] | null;
  sentence: string | null;
  assessment: TargetAssessment | null;
  /** the figures behind the judgement (null for targets without a metric) */
  snapshot: MetricSnapshot | null;
  path: (number | null)[] | null;
  /** a target split by sex: each part judged on its own, and whether the parts fit the total */
  split: SplitMonitoring | null;
}

export interface AgreementMonitoring {
  agreementId: string;
  year: number;
  unitId: string;
  datenstand: 'latest' | number;
  today: string;
  targets: TargetMonitoring[];
}

/** the genitive naming whose targets these are, e.g. "des Jobcenters Ahaus" */
export function subjectOf(content: AgreementContent): string {
  return content.targetSubject;
}

export interface AssessOptions {
  datenstand?: 'latest' | number;
  /** ISO date milestones are judged on; default today */
  today?: string;
  /** judge as of this month (1–12) of the agreement year: later figures are left out */
  untilMonth?: number;
}

/** The snapshot as it was at the end of `month`: later months of the target year left out. */
function cutAfter(snapshot: MetricSnapshot, month: number | undefined): MetricSnapshot {
  if (month === undefined) return snapshot;
  return { ...snapshot, current: snapshot.current.map((o, i) => (i < month ? o : null)) };
}

/** Judged once per store generation, viewer and question (result-cache.ts); the result is frozen. */
export async function assessAgreement(
  ctx: ServiceContext,
  agreementId: string,
  options: AssessOptions = {},
): Promise<AgreementMonitoring> {
  const question = {
    agreementId,
    datenstand: options.datenstand ?? 'latest',
    today: options.today ?? ctx.now().toISOString().slice(0, 10),
    untilMonth: options.untilMonth,
  };
  return cachedResult(ctx, 'monitoring', question, () => judgeAgreement(ctx, question));
}

async function judgeAgreement(
  ctx: ServiceContext,
  {
    agreementId,
    datenstand,
    today,
    untilMonth,
  }: { agreementId: string; datenstand: 'latest' | number; today: string; untilMonth?: number },
): Promise<AgreementMonitoring> {
  const row = await requireAgreement(ctx, agreementId);
  const content = await loadContent(ctx.db, agreementId, row.currentVersion);
  const options = { untilMonth };
  // "Stand Ende Juni" judges milestones against 30 June, wherever it is shown
  const asOf = asOfDate(content.year, untilMonth, today);
  const goalOf = new Map(
    content.goals.flatMap((g) =>
      g.blocks.flatMap((b) => (b.kind === 'ziel' ? [[b.target.id, g.number] as const] : [])),
    ),
  );
  const targets = targetsOf(content);
  // local indicators are named by their names in sentences and explanations, never by id
  const indicators = await indicatorsOfAgreement(ctx, content);
  const snapshots = new Map<string, MetricSnapshot | null>();
  const forecastSizes = new Map<string, number | null>();
  const measured = targets.flatMap((t) => {
    const metric = metricOf(t.criterion);
    return metric === null
      ? []
      : [
          {
            target: t,
            req: {
              metric,
              unitId: row.unitId,
              year: content.year,
              referenceYear: referenceYearOf(t.criterion, content.year),
              datenstand,
            },
          },
        ];
  });
  const loaded = await loadMetricSnapshots(
    ctx,
    measured.map((m) => m.req),
    indicators,
  );
  measured.forEach(({ target }, i) => {
    snapshots.set(target.id, cutAfter(loaded[i]!.snapshot, options.untilMonth));
    forecastSizes.set(target.id, loaded[i]!.forecastSize);
  });
  // parts before the composites that combine them, whatever the document order
  const statuses: Record<string, TargetStatus> = {};
  const assessments = new Map<string, TargetAssessment>();
  const ordered = [
    ...targets.filter((t) => t.criterion?.kind !== 'zusammengesetzt'),
    ...targets.filter((t) => t.criterion?.kind === 'zusammengesetzt'),
  ];
  for (const t of ordered) {
    if (t.criterion === null) continue;
    const a = assessTarget(
      t,
      {
        today: asOf,
        year: content.year,
        snapshot: snapshots.get(t.id) ?? null,
        partStatuses: { ...statuses },
      },
      FORECAST_BANDS,
      { forecastSize: forecastSizes.get(t.id) ?? null, indicators },
    );
    assessments.set(t.id, a);
    statuses[t.id] = a.status;
  }
  return {
    agreementId,
    year: content.year,
    unitId: row.unitId,
    datenstand,
    today: asOf,
    targets: await Promise.all(
      targets.map(async (t) => ({
        targetId: t.id,
        goalNumber: goalOf.get(t.id) ?? '',
        role: t.role,
        title: t.title,
        kind: t.criterion?.kind ?? null,
        sentence:
          t.criterion === null
            ? null
            : renderCriterion(t.criterion, {
                year: content.year,
                subject: subjectOf(content),
                role: t.role,
                lead: t.lead,
                indicators,
              }),
        assessment: assessments.get(t.id) ?? null,
        snapshot: snapshots.get(t.id) ?? null,
        path: t.values.path,
        split:
          t.split === null || t.criterion === null
            ? null
            : await monitorSplit(ctx, t, {
                year: content.year,
                unitId: row.unitId,
                today: asOf,
                datenstand,
                subject: subjectOf(content),
                indicators,
              }),
      })),
    ),
  };
}
