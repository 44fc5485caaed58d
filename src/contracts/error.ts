/** The one error shape of the HTTP API. */
import { z } from 'zod';

export const errorSchema = z.object({
  error: z.object({
    code: z.enum(['validation', 'not_found', 'forbidden', 'conflict', 'invalid_state', 'internal']),
    message: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })),
    /** for 'conflict': the record as it is now, so the client can show what changed */
    current: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorSchema>;
