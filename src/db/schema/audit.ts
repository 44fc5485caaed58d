/** Users with their role and unit, and the audit trail: every change, who, when, what. */
import {
  bigserial,
  boolean,
  index,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { units } from './units.ts';

export const userRole = pgEnum('user_role', [
  'ministerium',
  'traeger',
  'jobcenter',
  'administration',
]);

export const users = pgTable('users', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  role: userRole('role').notNull(),
  /** the unit whose subtree the user may see */
  unitId: text('unit_id')
    .notNull()
    .references(() => units.id),
  /** may see counts of 1 and 2 (Sozialdaten, §§ 67 ff. SGB X) */
  microdataRights: boolean('microdata_rights').notNull().default(false),
});

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actor: text('actor').notNull(),
    /** e.g. 'agreement.update', 'values.import' */
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    detail: jsonb('detail').notNull(),
  },
  (t) => [index('audit_log_entity').on(t.entity, t.entityId)],
);
