/**
 * Direct API calls of the tests (arranging data behind the browser's back), logged in with the
 * demo password as the server's current demo user (support/server.ts) or as the user named in
 * the call (the two-party workflow: each step is taken by the party whose step it is).
 */
import type { DemoUser } from './server.ts';

export interface ApiSession {
  /** the cookie header value "zs_session=…" */
  cookie: string;
  /** the session id alone (for the browser's cookie jar) */
  sessionId: string;
  csrfToken: string;
}

/** the demo user each server's direct calls act as */
export const CURRENT_USER = new Map<string, string>();
const sessions = new Map<string, ApiSession>();

export async function logInApi(base: string, username: string): Promise<ApiSession> {
  const response = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo' }),
  });
  if (!response.ok)
    throw new Error(`login as ${username} → ${response.status}: ${await response.text()}`);
  const sessionId = /zs_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1] ?? '';
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie: `zs_session=${sessionId}`, sessionId, csrfToken };
}

async function sessionFor(base: string, as?: DemoUser): Promise<ApiSession> {
  const user = as ?? CURRENT_USER.get(base) ?? 'mais-nrw';
  const key = `${base}|${user}`;
  let session = sessions.get(key);
  if (session === undefined) {
    session = await logInApi(base, user);
    sessions.set(key, session);
  }
  return session;
}

export async function api<T>(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  /** the demo user to act as (default: the server's current user) */
  as?: DemoUser,
): Promise<T> {
  const session = await sessionFor(base, as);
  const headers: Record<string, string> = {
    cookie: session.cookie,
    'x-csrf-token': session.csrfToken,
  };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${base}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
  return JSON.parse(text) as T;
}

export interface AgreementRef {
  id: string;
  year: number;
  unit: { id: string; name: string };
  status: string;
  rowVersion: number;
}

export async function findAgreement(
  base: string,
  unitName: string,
  year: number,
  as?: DemoUser,
): Promise<AgreementRef> {
  const list = await api<AgreementRef[]>(
    base,
    'GET',
    `/api/agreements?year=${year}`,
    undefined,
    as,
  );
  const found = list.find((a) => a.unit.name === unitName);
  if (found === undefined) throw new Error(`no agreement ${unitName} ${year}`);
  return found;
}
