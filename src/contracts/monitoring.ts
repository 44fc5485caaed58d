/** Contracts of monitoring and the year-end assessment. */
import { z } from 'zod';
import { protectionMarkSchema } from './values.ts';
import { calendarDate, datenstandRef, key, plainText, positiveInt, queryInt } from './input.ts';

export const targetStatusSchema = z.enum([
  'erreicht',
  'nicht_erreicht',
  'auf_kurs',
  'gefaehrdet',
  'offen',
  'nicht_bewertbar',
]);
const observation = z
  .object({
    value: z.number().nullable(),
    quality: z.enum(['final', 'vorlaeufig', 'eingeschraenkt', 'fehlend']),
    suppressed: protectionMarkSchema.optional(),
  })
  .nullable();

export const forecastSchema = z.object({
  value: z.number(),
  low: z.number(),
  high: z.number(),
  level: z.number(),
  fromMonth: z.number(),
  method: z.string(),
});

export const assessmentReasonSchema = z
  .enum([
    'noch_keine_daten',
    'keine_daten',
    'vergleichswert_fehlt',
    'gesperrt',
    'keine_toleranz',
    'stand_nicht_festgehalten',
    'zielwert_offen',
    'beobachtung',
    'ohne_kriterium',
    'regel_nur_text',
    'pilotevaluation',
    'teilziel_nicht_bewertbar',
  ])
  .describe('warum nicht (oder noch nicht) bewertet wird');

export const targetAssessmentSchema = z.object({
  status: targetStatusSchema,
  reason: assessmentReasonSchema.nullable().optional(),
  change: z
    .object({
      exact: z.number(),
      rounded: z.number(),
      agreed: z.number(),
      unit: z.enum(['prozent', 'prozentpunkte']),
      decimals: z.number(),
    })
    .nullable()
    .optional()
    .describe(
      'Veränderungsziele: die bewertete Veränderung, exakt und auf die vereinbarten Stellen gerundet',
    ),
  planned: z
    .object({ value: z.number(), label: z.string() })
    .nullable()
    .optional()
    .describe('Beobachtungsziele: Planwert oder Trägererwartung im Monat (ohne Bewertung)'),
  month: z.number().nullable(),
  actual: z.number().nullable(),
  target: z.number().nullable(),
  actualRounded: z.number().nullable(),
  targetRounded: z.number().nullable(),
  gap: z.number().nullable(),
  previousYear: z.number().nullable(),
  forecast: forecastSchema.nullable(),
  final: z.boolean(),
  explanation: z.string(),
});

export const agreementMonitoringSchema = z.object({
  agreementId: z.string(),
  year: z.number(),
  unitId: z.string(),
  datenstand: z.union([z.literal('latest'), z.number()]),
  today: z.string(),
  targets: z.array(
    z.object({
      targetId: z.string(),
      goalNumber: z.string(),
      role: z.enum(['hauptziel', 'teilziel', 'gesamtziel']),
      title: z.string().nullable(),
      kind: z.string().nullable(),
      sentence: z.string().nullable(),
      assessment: targetAssessmentSchema.nullable(),
      snapshot: z
        .object({
          year: z.number(),
          current: z.array(observation),
          reference: z.array(observation),
          datenstand: z.string().nullable(),
        })
        .nullable(),
      path: z.array(z.number().nullable()).nullable(),
      split: z
        .object({
          parts: z.array(
            z.object({
              sex: z.enum(['m', 'w']),
              sentence: z.string(),
              assessment: targetAssessmentSchema,
            }),
          ),
          findings: z.array(z.string()),
        })
        .nullable(),
    }),
  ),
});

export const monitoringQuerySchema = z.object({
  datenstand: datenstandRef(),
  today: calendarDate('Bewertungstag')
    .optional()
    .describe('Bewertungstag (für Meilensteine), Standard: heute'),
  untilMonth: queryInt('Monat', 1, 12)
    .optional()
    .describe(
      'Stand zum Ende dieses Monats des Vereinbarungsjahres (spätere Werte bleiben unberücksichtigt)',
    ),
});

export const frameworkChangeInputSchema = z.object({
  since: calendarDate('Seit'),
  description: plainText('Beschreibung', 10_000).trim().min(1, { error: 'Beschreibung fehlt' }),
  targetIds: z.array(key('Ziel-Kennung')).max(1000, { error: 'Ziele: höchstens 1000' }).default([]),
});

export const frameworkChangeSchema = frameworkChangeInputSchema.extend({
  id: z.number(),
  agreementId: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});

export const decisionInputSchema = z.object({
  finalDecision: z.enum(['erreicht', 'nicht_erreicht', 'nicht_bewertbar'], {
    error: 'Entscheidung: erwartet erreicht, nicht_erreicht oder nicht_bewertbar',
  }),
  adjustment: plainText('Begründung', 10_000)
    .nullable()
    .default(null)
    .describe('Begründung, wenn die Entscheidung vom Systemergebnis abweicht'),
  frameworkChangeIds: z
    .array(positiveInt('Änderung der Rahmenbedingungen'))
    .max(1000, { error: 'Änderungen: höchstens 1000' })
    .default([]),
  datenstand: z
    .union([z.literal('latest'), positiveInt('Datenstand')], {
      error: 'Datenstand: „latest“ oder die Nummer eines Datenstands erwartet',
    })
    .default('latest'),
  rowVersion: positiveInt('Bearbeitungsstand (rowVersion)')
    .nullable()
    .default(null)
    .describe('null bei der ersten Entscheidung, sonst der gelesene Stand'),
});

export const decisionSchema = z.object({
  agreementId: z.string(),
  targetId: z.string(),
  systemResult: z.unknown(),
  datenstandId: z.number().nullable(),
  finalDecision: z.string(),
  adjustment: z.string().nullable(),
  frameworkChangeIds: z.array(z.number()),
  decidedBy: z.string(),
  decidedAt: z.string(),
  rowVersion: z.number(),
});
