/** Contracts for figures: value rows, Datenstände, queries. */
import { z } from 'zod';
import { BASE_QUANTITIES, KENNZAHL_IDS } from '../domain/kpi/catalog.ts';

export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Monat im Format JJJJ-MM erwartet');
export const isoDateSchema = z.iso.date({ message: 'Datum im Format JJJJ-MM-TT erwartet' });
export const sexSchema = z.enum(['insgesamt', 'm', 'w']);
export const qualitySchema = z.enum(['final', 'vorlaeufig', 'eingeschraenkt', 'fehlend']);
export const metricKindSchema = z.enum(['grundgroesse', 'kennzahl', 'lokal']);

export const valueRowSchema = z.object({
  unitId: z.string().min(1),
  month: monthSchema,
  sex: sexSchema,
  kind: metricKindSchema,
  metric: z.string().min(1),
  value: z.number().nullable(),
  zaehler: z.number().nullable().default(null),
  nenner: z.number().nullable().default(null),
  quality: qualitySchema,
});

export const datenstandInputSchema = z.object({
  stand: isoDateSchema,
  source: z.enum(['mikrodaten', 'ba_veroeffentlichung', 'manuell']),
  label: z.string().min(1, 'Bezeichnung fehlt'),
});

export const importValuesSchema = z.object({
  datenstand: datenstandInputSchema,
  values: z.array(valueRowSchema).min(1, 'keine Werte'),
});

export const valueQuerySchema = z.object({
  units: z.string().min(1).describe('Einheiten, kommagetrennt'),
  kind: metricKindSchema.default('kennzahl'),
  metrics: z.string().min(1).describe('Größen/Kennzahlen, kommagetrennt, z. B. K2,JFW_K2'),
  sex: z.string().optional().describe('insgesamt,m,w'),
  from: monthSchema,
  to: monthSchema,
  datenstand: z.union([z.literal('latest'), z.coerce.number().int().positive()]).default('latest'),
});

export const storedValueSchema = valueRowSchema.extend({ datenstandId: z.number(), stand: z.string(), source: z.string() });

export const datenstandSchema = z.object({
  id: z.number(), stand: z.string(), source: z.string(), label: z.string(), createdAt: z.string(), createdBy: z.string(), values: z.number(),
});

export const KNOWN_METRICS = { grundgroesse: BASE_QUANTITIES, kennzahl: KENNZAHL_IDS } as const;
