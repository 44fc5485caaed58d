/** The preparation of a Zielsteuerungsdialog as PDF: the agreement judged as of a month (default: the latest data). */
import { buildDialogueAgendaDocument } from '../../documents/models/dialogue-agenda.ts';
import { renderPdf } from '../../documents/render/typst/render-pdf.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { documentFile, type DocumentFile } from './document-file.ts';
import { reportDay } from './monitoring-report.ts';
import { loadReportTargets } from './report-targets.ts';

export interface DialogueAgendaRequest {
  /** YYYY-MM within the agreement year; undefined = the latest month with data, judged today */
  month?: string;
  datenstand?: 'latest' | number;
}

export async function renderDialogueAgenda(
  ctx: ServiceContext,
  agreementId: string,
  req: DialogueAgendaRequest = {},
): Promise<DocumentFile> {
  const datenstand = req.datenstand ?? 'latest';
  const month = req.month === undefined ? undefined : Number(req.month.slice(5, 7));
  const today =
    req.month === undefined
      ? ctx.now().toISOString().slice(0, 10)
      : reportDay(req.month, ctx.now());
  const loaded = await loadReportTargets(ctx, agreementId, {
    datenstand,
    untilMonth: month,
    today,
  });
  const model = buildDialogueAgendaDocument({
    agreement: loaded.agreement,
    targets: loaded.targets,
    month: month ?? null,
    generatedAt: ctx.now().toISOString(),
    generatedBy: ctx.actor.name,
    datenstand,
    stands: loaded.stands,
  });
  const file = documentFile(renderPdf(model), 'pdf', model.fileName);
  await recordAudit(ctx.db, ctx.actor, 'export.dialogue_agenda', 'agreement', agreementId, {
    format: 'pdf',
    month: req.month ?? null,
    datenstand,
  });
  return file;
}
