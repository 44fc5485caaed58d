/** One error type with a closed set of codes; the HTTP layer translates it once (server/errors.ts). */
export type ErrorCode =
  /** the input does not satisfy its contract or the domain's rules */
  | 'validation'
  | 'not_found'
  /** the acting user may not see or change this */
  | 'forbidden'
  /** the record changed since the caller read it (optimistic concurrency) */
  | 'conflict'
  /** the action is not allowed in the record's current state (e.g. editing a signed version) */
  | 'invalid_state'
  /** no valid session or token, or a wrong user name or password */
  | 'unauthenticated'
  /** too many failed logins: the user name is locked for a while */
  | 'too_many_attempts'
  /** a service this one needs (the single sign-on provider) does not answer: try again later */
  | 'unavailable';

export interface ErrorDetail {
  /** where: a field path ("content.goals.1.blocks.3.target.criterion.change") or "row 17" */
  path: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
    /** for 'conflict': the record as it is now */
    readonly current?: unknown,
    /** for 'too_many_attempts' and 'unavailable': when to try again */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} nicht gefunden`);
