/** Translating errors to HTTP once: AppError codes → status codes, everything else → 500. */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody } from '../contracts/error.ts';
import { AppError, type ErrorCode } from '../services/errors.ts';

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  validation: 422, not_found: 404, forbidden: 403, conflict: 409, invalid_state: 409,
};

export function errorResponse(c: Context, error: unknown) {
  if (error instanceof AppError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message, details: error.details, ...(error.current === undefined ? {} : { current: error.current }) } };
    return c.json(body, STATUS[error.code]);
  }
  console.error(error);
  const body: ErrorBody = { error: { code: 'internal', message: 'Interner Fehler', details: [] } };
  return c.json(body, 500);
}

/** zod issues → details naming the field ("content.goals.1.title: …"). */
export function validationResponse(c: Context, issues: readonly { path: readonly PropertyKey[]; message: string }[], where: string) {
  const details = issues.map((i) => ({ path: [where, ...i.path.map(String)].join('.'), message: i.message }));
  const body: ErrorBody = { error: { code: 'validation', message: `Ungültige Eingabe: ${details.map((d) => `${d.path}: ${d.message}`).slice(0, 3).join('; ')}`, details } };
  return c.json(body, 422);
}
