/**
 * The audit trail: append-only records in a hash chain (schema/audit.ts, docs/audit.md). Appends
 * lock the chain head inside the writing transaction, so the hash of each record is computed
 * from its committed predecessor and concurrent transactions form one chain; the triggers of
 * migration 0002 refuse anything else.
 */
import { and, asc, desc, eq, gt, gte, like, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor, Transaction } from '../executor.ts';
import { auditChainHead, auditLog, storeGeneration } from '../schema/index.ts';

/** A record's time as the chain hashes it: UTC with microseconds, as PostgreSQL keeps it. */
/**
 * The detail as JSON text, parsed here: drizzle's jsonb mapping parses a string value a second
 * time (the detail "4" would come back as the number 4), which would break the record's hash.
 */
const detailText = sql<string>`${auditLog.detail}::text`;
const parseDetail = <T extends { detail: string }>(
  row: T,
): Omit<T, 'detail'> & { detail: unknown } => ({
  ...row,
  detail: JSON.parse(row.detail) as unknown,
});

const atText = (column: SQL | typeof auditLog.at) =>
  sql<string>`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export interface ChainHead {
  /** id of the newest record; 0 when the trail is empty */
  seq: number;
  hash: string;
  at: Date | null;
  action: string | null;
}

export interface LockedHead extends ChainHead {
  /** PostgreSQL's clock now, under the lock (the time of the records about to be appended) */
  now: string;
}

/**
 * Locks the chain head until the transaction ends and reads it. When the append is part of a
 * service's transaction (`withinWork`), the store's generation row is locked first, as every
 * write of the services' tables does (migration 0001): then the chain head is only ever locked
 * by a transaction that already holds the generation, or by one that does nothing but append,
 * and the two locks cannot wait on each other in a cycle. An append of its own (an export) does not wait for the
 * generation, so a download does not wait for a running import.
 */
export async function lockChainHead(
  tx: Transaction,
  options: { withinWork: boolean },
): Promise<LockedHead> {
  if (options.withinWork)
    await tx.select({ n: storeGeneration.n }).from(storeGeneration).for('no key update');
  const [head] = await tx
    .select({
      seq: auditChainHead.seq,
      hash: auditChainHead.hash,
      at: auditChainHead.at,
      action: auditChainHead.action,
      now: atText(sql`clock_timestamp()`),
    })
    .from(auditChainHead)
    .for('update');
  if (head === undefined) throw new Error('audit_chain_head has no row (migration 0002 missing?)');
  return head;
}

export async function readChainHead(ex: Executor): Promise<ChainHead | undefined> {
  const [head] = await ex
    .select({
      seq: auditChainHead.seq,
      hash: auditChainHead.hash,
      at: auditChainHead.at,
      action: auditChainHead.action,
    })
    .from(auditChainHead);
  return head;
}

export interface ChainedRecord {
  id: number;
  /** UTC with microseconds (atText) */
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  detail: unknown;
  prevHash: string;
  hash: string;
}

/** Appends records that extend the locked head (the trigger refuses any other). */
export async function insertChainedRecords(
  tx: Transaction,
  records: readonly ChainedRecord[],
): Promise<void> {
  if (records.length === 0) return;
  await tx.insert(auditLog).values(
    records.map((r) => ({
      id: r.id,
      at: sql`${r.at}::timestamptz`,
      actor: r.actor,
      action: r.action,
      entity: r.entity,
      entityId: r.entityId,
      detail: r.detail,
      prevHash: r.prevHash,
      hash: r.hash,
    })),
  );
}

/** Records after `afterId` up to `uptoId` in chain order, as the hash covers them. */
export async function readChainBatch(
  ex: Executor,
  afterId: number,
  uptoId: number,
  limit: number,
): Promise<ChainedRecord[]> {
  // plain SQL: the verification reads millions of rows, and the query builder's mapping of each
  // row costs as much as reading it; id as text (int8), detail as JSON text (see detailText)
  const result = await ex.execute<{
    id: string;
    at: string;
    actor: string;
    action: string;
    entity: string;
    entity_id: string;
    detail: string;
    prev_hash: string;
    hash: string;
  }>(sql`
    SELECT id, ${atText(auditLog.at)} AS at, actor, action, entity, entity_id, detail::text AS detail,
      prev_hash, hash
    FROM ${auditLog} WHERE id > ${afterId} AND id <= ${uptoId} ORDER BY id LIMIT ${limit}`);
  return result.rows.map((r) => ({
    id: Number(r.id),
    at: r.at,
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    detail: JSON.parse(r.detail) as unknown,
    prevHash: r.prev_hash,
    hash: r.hash,
  }));
}

/** The first record after `id` (a record beyond the head was not appended through the head). */
export async function findRecordAfter(ex: Executor, id: number) {
  const [row] = await ex
    .select({ id: auditLog.id, at: atText(auditLog.at), action: auditLog.action })
    .from(auditLog)
    .where(gt(auditLog.id, id))
    .orderBy(asc(auditLog.id))
    .limit(1);
  return row;
}

/** One record by its id, with its hash (for an externally noted anchor). */
export async function findChainRecord(ex: Executor, id: number) {
  const [row] = await ex
    .select({
      id: auditLog.id,
      at: atText(auditLog.at),
      action: auditLog.action,
      hash: auditLog.hash,
    })
    .from(auditLog)
    .where(eq(auditLog.id, id));
  return row;
}

export interface AuditFilter {
  entity?: string;
  entityId?: string;
  actor?: string;
  /** the action starts with this text ('agreement.' finds every agreement action) */
  actionPrefix?: string;
  /** excluded: actions that start with one of these */
  excludeActionPrefixes?: readonly string[];
  /** at ≥ from */
  from?: Date;
  /** at < before */
  before?: Date;
}

const likePrefix = (text: string) => `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function conditions(f: AuditFilter): SQL[] {
  const where: SQL[] = [];
  if (f.entity !== undefined) where.push(eq(auditLog.entity, f.entity));
  if (f.entityId !== undefined) where.push(eq(auditLog.entityId, f.entityId));
  if (f.actor !== undefined) where.push(eq(auditLog.actor, f.actor));
  if (f.actionPrefix !== undefined) where.push(like(auditLog.action, likePrefix(f.actionPrefix)));
  for (const p of f.excludeActionPrefixes ?? [])
    where.push(sql`${auditLog.action} NOT LIKE ${likePrefix(p)}`);
  if (f.from !== undefined) where.push(gte(auditLog.at, f.from));
  if (f.before !== undefined) where.push(lt(auditLog.at, f.before));
  return where;
}

/** A page of records matching `filter`, in id order, after the cursor (an id) in that order. */
export async function listAuditRows(
  ex: Executor,
  filter: AuditFilter,
  page: { order: 'asc' | 'desc'; cursor?: number; limit: number },
) {
  const where = conditions(filter);
  if (page.cursor !== undefined)
    where.push(page.order === 'asc' ? gt(auditLog.id, page.cursor) : lt(auditLog.id, page.cursor));
  const rows = await ex
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actor: auditLog.actor,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      detail: detailText,
      hash: auditLog.hash,
    })
    .from(auditLog)
    .where(and(...where))
    .orderBy(page.order === 'asc' ? asc(auditLog.id) : desc(auditLog.id))
    .limit(page.limit);
  return rows.map(parseDetail);
}
