/** Response declarations shared by the routes (the one error shape, JSON bodies). */
import { errorSchema } from '../../contracts/error.ts';
import type { z } from 'zod';
import { RETRY_AFTER_SECONDS } from '../errors.ts';

export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

const error = (description: string) => json(errorSchema, description);
export const ERRORS = {
  401: error(
    'nicht angemeldet: keine gültige Sitzung und kein API-Token, oder Anmeldedaten falsch',
  ),
  429: error('zu viele Fehlversuche: für eine Weile gesperrt (Retry-After)'),
  400: error('kein gültiges JSON'),
  403: error(
    'für diese Rolle nicht erlaubt, oder eine schreibende Anfrage von fremder Herkunft (Origin)',
  ),
  404: error('nicht gefunden oder nicht sichtbar'),
  409: error('veraltete Version (Konflikt), schon vorhanden, oder im Status nicht erlaubt'),
  413: error('Inhalt der Anfrage zu groß'),
  415: error('Inhalt nicht als JSON (Content-Type: application/json) gesendet'),
  421: error('Host nicht erlaubt (Einstellung ALLOWED_HOSTS)'),
  422: error('ungültige Eingabe; details nennt jedes Feld'),
  503: {
    ...error('Datenbank nicht erreichbar oder überlastet; später erneut versuchen'),
    headers: {
      'Retry-After': {
        description: `Sekunden bis zum nächsten Versuch (${RETRY_AFTER_SECONDS})`,
        schema: { type: 'integer' as const },
      },
    },
  },
} as const;

type ErrorStatus = keyof typeof ERRORS;

type Always = 401 | 403 | 421 | 503;

/**
 * The error responses of an operation: the given ones, plus what every operation can answer —
 * 401 (not logged in; the public routes say so in their summary), 403 (the rights decision,
 * access/rights.ts, refuses this user), 421 (Host not allowed) and 503 (store unavailable).
 */
export function errors<const S extends ErrorStatus>(
  ...statuses: S[]
): Pick<typeof ERRORS, S | Always> {
  const all = [...statuses, 401, 403, 421, 503] as (S | Always)[];
  return Object.fromEntries(all.map((s) => [s, ERRORS[s]])) as Pick<typeof ERRORS, S | Always>;
}

/** What a request with a JSON body can give besides: 400, 403 (Origin), 413, 415, 422. */
export const BODY_ERRORS = [400, 403, 413, 415, 422] as const;
