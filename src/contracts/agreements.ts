/** Contracts of the agreement operations (the content itself: agreement-content.ts). */
import { z } from 'zod';
import { localIndicatorSchema } from './local-indicator.ts';
import { agreementContentSchema, partyIndex } from './agreement-content.ts';
import { calendarDate, plainText, positiveInt, requiredText } from './input.ts';
import { reviewedSchema, reviewMarkSchema } from './review-marks.ts';

export const agreementStatusSchema = z.enum([
  'entwurf',
  'angebot',
  'in_verhandlung',
  'unterzeichnet',
  'bewertet',
]);
const unitRef = z.object({ id: z.string(), name: z.string() });

export const agreementSummarySchema = z.object({
  id: z.string(),
  year: z.number(),
  steeringUnit: unitRef.describe('der erste Vertragspartner der steuernden Seite'),
  unit: unitRef.describe('die Einheit, deren Ziele vereinbart werden (erster der Zielseite)'),
  parties: z
    .array(unitRef.extend({ side: z.union([z.literal(0), z.literal(1)]) }))
    .describe(
      'alle Vertragspartner mit ihrer Seite (0 steuernd, 1 Zielseite), in der Reihenfolge des Inhalts',
    ),
  parentAgreementId: z.string().nullable(),
  status: agreementStatusSchema,
  currentVersion: z.number(),
  rowVersion: z.number(),
  updatedAt: z.string(),
});

const party = z.number().int();

export const agreementPermissionsSchema = z
  .object({
    party: party
      .nullable()
      .describe('für welchen Vertragspartner der Benutzer handelt: Nummer in parties, null keinen'),
    side: z
      .union([z.literal(0), z.literal(1)])
      .nullable()
      .describe('dessen Seite: 0 steuernd, 1 Zielseite, null keine'),
    edit: z.boolean(),
    steps: z.array(
      z.enum(['anbieten', 'verhandeln', 'zurueckziehen', 'bewerten', 'wiedereroeffnen']),
    ),
    signFor: z
      .array(party)
      .describe('die Vertragspartner (Nummern), für die der Benutzer jetzt unterzeichnen darf'),
    revise: z.boolean(),
    proposeMilestone: z.boolean(),
    confirmMilestone: z.boolean(),
    recordFrameworkChange: z.boolean(),
    decide: z.boolean(),
    deriveCascade: z.boolean(),
    createIndicator: z
      .boolean()
      .describe('darf lokale Kennzahlen für die eigene Einheit anlegen (saveLocalIndicator)'),
    changeParties: z
      .array(z.union([z.literal(0), z.literal(1)]))
      .describe(
        'die Seiten (0 steuernd, 1 Ziel), deren Vertragspartner der Benutzer ändern darf: die eigene, solange er bearbeiten darf',
      ),
  })
  .meta({ id: 'Berechtigungen' });

export const agreementViewSchema = agreementSummarySchema.extend({
  permissions: agreementPermissionsSchema,
  versionNo: z.number(),
  content: agreementContentSchema,
  reviewMarks: z
    .array(reviewMarkSchema)
    .describe(
      'Texte dieser Fassung, deren Jahresangaben zu prüfen sind (Entwurf für das Folgejahr)',
    ),
  indicators: z
    .array(localIndicatorSchema)
    .describe('die lokalen Kennzahlen, auf die sich die Ziele beziehen (Namen statt Kennungen)'),
  versions: z.array(
    z.object({
      versionNo: z.number(),
      status: agreementStatusSchema,
      reason: z.string().nullable(),
      createdAt: z.string(),
      createdBy: z.string(),
    }),
  ),
  events: z.array(
    z.object({
      action: z.string(),
      fromStatus: agreementStatusSchema.nullable(),
      toStatus: agreementStatusSchema,
      versionNo: z.number(),
      comment: z.string().nullable(),
      actor: z.string(),
      at: z.string(),
    }),
  ),
});

/** Every edit names the row version it read (optimistic concurrency: a stale one gets 409). */
const rowVersion = positiveInt('Bearbeitungsstand (rowVersion)').describe(
  'der gelesene Bearbeitungsstand (rowVersion)',
);
const comment = plainText('Kommentar', 10_000).nullable().optional();

export const createAgreementSchema = z.object({
  content: agreementContentSchema,
  parentAgreementId: z
    .uuid({ error: 'Übergeordnete Zielvereinbarung: Id (UUID) erwartet' })
    .nullable()
    .optional(),
  comment,
});

export const updateContentSchema = z.object({
  rowVersion,
  content: agreementContentSchema,
  comment,
  reviewed: reviewedSchema,
});

export const signatureSchema = z.object({
  party: partyIndex('Unterschrift: Nummer des Vertragspartners (party, 0 = erster)'),
  place: requiredText('Ort der Unterschrift', 1000),
  date: calendarDate('Datum der Unterschrift'),
  capacityLine: plainText('Zeichnungszeile', 1000).nullable(),
  signatory: requiredText('Unterzeichner', 1000),
});

export const transitionSchema = z.object({
  rowVersion,
  action: z.enum(
    ['anbieten', 'verhandeln', 'zurueckziehen', 'unterzeichnen', 'bewerten', 'wiedereroeffnen'],
    {
      error:
        'Schritt: erwartet anbieten, verhandeln, zurueckziehen, unterzeichnen, bewerten oder wiedereroeffnen',
    },
  ),
  comment,
  signatures: z
    .array(signatureSchema)
    .max(2, { error: 'Unterschriften: höchstens zwei' })
    .optional(),
});

export const reviseSchema = z.object({ rowVersion, reason: requiredText('Grund', 10_000) });

export const changeSchema = z.object({
  path: z.string(),
  kind: z.enum(['added', 'removed', 'changed']),
  before: z.string().nullable(),
  after: z.string().nullable(),
  targetId: z.string().nullable(),
});
