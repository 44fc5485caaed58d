/**
 * The audit trail (zielsteuerung.md, data protection): who changed or exported what, when — in
 * the same transaction as the change, as the next links of the hash chain (docs/audit.md).
 */
import { hashAuditRecord } from '../db/audit-hash.ts';
import { inTransaction, isTransaction, type Transaction } from '../db/executor.ts';
import {
  insertChainedRecords,
  lockChainHead,
  type ChainedRecord,
} from '../db/repositories/audit.ts';
import type { Actor, Tx } from './context.ts';

export interface AuditEntry {
  /** what happened, dotted: 'agreement.update', 'unit.create', 'export.monitoring_report' */
  action: string;
  /** the kind of record it concerns ('agreement', 'datenstand', 'unit' …) and its id */
  entity: string;
  entityId: string;
  /** any JSON value; stored and hashed as JSON.stringify leaves it (undefined properties dropped) */
  detail: unknown;
}

/** Records per INSERT (9 columns each; PostgreSQL allows 65,535 parameters). */
const BATCH = 5_000;

/**
 * Appends one record. On a transaction, the record commits or rolls back with the work, and the
 * chain head stays locked until the transaction ends: every other append waits, so append after
 * the work's last write, just before it ends. On the pool (an export), the append is a
 * transaction of its own.
 */
export async function recordAudit(
  tx: Tx,
  actor: Actor,
  action: string,
  entity: string,
  entityId: string,
  detail: unknown,
): Promise<void> {
  await recordAuditEntries(tx, actor, [{ action, entity, entityId, detail }]);
}

/** Appends several records of one actor at once, in this order (one lock, few statements). */
export async function recordAuditEntries(
  ex: Tx,
  actor: Actor,
  entries: readonly AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const append = async (tx: Transaction, withinWork: boolean) => {
    const head = await lockChainHead(tx, { withinWork });
    let id = head.seq;
    let prevHash = head.hash;
    const records: ChainedRecord[] = entries.map((e) => {
      id += 1;
      const content = {
        id,
        at: head.now,
        actor: actor.id,
        action: e.action,
        entity: e.entity,
        entityId: e.entityId,
        detail: asJsonValue(e.detail),
        prevHash,
      };
      prevHash = hashAuditRecord(content);
      return { ...content, hash: prevHash };
    });
    for (let i = 0; i < records.length; i += BATCH)
      await insertChainedRecords(tx, records.slice(i, i + BATCH));
  };
  if (isTransaction(ex)) await append(ex, true);
  else await inTransaction(ex, (tx) => append(tx, false));
}

/** The value as it is stored and read back (jsonb): what JSON.stringify keeps of it. */
function asJsonValue(detail: unknown): unknown {
  const text = JSON.stringify(detail ?? {}) as string | undefined;
  return text === undefined ? {} : JSON.parse(text);
}
