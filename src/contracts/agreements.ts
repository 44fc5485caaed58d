/** Contracts of the agreement operations (the content itself: agreement-content.ts). */
import { z } from 'zod';
import { agreementContentSchema } from './agreement-content.ts';
import { calendarDate, plainText, positiveInt, requiredText } from './input.ts';

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
  steeringUnit: unitRef,
  unit: unitRef,
  parentAgreementId: z.string().nullable(),
  status: agreementStatusSchema,
  currentVersion: z.number(),
  rowVersion: z.number(),
  updatedAt: z.string(),
});

export const agreementViewSchema = agreementSummarySchema.extend({
  versionNo: z.number(),
  content: agreementContentSchema,
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
});

export const signatureSchema = z.object({
  party: z.union([z.literal(0), z.literal(1)], {
    error: 'Unterschrift: party muss 0 (erster) oder 1 (zweiter Vertragspartner) sein',
  }),
  place: requiredText('Ort der Unterschrift', 1000),
  date: calendarDate('Datum der Unterschrift'),
  capacityLine: plainText('Zeichnungszeile', 1000).nullable(),
  signatory: requiredText('Unterzeichner', 1000),
});

export const transitionSchema = z.object({
  rowVersion,
  action: z.enum(['anbieten', 'verhandeln', 'zurueckziehen', 'unterzeichnen', 'bewerten'], {
    error: 'Schritt: erwartet anbieten, verhandeln, zurueckziehen, unterzeichnen oder bewerten',
  }),
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
