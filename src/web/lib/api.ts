/**
 * Calls to the HTTP API. Errors arrive in the one error shape of the API
 * ({ error: { code, message, details: [{ path, message }], current? } }) and are thrown as ApiError.
 */

export interface ErrorDetail {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
    readonly current?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as {
    error?: { code: string; message: string; details?: ErrorDetail[]; current?: unknown };
  } | null;
  if (body?.error !== undefined)
    return new ApiError(
      response.status,
      body.error.code,
      body.error.message,
      body.error.details ?? [],
      body.error.current,
    );
  if (response.status === 404)
    return new ApiError(
      404,
      'not_found',
      'Diese Funktion steht auf dem Server (noch) nicht bereit.',
    );
  return new ApiError(
    response.status,
    'internal',
    `Der Server antwortet mit Fehler ${response.status}.`,
  );
}

/** The session's CSRF token (GET/POST /api/session): sent with every write, as the server asks. */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Fired when the server says the session is gone (401): the layout sends the user to the login. */
export const UNAUTHENTICATED_EVENT = 'zs:unauthenticated';

async function request(method: string, path: string, body?: unknown): Promise<Response> {
  let response: Response;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken !== null) headers['x-csrf-token'] = csrfToken;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(
      0,
      'network',
      'Der Server ist nicht erreichbar. Bitte die Verbindung prüfen und erneut versuchen.',
    );
  }
  if (response.status === 401 && !path.startsWith('/api/session'))
    window.dispatchEvent(new Event(UNAUTHENTICATED_EVENT));
  if (!response.ok) throw await toApiError(response);
  return response;
}

export async function apiGet<T>(path: string): Promise<T> {
  return (await request('GET', path)).json() as Promise<T>;
}

export async function apiSend<T>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await request(method, path, body);
  return (response.status === 204 ? null : response.json()) as Promise<T>;
}

/** A file from the API (document, export) with the name the server gives it. */
export async function apiDownload(
  method: 'GET' | 'POST',
  path: string,
  fallbackName: string,
  body?: unknown,
): Promise<{ blob: Blob; name: string }> {
  const response = await request(method, path, body);
  const disposition = response.headers.get('content-disposition') ?? '';
  const match = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(disposition);
  const name =
    match === null ? fallbackName : decodeURIComponent(match[1] ?? match[2] ?? fallbackName);
  return { blob: await response.blob(), name };
}

/** "?a=1&b=x" from the defined entries. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const entries = Object.entries(params).filter(
    (e): e is [string, string | number] => e[1] !== undefined && e[1] !== null && e[1] !== '',
  );
  return entries.length === 0
    ? ''
    : `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}`;
}
