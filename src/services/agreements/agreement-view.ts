/** What the API returns for an agreement: never the database rows as they are. */
import type { AgreementContent, AgreementStatus } from '../../domain/agreements/agreement.ts';
import type { ServiceContext } from '../context.ts';
import { loadUnitDirectory } from '../units/unit-directory.ts';
import {
  findReviewMarks,
  listEventRows,
  listVersionRows,
} from '../../db/repositories/agreements.ts';
import type { ReviewMark } from '../../domain/agreements/year-review.ts';
import { loadContent, type AgreementRow } from './agreement-store.ts';
import { agreementPermissions, type AgreementPermissions } from '../../domain/access/rights.ts';
import { agreementFacts } from '../access.ts';
import type { LocalIndicator } from '../../domain/agreements/criteria.ts';
import { indicatorsOfAgreement } from '../indicators/agreement-indicators.ts';

export interface AgreementSummary {
  id: string;
  year: number;
  steeringUnit: { id: string; name: string };
  unit: { id: string; name: string };
  /** every party with its side, in the content's order */
  parties: { id: string; name: string; side: 0 | 1 }[];
  parentAgreementId: string | null;
  status: AgreementStatus;
  currentVersion: number;
  rowVersion: number;
  updatedAt: string;
}

export interface AgreementView extends AgreementSummary {
  /** what the acting user may do with it now (the web application offers exactly this) */
  permissions: AgreementPermissions;
  /** the version shown (the current one unless another was asked for) */
  versionNo: number;
  content: AgreementContent;
  /** texts of this version a party still has to check ("Jahresangabe prüfen"), year-review.ts */
  reviewMarks: ReviewMark[];
  /** the local indicators the content measures on, so that it is rendered with their names */
  indicators: LocalIndicator[];
  versions: {
    versionNo: number;
    status: AgreementStatus;
    reason: string | null;
    createdAt: string;
    createdBy: string;
  }[];
  events: {
    action: string;
    fromStatus: AgreementStatus | null;
    toStatus: AgreementStatus;
    versionNo: number;
    comment: string | null;
    actor: string;
    at: string;
  }[];
}

export async function summarize(
  ctx: ServiceContext,
  rows: AgreementRow[],
): Promise<AgreementSummary[]> {
  const directory = await loadUnitDirectory(ctx);
  const named = (id: string) => ({ id, name: directory.byId.get(id)?.name ?? id });
  return rows.map((r) => ({
    id: r.id,
    year: r.year,
    steeringUnit: named(r.steeringUnitId),
    unit: named(r.unitId),
    parties: r.parties.map((p) => ({ ...named(p.unitId), side: p.side })),
    // the parent is the steering party's own agreement: shown only to who sees that party
    parentAgreementId: directory.visible.has(r.steeringUnitId) ? r.parentAgreementId : null,
    status: r.status,
    currentVersion: r.currentVersion,
    rowVersion: r.rowVersion,
    updatedAt: r.updatedAt.toISOString(),
  }));
}

export async function presentAgreement(
  ctx: ServiceContext,
  row: AgreementRow,
  versionNo = row.currentVersion,
): Promise<AgreementView> {
  const [summary] = await summarize(ctx, [row]);
  const versions = await listVersionRows(ctx.db, row.id);
  const events = await listEventRows(ctx.db, row.id);
  const content = await loadContent(ctx.db, row.id, versionNo);
  const current =
    versionNo === row.currentVersion
      ? content
      : await loadContent(ctx.db, row.id, row.currentVersion);
  const directory = await loadUnitDirectory(ctx);
  return {
    ...summary!,
    permissions: agreementPermissions(ctx.actor, directory, agreementFacts(row, current)),
    versionNo,
    content,
    reviewMarks: await findReviewMarks(ctx.db, row.id, versionNo),
    indicators: await indicatorsOfAgreement(ctx, content),
    versions: versions.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() })),
    events: events.map((e) => ({
      action: e.action,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      versionNo: e.versionNo,
      comment: e.comment,
      actor: e.actor,
      at: e.at.toISOString(),
    })),
  };
}
