/**
 * Translating errors to HTTP once, always in the one shape
 * `{"error": {"code", "message", "details": [{"path", "message"}]}}` with a German message:
 * AppError codes → their status; Hono's own HTTP errors (malformed JSON …) keep their status;
 * failures of the store → 409/422/503 (database-errors.ts); anything else is a fault → 500.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import type { ApiErrorCode, ErrorBody } from '../contracts/error.ts';
import { AppError, type ErrorCode, type ErrorDetail } from '../services/errors.ts';
import { classifyStoreError } from './database-errors.ts';

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  validation: 422,
  not_found: 404,
  forbidden: 403,
  conflict: 409,
  invalid_state: 409,
  unauthenticated: 401,
  too_many_attempts: 429,
  unavailable: 503,
};

/** Seconds a client should wait before trying again after a 503. */
export const RETRY_AFTER_SECONDS = 5;

const HTTP: Partial<Record<number, { code: ApiErrorCode; message: string }>> = {
  400: { code: 'bad_request', message: 'Ungültige Anfrage.' },
  403: { code: 'forbidden', message: 'Nicht erlaubt.' },
  404: { code: 'not_found', message: 'Nicht gefunden.' },
  405: { code: 'bad_request', message: 'Diese Methode ist hier nicht erlaubt.' },
  413: { code: 'payload_too_large', message: 'Der Inhalt der Anfrage ist zu groß.' },
  415: {
    code: 'unsupported_media_type',
    message: 'Der Inhalt muss JSON sein (Content-Type: application/json).',
  },
  421: { code: 'wrong_host', message: 'Diese Adresse (Host) bedient der Server nicht.' },
  503: {
    code: 'unavailable',
    message: 'Der Dienst ist im Moment nicht verfügbar. Bitte später erneut versuchen.',
  },
};

/** A response in the one error shape. */
export function errorJson(
  c: Context,
  status: ContentfulStatusCode,
  code: ApiErrorCode,
  message: string,
  details: ErrorDetail[] = [],
  current?: unknown,
): Response {
  const body: ErrorBody = {
    error: { code, message, details, ...(current === undefined ? {} : { current }) },
  };
  return c.json(body, status);
}

function httpExceptionResponse(c: Context, error: HTTPException): Response {
  const status = error.status as ContentfulStatusCode;
  if (status === 400 && /malformed json/i.test(error.message)) {
    return errorJson(
      c,
      400,
      'bad_request',
      'Ungültige Anfrage: der Inhalt ist kein gültiges JSON.',
    );
  }
  const known = HTTP[status];
  if (known !== undefined) return errorJson(c, status, known.code, known.message);
  if (status >= 400 && status < 500)
    return errorJson(c, status, 'bad_request', 'Ungültige Anfrage.');
  console.error(error);
  return errorJson(c, 500, 'internal', 'Interner Fehler');
}

export function errorResponse(c: Context, error: unknown): Response {
  if (error instanceof AppError) {
    if (error.retryAfterSeconds !== undefined)
      c.header('Retry-After', String(error.retryAfterSeconds));
    return errorJson(
      c,
      STATUS[error.code],
      error.code,
      error.message,
      error.details,
      error.current,
    );
  }
  if (error instanceof HTTPException) return httpExceptionResponse(c, error);
  // a contract parsed inside a service without turning its issues into an AppError
  if (error instanceof z.ZodError) return validationResponse(c, error.issues, 'json');
  const store = classifyStoreError(error);
  if (store !== null) {
    console.error(`${c.req.method} ${c.req.path} → ${store.status}: store said ${store.log}`);
    if (store.status === 503) c.header('Retry-After', String(RETRY_AFTER_SECONDS));
    return errorJson(c, store.status, store.code, store.message);
  }
  console.error(error);
  return errorJson(c, 500, 'internal', 'Interner Fehler');
}

/**
 * zod issues → details naming the field: the path in the JSON body as it is ("content.goals.1.title"),
 * query and path parameters with their place ("query.datenstand", "param.id").
 */
export function validationResponse(
  c: Context,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  where: string,
): Response {
  const prefix = where === 'json' ? [] : [where];
  const details = issues.map((i) => ({
    path: [...prefix, ...i.path.map(String)].join('.'),
    message: i.message,
  }));
  return errorJson(
    c,
    422,
    'validation',
    `Ungültige Eingabe: ${details
      .map((d) => (d.path === '' ? d.message : `${d.path}: ${d.message}`))
      .slice(0, 3)
      .join('; ')}`,
    details,
  );
}
