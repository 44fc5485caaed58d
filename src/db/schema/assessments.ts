/**
 * Year-end assessment: per target the system's result, the parties' final decision and any
 * adjustment for a documented change of framework conditions (zielsteuerung.md, step 4).
 */
import {
  date,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { agreements } from './agreements.ts';

/** A documented change of framework conditions (e.g. refugees 2016) the assessment must consider. */
export const frameworkChanges = pgTable('framework_changes', {
  id: serial('id').primaryKey(),
  agreementId: uuid('agreement_id')
    .notNull()
    .references(() => agreements.id),
  /** since when the change applies */
  since: date('since', { mode: 'string' }).notNull(),
  description: text('description').notNull(),
  /** which targets it affects (target ids), empty = all */
  targetIds: jsonb('target_ids').$type<string[]>().notNull(),
  recordedBy: text('recorded_by').notNull(),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
});

export const assessments = pgTable(
  'assessments',
  {
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id),
    targetId: text('target_id').notNull(),
    /** the TargetAssessment the system computed when the decision was taken */
    systemResult: jsonb('system_result').notNull(),
    datenstandId: integer('datenstand_id'),
    /** 'erreicht' | 'nicht_erreicht' | 'nicht_bewertbar' */
    finalDecision: text('final_decision').notNull(),
    /** why the decision departs from the system result, if it does */
    adjustment: text('adjustment'),
    frameworkChangeIds: jsonb('framework_change_ids').$type<number[]>().notNull(),
    decidedBy: text('decided_by').notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
    rowVersion: integer('row_version').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.targetId] })],
);
