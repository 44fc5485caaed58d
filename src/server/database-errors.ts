/**
 * What a failure of the store means for the client. drizzle wraps the driver's error (the
 * SQLSTATE is on `error.cause.code`); pg-pool's own timeouts and node's socket errors carry no
 * SQLSTATE. PostgreSQL's text and detail may name tables, constraints and values: they are logged
 * on the server and never sent.
 */
import type { ApiErrorCode } from '../contracts/error.ts';

export interface StoreFailure {
  status: 409 | 422 | 503;
  code: ApiErrorCode;
  message: string;
  /** what the server log gets: SQLSTATE or errno and the driver's words */
  log: string;
}

/** node's socket errors: the store cannot be reached */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);
/** pg and pg-pool say these in words only */
const UNREACHABLE_TEXT =
  /timeout exceeded when trying to connect|Connection terminated|connection error|Cannot use a pool after calling end|Client was closed/i;

interface Found {
  code: string | null;
  message: string;
  detail: string | null;
}

/** The innermost error with an SQLSTATE or errno, following `cause` (drizzle → pg). */
function findCause(error: unknown): Found | null {
  let current: unknown = error;
  let text: Found | null = null;
  for (let depth = 0; depth < 6 && typeof current === 'object' && current !== null; depth += 1) {
    const { code, message, detail } = current as {
      code?: unknown;
      message?: unknown;
      detail?: unknown;
    };
    const found = {
      code: typeof code === 'string' ? code : null,
      message: typeof message === 'string' ? message : '',
      detail: typeof detail === 'string' ? detail : null,
    };
    if (found.code !== null && (/^[0-9A-Z]{5}$/.test(found.code) || UNREACHABLE.has(found.code)))
      return found;
    if (text === null && UNREACHABLE_TEXT.test(found.message)) text = found;
    current = (current as { cause?: unknown }).cause;
  }
  return text;
}

const unavailable = (log: string): StoreFailure => ({
  status: 503,
  code: 'unavailable',
  log,
  message:
    'Die Datenbank ist im Moment nicht erreichbar oder überlastet. Bitte in einigen Sekunden erneut versuchen.',
});

/** A store failure the client can act on, or null when the error is something else (a fault: 500). */
export function classifyStoreError(error: unknown): StoreFailure | null {
  const found = findCause(error);
  if (found === null) return null;
  const log = `${found.code ?? 'no code'}: ${found.message}${found.detail === null ? '' : ` (${found.detail})`}`;
  const code = found.code;
  if (code === null || UNREACHABLE.has(code)) return unavailable(log);
  if (code === '23505') {
    return {
      status: 409,
      code: 'conflict',
      log,
      message:
        'Diesen Datensatz gibt es schon (vielleicht gerade gleichzeitig angelegt). Bitte neu laden.',
    };
  }
  if (code === '40001' || code === '40P01') {
    return {
      status: 409,
      code: 'conflict',
      log,
      message: 'Gleichzeitige Änderung an denselben Daten. Bitte neu laden und erneut versuchen.',
    };
  }
  // integrity: a reference to nothing, a missing value, a broken check
  if (code.startsWith('23')) {
    return {
      status: 422,
      code: 'validation',
      log,
      message:
        'Die Eingabe passt nicht zum Datenbestand (z. B. Verweis auf einen unbekannten Datensatz).',
    };
  }
  // data exceptions: out of range, invalid text (NUL), invalid date
  if (code.startsWith('22')) {
    return {
      status: 422,
      code: 'validation',
      log,
      message: 'Ein Wert der Eingabe ist ungültig oder außerhalb des zulässigen Bereichs.',
    };
  }
  if (code.startsWith('54')) {
    return { status: 422, code: 'validation', log, message: 'Die Eingabe ist zu groß.' };
  }
  // connection exceptions, shutdown, too many connections, statement timeout, lock timeout
  if (
    code.startsWith('08') ||
    code.startsWith('53') ||
    ['57P01', '57P02', '57P03', '57014', '55P03'].includes(code)
  )
    return unavailable(log);
  return null;
}
