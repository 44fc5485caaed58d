/** Contract of the year overview: every visible agreement with the status of each target. */
import { z } from 'zod';
import { agreementSummarySchema } from './agreements.ts';
import { targetStatusSchema } from './monitoring.ts';

export const overviewQuerySchema = z.object({
  year: z.coerce.number().int().min(2005).max(2200).describe('Vereinbarungsjahr'),
  datenstand: z.union([z.literal('latest'), z.coerce.number().int().positive().max(2_147_483_647)]).default('latest'),
});

export const yearOverviewSchema = z.object({
  year: z.number(),
  datenstand: z.union([z.literal('latest'), z.number()]),
  agreements: z.array(z.object({
    agreement: agreementSummarySchema,
    datenstand: z.string().nullable().describe('neuester Datenstand, auf dem ein Status beruht'),
    targets: z.array(z.object({ targetId: z.string(), goalNumber: z.string(), title: z.string().nullable(), status: targetStatusSchema, explanation: z.string() })),
  })),
});
