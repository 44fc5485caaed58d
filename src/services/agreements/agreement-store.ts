/**
 * Reading and writing agreement rows. Every edit names the row version it read; the update
 * succeeds only on that version (optimistic concurrency), otherwise the caller gets a conflict
 * with the agreement as it is now.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import { agreementEvents, agreements, agreementVersions } from '../../db/schema/index.ts';
import type { AgreementContent, AgreementStatus } from '../../domain/agreements/agreement.ts';
import type { AgreementSide } from '../../domain/agreements/party-rights.ts';
import type { ServiceContext, Tx } from '../context.ts';
import { AppError } from '../errors.ts';
import { loadUnitDirectory } from '../units/unit-directory.ts';

export type AgreementRow = typeof agreements.$inferSelect;

export async function loadAgreementRow(tx: Tx, id: string): Promise<AgreementRow | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const [row] = await tx.select().from(agreements).where(eq(agreements.id, id));
  return row;
}

/** The side the actor stands for: steering when the steering party lies in the actor's units. */
export async function sideOf(ctx: ServiceContext, row: AgreementRow): Promise<AgreementSide> {
  const directory = await loadUnitDirectory(ctx);
  return directory.visible.has(row.steeringUnitId) ? 'steuernd' : 'ziel';
}

/** The agreement if the actor may see it (the party whose targets these are lies in the actor's units). */
export async function requireAgreement(ctx: ServiceContext, id: string, tx: Tx = ctx.db): Promise<AgreementRow> {
  const row = await loadAgreementRow(tx, id);
  const directory = await loadUnitDirectory(ctx);
  if (row === undefined || !directory.visible.has(row.unitId)) throw new AppError('not_found', `Zielvereinbarung ${id} nicht gefunden`);
  return row;
}

export async function loadContent(tx: Tx, id: string, versionNo: number): Promise<AgreementContent> {
  const [row] = await tx.select({ content: agreementVersions.content }).from(agreementVersions)
    .where(and(eq(agreementVersions.agreementId, id), eq(agreementVersions.versionNo, versionNo)));
  if (row === undefined) throw new AppError('not_found', `Version ${versionNo} der Zielvereinbarung ${id} nicht gefunden`);
  return row.content;
}

export async function listVersions(tx: Tx, id: string) {
  return tx.select({ versionNo: agreementVersions.versionNo, status: agreementVersions.status, reason: agreementVersions.reason, createdAt: agreementVersions.createdAt, createdBy: agreementVersions.createdBy })
    .from(agreementVersions).where(eq(agreementVersions.agreementId, id)).orderBy(asc(agreementVersions.versionNo));
}

export async function listEvents(tx: Tx, id: string) {
  return tx.select().from(agreementEvents).where(eq(agreementEvents.agreementId, id)).orderBy(asc(agreementEvents.id));
}

/** Bumps the row version if it still is `expected`; else a conflict naming the current state. */
export async function claimRowVersion(tx: Tx, row: AgreementRow, expected: number, set: { status?: AgreementStatus; currentVersion?: number } = {}): Promise<AgreementRow> {
  const [updated] = await tx.update(agreements)
    .set({ ...set, rowVersion: sql`${agreements.rowVersion} + 1`, updatedAt: sql`now()` })
    .where(and(eq(agreements.id, row.id), eq(agreements.rowVersion, expected)))
    .returning();
  if (updated === undefined) {
    const current = await loadAgreementRow(tx, row.id);
    throw new AppError('conflict', `Die Zielvereinbarung wurde inzwischen geändert (gelesen: Stand ${expected}, aktuell: Stand ${current?.rowVersion}). Bitte neu laden und die Änderung erneut anwenden.`, [{ path: 'rowVersion', message: `veraltet: ${expected}, aktuell ${current?.rowVersion}` }], current === undefined ? undefined : { rowVersion: current.rowVersion, status: current.status, currentVersion: current.currentVersion, updatedAt: current.updatedAt.toISOString() });
  }
  return updated;
}

export async function recordEvent(tx: Tx, ctx: ServiceContext, e: { agreementId: string; versionNo: number; action: string; fromStatus: AgreementStatus | null; toStatus: AgreementStatus; comment: string | null }): Promise<void> {
  await tx.insert(agreementEvents).values({ ...e, actor: ctx.actor.id });
}
