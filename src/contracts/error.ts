/** The one error shape of the HTTP API. */
import { z } from 'zod';

/**
 * Every code the API answers with, and its status: validation 422, not_found 404, forbidden 403,
 * conflict 409, invalid_state 409, bad_request 400 (e.g. malformed JSON), wrong_host 421,
 * payload_too_large 413, unsupported_media_type 415, unavailable 503 (store not reachable, try
 * again later), unauthenticated 401 (no session or token, or a wrong password), too_many_attempts
 * 429 (failed logins: locked for a while), internal 500 (a fault of the server).
 */
export const ERROR_CODES = [
  'validation',
  'not_found',
  'forbidden',
  'conflict',
  'invalid_state',
  'bad_request',
  'wrong_host',
  'payload_too_large',
  'unsupported_media_type',
  'unavailable',
  'unauthenticated',
  'too_many_attempts',
  'internal',
] as const;
export type ApiErrorCode = (typeof ERROR_CODES)[number];

export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES),
      /** German, for people */
      message: z.string(),
      /** one entry per field: the path in the body ("content.goals.1.title"), or query.x / param.x */
      details: z.array(z.object({ path: z.string(), message: z.string() })),
      /** for 'conflict': the record as it is now, so the client can show what changed */
      current: z.unknown().optional(),
    }),
  })
  .meta({ id: 'Fehler', description: 'Die eine Form jeder Fehlerantwort' });
export type ErrorBody = z.infer<typeof errorSchema>;
