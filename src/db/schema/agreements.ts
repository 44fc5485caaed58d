/**
 * Agreements (§ 48b SGB II) with their versions. The content of a version is the structured
 * agreement (src/domain/agreements/agreement.ts) as one JSON document: it is read, compared and
 * rendered as a whole, and a signed version never changes.
 */
import {
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { AgreementContent } from '../../domain/agreements/agreement.ts';
import type { ReviewMark } from '../../domain/agreements/year-review.ts';
import type { PartyFacts } from '../../domain/access/rights-model.ts';
import { units } from './units.ts';

export const agreementStatus = pgEnum('agreement_status', [
  'entwurf',
  'angebot',
  'in_verhandlung',
  'unterzeichnet',
  'bewertet',
]);

export const agreements = pgTable(
  'agreements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    /** the party that steers (Land, or the Träger towards its örtliche Jobcenter) */
    steeringUnitId: text('steering_unit_id')
      .notNull()
      .references(() => units.id),
    /** the party whose targets these are (Träger or örtliches Jobcenter) */
    unitId: text('unit_id')
      .notNull()
      .references(() => units.id),
    /**
     * every party with its side, in the content's order, changed with the content
     * (services/agreements/party-change.ts): who may read and act is decided without loading a
     * version (a party outside the Träger tree, such as an Agentur für Arbeit, finds its
     * agreements through it)
     */
    parties: jsonb('parties').$type<PartyFacts[]>().notNull(),
    /** the Träger agreement this one was cascaded from */
    parentAgreementId: uuid('parent_agreement_id'),
    currentVersion: integer('current_version').notNull(),
    status: agreementStatus('status').notNull(),
    /** optimistic concurrency: every edit must name the version it read */
    rowVersion: integer('row_version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.parentAgreementId], foreignColumns: [t.id] }),
    // one agreement per pair of parties and year; changes are versions of it
    uniqueIndex('agreements_parties_year').on(t.year, t.steeringUnitId, t.unitId),
  ],
);

export const agreementVersions = pgTable(
  'agreement_versions',
  {
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id),
    versionNo: integer('version_no').notNull(),
    status: agreementStatus('status').notNull(),
    content: jsonb('content').$type<AgreementContent>().notNull(),
    /**
     * Texts a party still has to check (the years of a next year's draft, year-review.ts): data
     * about the version, not part of the agreement, so documents and version diffs ignore them.
     */
    reviewMarks: jsonb('review_marks').$type<ReviewMark[]>().notNull().default([]),
    /** why this version exists ("Änderung nach Unterzeichnung: …") */
    reason: text('reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.versionNo] })],
);

/** Lifecycle steps with their comments (Angebot abgegeben, Verhandlung, Unterzeichnung …). */
export const agreementEvents = pgTable(
  'agreement_events',
  {
    id: serial('id').primaryKey(),
    agreementId: uuid('agreement_id')
      .notNull()
      .references(() => agreements.id),
    versionNo: integer('version_no').notNull(),
    action: text('action').notNull(),
    fromStatus: agreementStatus('from_status'),
    toStatus: agreementStatus('to_status').notNull(),
    comment: text('comment'),
    actor: text('actor').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('agreement_events_agreement').on(t.agreementId)],
);
