/** Contracts of the agreement operations (the content itself: agreement-content.ts). */
import { z } from 'zod';
import { agreementContentSchema } from './agreement-content.ts';

export const agreementStatusSchema = z.enum(['entwurf', 'angebot', 'in_verhandlung', 'unterzeichnet', 'bewertet']);
const unitRef = z.object({ id: z.string(), name: z.string() });

export const agreementSummarySchema = z.object({
  id: z.string(), year: z.number(), steeringUnit: unitRef, unit: unitRef, parentAgreementId: z.string().nullable(),
  status: agreementStatusSchema, currentVersion: z.number(), rowVersion: z.number(), updatedAt: z.string(),
});

export const agreementViewSchema = agreementSummarySchema.extend({
  versionNo: z.number(),
  content: agreementContentSchema,
  versions: z.array(z.object({ versionNo: z.number(), status: agreementStatusSchema, reason: z.string().nullable(), createdAt: z.string(), createdBy: z.string() })),
  events: z.array(z.object({ action: z.string(), fromStatus: agreementStatusSchema.nullable(), toStatus: agreementStatusSchema, versionNo: z.number(), comment: z.string().nullable(), actor: z.string(), at: z.string() })),
});

/** Every edit names the row version it read (optimistic concurrency: a stale one gets 409). */
const rowVersion = z.number().int().positive().describe('der gelesene Bearbeitungsstand (rowVersion)');

export const createAgreementSchema = z.object({
  content: z.unknown().describe('AgreementContent; geprüft gegen das Schema der Zielvereinbarung'),
  parentAgreementId: z.string().uuid().nullable().optional(),
  comment: z.string().nullable().optional(),
});

export const updateContentSchema = z.object({ rowVersion, content: z.unknown(), comment: z.string().nullable().optional() });

export const signatureSchema = z.object({
  party: z.union([z.literal(0), z.literal(1)]),
  place: z.string().min(1, 'Ort fehlt'),
  date: z.iso.date({ message: 'Datum im Format JJJJ-MM-TT erwartet' }),
  capacityLine: z.string().nullable(),
  signatory: z.string().min(1, 'Name fehlt'),
});

export const transitionSchema = z.object({
  rowVersion,
  action: z.enum(['anbieten', 'verhandeln', 'zurueckziehen', 'unterzeichnen', 'bewerten']),
  comment: z.string().nullable().optional(),
  signatures: z.array(signatureSchema).optional(),
});

export const reviseSchema = z.object({ rowVersion, reason: z.string().min(1, 'Grund fehlt') });

export const changeSchema = z.object({ path: z.string(), kind: z.enum(['added', 'removed', 'changed']), before: z.string().nullable(), after: z.string().nullable(), targetId: z.string().nullable() });
