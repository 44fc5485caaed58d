/**
 * Agreements as the services see them: visible to the actor or "not found", content by version,
 * and optimistic concurrency (every edit names the row version it read; a stale one gets a
 * conflict with the agreement as it is now).
 */
import type { AgreementContent, AgreementStatus } from '../../domain/agreements/agreement.ts';
import * as repo from '../../db/repositories/agreements.ts';
import type { PartyFacts } from '../../domain/access/rights-model.ts';
import type { ServiceContext, Tx } from '../context.ts';
import { AppError } from '../errors.ts';
import { agreementFacts, authorize } from '../access.ts';

export type AgreementRow = repo.AgreementRow;

export const loadAgreementRow = repo.findAgreement;

/** The agreement if the actor may see it (the party whose targets these are lies in the actor's units). */
export async function requireAgreement(
  ctx: ServiceContext,
  id: string,
  lock?: 'share',
): Promise<AgreementRow> {
  const row = await repo.findAgreement(ctx.db, id, lock);
  if (row === undefined) throw new AppError('not_found', `Zielvereinbarung ${id} nicht gefunden`);
  try {
    await authorize(ctx, { kind: 'agreement.read', agreement: agreementFacts(row) });
  } catch (error) {
    // not found looks the same whether the agreement is missing or someone else's
    if (error instanceof AppError && error.code === 'not_found')
      throw new AppError('not_found', `Zielvereinbarung ${id} nicht gefunden`);
    throw error;
  }
  return row;
}

export async function loadContent(
  tx: Tx,
  id: string,
  versionNo: number,
): Promise<AgreementContent> {
  const content = await repo.findContent(tx, id, versionNo);
  if (content === undefined)
    throw new AppError(
      'not_found',
      `Version ${versionNo} der Zielvereinbarung ${id} nicht gefunden`,
    );
  return content;
}

/** Bumps the row version if it still is `expected`; else a conflict naming the current state. */
export async function claimRowVersion(
  tx: Tx,
  row: AgreementRow,
  expected: number,
  set: { status?: AgreementStatus; currentVersion?: number; parties?: PartyFacts[] } = {},
): Promise<AgreementRow> {
  const updated = await repo.bumpRowVersion(tx, row.id, expected, set);
  if (updated !== undefined) return updated;
  const current = await repo.findAgreement(tx, row.id);
  throw new AppError(
    'conflict',
    `Die Zielvereinbarung wurde inzwischen geändert (gelesen: Stand ${expected}, aktuell: Stand ${current?.rowVersion}). Bitte neu laden und die Änderung erneut anwenden.`,
    [{ path: 'rowVersion', message: `veraltet: ${expected}, aktuell ${current?.rowVersion}` }],
    current === undefined
      ? undefined
      : {
          rowVersion: current.rowVersion,
          status: current.status,
          currentVersion: current.currentVersion,
          updatedAt: current.updatedAt.toISOString(),
        },
  );
}

export async function recordEvent(
  tx: Tx,
  ctx: ServiceContext,
  e: {
    agreementId: string;
    versionNo: number;
    action: string;
    fromStatus: AgreementStatus | null;
    toStatus: AgreementStatus;
    comment: string | null;
  },
): Promise<void> {
  await repo.insertEvent(tx, { ...e, actor: ctx.actor.id });
}
