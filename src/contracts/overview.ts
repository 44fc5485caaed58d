/** Contract of the year overview: every visible agreement with the status of each target. */
import { z } from 'zod';
import { agreementSummarySchema } from './agreements.ts';
import { datenstandRef, queryInt } from './input.ts';
import { targetStatusSchema } from './monitoring.ts';

export const overviewQuerySchema = z.object({
  year: queryInt('Jahr', 2005, 2100).describe('Vereinbarungsjahr'),
  datenstand: datenstandRef(),
});

export const yearOverviewSchema = z.object({
  year: z.number(),
  datenstand: z.union([z.literal('latest'), z.number()]),
  agreements: z.array(
    z.object({
      agreement: agreementSummarySchema,
      datenstand: z.string().nullable().describe('neuester Datenstand, auf dem ein Status beruht'),
      targets: z.array(
        z.object({
          targetId: z.string(),
          goalNumber: z.string(),
          title: z.string().nullable(),
          status: targetStatusSchema,
          explanation: z.string(),
        }),
      ),
    }),
  ),
});
