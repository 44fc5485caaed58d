/**
 * The monthly monitoring report of a unit (Träger or örtliches Jobcenter) as PDF: its agreement
 * of that year judged as of the month, and the comparison of the Jobcenter.
 */
import {
  buildMonitoringReportDocument,
  type MonitoringReportData,
} from '../../documents/models/monitoring-report.ts';
import { renderPdf } from '../../documents/render/typst/render-pdf.ts';
import { listAgreements } from '../agreements/get-agreement.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { cachedResult } from '../result-cache.ts';
import { loadComparisonFigures } from './comparison-values.ts';
import { documentFile, type DocumentFile } from './document-file.ts';
import { loadReportTargets } from './report-targets.ts';

export interface MonitoringReportRequest {
  unitId: string;
  /** YYYY-MM */
  month: string;
  datenstand?: 'latest' | number;
}

/** The last day of the month, or today if that is earlier (a report on the running month). */
export function reportDay(month: string, now: Date): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  const today = now.toISOString().slice(0, 10);
  return today < last ? today : last;
}

export async function loadMonitoringReportData(
  ctx: ServiceContext,
  req: MonitoringReportRequest,
): Promise<MonitoringReportData> {
  const datenstand = req.datenstand ?? 'latest';
  const year = Number(req.month.slice(0, 4));
  const comparison = await loadComparisonFigures(ctx, req.unitId, req.month, datenstand);
  const summary = (await listAgreements(ctx, { year })).find((a) => a.unit.id === req.unitId);
  const loaded =
    summary === undefined
      ? null
      : await loadReportTargets(ctx, summary.id, {
          datenstand,
          untilMonth: Number(req.month.slice(5, 7)),
          today: reportDay(req.month, ctx.now()),
        });
  return {
    unit: { id: comparison.unit.id, name: comparison.unit.name, kind: comparison.unit.kind },
    month: req.month,
    agreement: loaded?.agreement ?? null,
    targets: loaded?.targets ?? [],
    comparison: comparison.rows,
    microdataRights: ctx.actor.microdataRights,
    generatedAt: ctx.now().toISOString(),
    generatedBy: ctx.actor.name,
    datenstand,
    stands: [...new Set([...(loaded?.stands ?? []), ...comparison.stands])],
  };
}

/**
 * Rendered once per store generation, viewer, question and minute (result-cache.ts): the report
 * says when it was made, to the minute. Every export is recorded, a shared one too.
 */
export async function renderMonitoringReport(
  ctx: ServiceContext,
  req: MonitoringReportRequest,
): Promise<DocumentFile> {
  const minute = ctx.now().toISOString().slice(0, 16);
  const at = new Date(`${minute}:00Z`);
  const file = await cachedResult(ctx, 'monitoring-report', { ...req, minute }, async () => {
    const model = buildMonitoringReportDocument(
      await loadMonitoringReportData({ ...ctx, now: () => at }, req),
    );
    return documentFile(renderPdf(model), 'pdf', model.fileName);
  });
  await recordAudit(ctx.db, ctx.actor, 'export.monitoring_report', 'unit', req.unitId, {
    format: 'pdf',
    month: req.month,
    datenstand: req.datenstand ?? 'latest',
  });
  return file;
}
