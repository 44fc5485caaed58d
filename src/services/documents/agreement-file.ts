/** The agreement (a given version, default the current one) as PDF or DOCX. */
import { buildAgreementDocument } from '../../documents/models/agreement-document.ts';
import { renderDocx } from '../../documents/render/docx/render-docx.ts';
import { renderPdf } from '../../documents/render/typst/render-pdf.ts';
import { getAgreement } from '../agreements/get-agreement.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { documentFile, type DocumentFile } from './document-file.ts';

export async function renderAgreementFile(
  ctx: ServiceContext,
  agreementId: string,
  format: 'pdf' | 'docx',
  versionNo?: number,
): Promise<DocumentFile> {
  const view = await getAgreement(ctx, agreementId, versionNo);
  // the status of the version shown: an older signed version stays signed while a revision is drafted
  const status = view.versions.find((v) => v.versionNo === view.versionNo)?.status ?? view.status;
  const model = buildAgreementDocument(view.content, {
    status,
    versionNo: view.versionNo,
    indicators: view.indicators,
  });
  const bytes = format === 'pdf' ? renderPdf(model) : await renderDocx(model);
  await recordAudit(ctx.db, ctx.actor, 'export.agreement_document', 'agreement', agreementId, {
    format,
    versionNo: view.versionNo,
  });
  return documentFile(bytes, format, model.fileName);
}
