/** Contracts for figures: value rows, Datenstände, queries. */
import { PROTECTED } from '../domain/disclosure/control/mark.ts';
import { z } from 'zod';
import { BASE_QUANTITIES, KENNZAHL_IDS } from '../domain/kpi/catalog.ts';
import {
  calendarDate,
  calendarMonth,
  datenstandRef,
  key,
  plainText,
  requiredText,
} from './input.ts';

export const monthSchema = calendarMonth('Monat');
export const isoDateSchema = calendarDate('Datum');
export const sexSchema = z.enum(['insgesamt', 'm', 'w']);
/** a figure withheld by the disclosure control (docs/disclosure-control.md): one mark, no reason */
export const protectionMarkSchema = z
  .enum([PROTECTED])
  .nullable()
  .describe('„geschuetzt“: ohne Berechtigung für Sozialdaten nicht gezeigt (•); sonst null');

export const qualitySchema = z.enum(['final', 'vorlaeufig', 'eingeschraenkt', 'fehlend']);
export const metricKindSchema = z.enum(['grundgroesse', 'kennzahl', 'lokal']);

export const valueRowSchema = z.object({
  unitId: key('Einheit', 40),
  month: monthSchema,
  sex: sexSchema,
  kind: metricKindSchema,
  metric: key('Größe', 40),
  value: z.number().nullable(),
  zaehler: z.number().nullable().default(null),
  nenner: z.number().nullable().default(null),
  quality: qualitySchema,
});

export const datenstandInputSchema = z.object({
  stand: calendarDate('Stand'),
  source: z.enum(['mikrodaten', 'ba_veroeffentlichung', 'manuell'], {
    error: 'Quelle: erwartet mikrodaten, ba_veroeffentlichung oder manuell',
  }),
  label: requiredText('Bezeichnung', 1000),
});

export const importValuesSchema = z.object({
  datenstand: datenstandInputSchema,
  values: z.array(valueRowSchema).min(1, 'keine Werte'),
});

export const valueQuerySchema = z.object({
  units: key('Einheiten', 10_000).describe('Einheiten, kommagetrennt'),
  kind: metricKindSchema.default('kennzahl'),
  metrics: key('Größen', 10_000).describe('Größen/Kennzahlen, kommagetrennt, z. B. K2,JFW_K2'),
  sex: plainText('Geschlecht', 100).optional().describe('insgesamt,m,w'),
  from: calendarMonth('von'),
  to: calendarMonth('bis'),
  datenstand: datenstandRef(),
});

export const storedValueSchema = valueRowSchema.extend({
  datenstandId: z.number(),
  stand: z.string(),
  source: z.string(),
});

export const datenstandSchema = z.object({
  id: z.number(),
  stand: z.string(),
  source: z.string(),
  label: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  kennzahlenVertrag: z
    .number()
    .int()
    .nullable()
    .describe(
      'Version der Kennzahlen-Rechenregeln (Kennzahlen-Vertrag), nach der dieses Programm die Werte aus Mikrodaten berechnet hat (1 = vor Version 2 gespeichert); null = nicht hier berechnet (BA-Veröffentlichung, manuelle Eingabe, über die API geladene Werte)',
    ),
  values: z.number(),
});

export const KNOWN_METRICS = { grundgroesse: BASE_QUANTITIES, kennzahl: KENNZAHL_IDS } as const;
