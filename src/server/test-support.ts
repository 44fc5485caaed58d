/** API tests: the real app on a real PostgreSQL (services/test-support.ts), called with app.request(). */
import type { Actor } from '../services/context.ts';
import { ACTORS, startServiceTestBed, type ServiceTestBed } from '../services/test-support.ts';
import assert from 'node:assert/strict';
import { buildFixtureAgreement } from '../domain/agreements/agreement-fixture.ts';
import { createApp } from './app.ts';
import { identityFor, type SingleSignOn } from '../services/identity/app-identity.ts';

/** Header naming the acting test user of one request (only the test bed reads it). */
const ACTOR_HEADER = 'x-test-actor';

/** a parsed JSON answer; the body is of many shapes, read field by field by the tests */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON of many shapes
export type ApiAnswer = { status: number; body: any };

export interface ApiTestBed {
  bed: ServiceTestBed;
  app: ReturnType<typeof createApp>;
  /** JSON request as a given actor (default: the Träger's controlling); bodies are checked field by field */
  call(method: string, path: string, body?: unknown, actor?: Actor): Promise<ApiAnswer>;
  /** any request as a given actor, answered as it is (for raw bodies, headers, files) */
  request(path: string, init: RequestInit, actor?: Actor): Promise<Response>;
}

/** `sso`: single sign-on against a test provider (test-support/oidc-provider.ts); default none */
export async function startApiTestBed(options: { sso?: SingleSignOn } = {}): Promise<ApiTestBed> {
  const bed = await startServiceTestBed();
  const actors = new Map<string, Actor>(Object.values(ACTORS).map((a) => [a.id, a]));
  const now = () => new Date('2014-06-15T10:00:00Z');
  const identity = identityFor(bed.database.db, { demo: false, now, sso: options.sso });
  const app = createApp({
    ...identity,
    // a request with a session cookie or token is authenticated for real; any other acts as the
    // actor its test header names (per request, so that actors may run at the same time)
    contextFor: async (request, credentials) =>
      credentials.sessionId !== null || credentials.bearer !== null
        ? identity.contextFor(request, credentials)
        : bed.as(actors.get(request.headers.get(ACTOR_HEADER) ?? '') ?? ACTORS.traeger, now()),
    checkStore: () => bed.database.ping(),
  });
  const request = (path: string, init: RequestInit, actor: Actor = ACTORS.traeger) => {
    actors.set(actor.id, actor);
    const headers = new Headers(init.headers);
    headers.set(ACTOR_HEADER, actor.id);
    return Promise.resolve(app.request(path, { ...init, headers }));
  };
  return {
    bed,
    app,
    request,
    async call(method, path, body, actor = ACTORS.traeger) {
      const response = await request(
        path,
        {
          method,
          headers: body === undefined ? {} : { 'content-type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        },
        actor,
      );
      const text = await response.text();
      return { status: response.status, body: text === '' ? null : JSON.parse(text) };
    },
  };
}

/** A signed copy of the fixture agreement (Ziel II: JFW_K2 +0,5 %, Ziel III: JDW_LZB no increase) for one party. */
export async function signedAgreement(
  api: ApiTestBed,
  unitId: string,
  name: string,
): Promise<string> {
  const content = buildFixtureAgreement();
  content.parties[1] = { ...content.parties[1], unitId, name };
  const created = await api.call(
    'POST',
    '/api/agreements',
    { content: { ...content, signatures: [] } },
    ACTORS.ministerium,
  );
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const negotiating = await api.call(
    'POST',
    `/api/agreements/${created.body.id}/transitions`,
    { rowVersion: created.body.rowVersion, action: 'verhandeln' },
    ACTORS.ministerium,
  );
  const signed = await api.call(
    'POST',
    `/api/agreements/${created.body.id}/transitions`,
    {
      rowVersion: negotiating.body.rowVersion,
      action: 'unterzeichnen',
      signatures: content.signatures,
    },
    ACTORS.ministerium,
  );
  assert.equal(signed.status, 200, JSON.stringify(signed.body));
  return signed.body.id as string;
}
