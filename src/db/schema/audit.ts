/** The audit trail: every change, who, when, what. */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/**
 * The audit trail: append-only records in a hash chain (docs/audit.md). `id` is the position in
 * the chain, 1, 2, 3 … without gaps: assigned under the chain lock from the chain head, not by a
 * sequence, so a rolled-back transaction leaves no gap. `hash` is the SHA-256 (hex) of the
 * record's canonical text (domain/audit/canonical-record.ts), which includes `prev_hash`, the hash
 * of record id − 1 (64 zeros for record 1). Triggers (migration 0002) refuse UPDATE, DELETE and
 * TRUNCATE and let an INSERT through only when it extends the chain head.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey(),
    /** set by the append from PostgreSQL's clock under the chain lock (microseconds, hashed) */
    at: timestamp('at', { withTimezone: true }).notNull(),
    actor: text('actor').notNull(),
    /** e.g. 'agreement.update', 'values.import', 'export.monitoring_report' */
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    detail: jsonb('detail').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_log_entity').on(t.entity, t.entityId, t.id),
    index('audit_log_at').on(t.at),
    index('audit_log_actor').on(t.actor, t.id),
    index('audit_log_action').on(t.action.op('text_pattern_ops'), t.id),
    check(
      'audit_log_hash_hex',
      sql`${t.hash} ~ '^[0-9a-f]{64}$' AND ${t.prevHash} ~ '^[0-9a-f]{64}$'`,
    ),
    check('audit_log_id_positive', sql`${t.id} > 0`),
  ],
);

/**
 * The chain head: one row naming the latest record (its id, hash, time and action). Appends lock
 * it (SELECT … FOR UPDATE), so concurrent transactions form one chain; a trigger on audit_log
 * moves it on with every insert. It makes the deletion of the newest records (tail truncation)
 * detectable, as far as the head itself is not rewound (docs/audit.md: what needs an external anchor).
 */
export const auditChainHead = pgTable(
  'audit_chain_head',
  {
    /** always true: the table holds exactly one row */
    single: boolean('single').primaryKey().default(true),
    /** id of the latest record; 0 for an empty chain */
    seq: bigint('seq', { mode: 'number' }).notNull(),
    /** hash of the latest record; 64 zeros for an empty chain */
    hash: text('hash').notNull(),
    at: timestamp('at', { withTimezone: true }),
    action: text('action'),
  },
  (t) => [check('audit_chain_head_single', sql`${t.single}`)],
);
