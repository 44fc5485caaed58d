/** Agreements, their versions and lifecycle events. */
import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { AgreementContent, AgreementStatus } from '../../domain/agreements/agreement.ts';
import type { ReviewMark } from '../../domain/agreements/year-review.ts';
import { withPartySides } from '../../domain/agreements/parties.ts';
import type { PartyFacts } from '../../domain/access/rights-model.ts';
import type { Executor } from '../executor.ts';
import { agreementEvents, agreements, agreementVersions } from '../schema/index.ts';

export type AgreementRow = typeof agreements.$inferSelect;
export type AgreementEventRow = typeof agreementEvents.$inferSelect;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `lock: 'share'` (inside a transaction) holds the row until commit against status changes, so a
 * decision taken on "unterzeichnet" cannot race the step to "bewertet".
 */
export async function findAgreement(
  ex: Executor,
  id: string,
  lock?: 'share',
): Promise<AgreementRow | undefined> {
  if (!UUID.test(id)) return undefined;
  const query = ex.select().from(agreements).where(eq(agreements.id, id));
  const [row] = lock === 'share' ? await query.for('share') : await query;
  return row;
}

/** The agreement of a pair of parties in a year (there is at most one). */
export async function findAgreementOfParties(
  ex: Executor,
  p: { year: number; steeringUnitId: string; unitId: string },
): Promise<AgreementRow | undefined> {
  const [row] = await ex
    .select()
    .from(agreements)
    .where(
      and(
        eq(agreements.year, p.year),
        eq(agreements.steeringUnitId, p.steeringUnitId),
        eq(agreements.unitId, p.unitId),
      ),
    );
  return row;
}

/** Agreements of the given units, and those where `partyUnitId` is one of the parties. */
export async function listAgreementRows(
  ex: Executor,
  f: { unitIds: readonly string[]; partyUnitId?: string; year?: number },
): Promise<AgreementRow[]> {
  const whose = [
    ...(f.unitIds.length === 0 ? [] : [inArray(agreements.unitId, [...f.unitIds])]),
    ...(f.partyUnitId === undefined
      ? []
      : [sql`${agreements.parties} @> ${JSON.stringify([{ unitId: f.partyUnitId }])}::jsonb`]),
  ];
  if (whose.length === 0) return [];
  return ex
    .select()
    .from(agreements)
    .where(and(or(...whose), ...(f.year === undefined ? [] : [eq(agreements.year, f.year)])))
    .orderBy(desc(agreements.year), agreements.unitId);
}

export async function listChildAgreements(ex: Executor, parentId: string): Promise<AgreementRow[]> {
  return ex
    .select()
    .from(agreements)
    .where(eq(agreements.parentAgreementId, parentId))
    .orderBy(agreements.unitId);
}

export async function insertAgreement(
  ex: Executor,
  a: {
    year: number;
    steeringUnitId: string;
    unitId: string;
    parties: PartyFacts[];
    parentAgreementId: string | null;
    status: AgreementStatus;
  },
): Promise<AgreementRow> {
  const [row] = await ex
    .insert(agreements)
    .values({ ...a, currentVersion: 1 })
    .returning();
  return row!;
}

/** Bumps the row version if it still is `expected` (optimistic concurrency); undefined if not. */
export async function bumpRowVersion(
  ex: Executor,
  id: string,
  expected: number,
  set: { status?: AgreementStatus; currentVersion?: number; parties?: PartyFacts[] } = {},
): Promise<AgreementRow | undefined> {
  const [updated] = await ex
    .update(agreements)
    .set({ ...set, rowVersion: sql`${agreements.rowVersion} + 1`, updatedAt: sql`now()` })
    .where(and(eq(agreements.id, id), eq(agreements.rowVersion, expected)))
    .returning();
  return updated;
}

export async function findContent(
  ex: Executor,
  id: string,
  versionNo: number,
): Promise<AgreementContent | undefined> {
  const [row] = await ex
    .select({ content: agreementVersions.content })
    .from(agreementVersions)
    .where(and(eq(agreementVersions.agreementId, id), eq(agreementVersions.versionNo, versionNo)));
  return row === undefined ? undefined : withPartySides(row.content);
}

/** The texts of a version a party still has to check (none for a version that has none). */
export async function findReviewMarks(
  ex: Executor,
  id: string,
  versionNo: number,
): Promise<ReviewMark[]> {
  const [row] = await ex
    .select({ marks: agreementVersions.reviewMarks })
    .from(agreementVersions)
    .where(and(eq(agreementVersions.agreementId, id), eq(agreementVersions.versionNo, versionNo)));
  return row?.marks ?? [];
}

/** The contents of several agreements' given versions at once, by agreement id. */
export async function findContents(
  ex: Executor,
  wanted: readonly { id: string; versionNo: number }[],
): Promise<Map<string, AgreementContent>> {
  if (wanted.length === 0) return new Map();
  const rows = await ex
    .select({
      id: agreementVersions.agreementId,
      versionNo: agreementVersions.versionNo,
      content: agreementVersions.content,
    })
    .from(agreementVersions)
    .where(
      inArray(
        agreementVersions.agreementId,
        wanted.map((w) => w.id),
      ),
    );
  const versionOf = new Map(wanted.map((w) => [w.id, w.versionNo]));
  return new Map(
    rows
      .filter((r) => versionOf.get(r.id) === r.versionNo)
      .map((r) => [r.id, withPartySides(r.content)]),
  );
}

export async function listVersionRows(ex: Executor, id: string) {
  return ex
    .select({
      versionNo: agreementVersions.versionNo,
      status: agreementVersions.status,
      reason: agreementVersions.reason,
      createdAt: agreementVersions.createdAt,
      createdBy: agreementVersions.createdBy,
    })
    .from(agreementVersions)
    .where(eq(agreementVersions.agreementId, id))
    .orderBy(asc(agreementVersions.versionNo));
}

export async function insertVersion(
  ex: Executor,
  v: {
    agreementId: string;
    versionNo: number;
    status: AgreementStatus;
    content: AgreementContent;
    reason?: string | null;
    createdBy: string;
    reviewMarks?: ReviewMark[];
  },
): Promise<void> {
  await ex.insert(agreementVersions).values(v);
}

export async function updateVersion(
  ex: Executor,
  id: string,
  versionNo: number,
  set: { status?: AgreementStatus; content?: AgreementContent; reviewMarks?: ReviewMark[] },
): Promise<void> {
  await ex
    .update(agreementVersions)
    .set(set)
    .where(and(eq(agreementVersions.agreementId, id), eq(agreementVersions.versionNo, versionNo)));
}

export async function listEventRows(ex: Executor, id: string): Promise<AgreementEventRow[]> {
  return ex
    .select()
    .from(agreementEvents)
    .where(eq(agreementEvents.agreementId, id))
    .orderBy(asc(agreementEvents.id));
}

export async function insertEvent(
  ex: Executor,
  e: {
    agreementId: string;
    versionNo: number;
    action: string;
    fromStatus: AgreementStatus | null;
    toStatus: AgreementStatus;
    comment: string | null;
    actor: string;
  },
): Promise<void> {
  await ex.insert(agreementEvents).values(e);
}

export async function countAgreements(ex: Executor): Promise<number> {
  const [row] = await ex.select({ n: sql<number>`count(*)::int` }).from(agreements);
  return row!.n;
}
