/** API tests: the real app on a real PostgreSQL (services/test-support.ts), called with app.request(). */
import type { Actor } from '../services/context.ts';
import {
  ACTORS,
  partyActor,
  startServiceTestBed,
  TEST_UNITS,
  type ServiceTestBed,
} from '../services/test-support.ts';
import assert from 'node:assert/strict';
import type { Party } from '../domain/agreements/agreement.ts';
import { buildFixtureAgreement } from '../domain/agreements/agreement-fixture.ts';
import { createApp } from './app.ts';
import { systemActor } from '../services/system/system-actor.ts';
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

/**
 * The tests look at the year as of 2014-06-15, but load figures of the whole year as published
 * later; a Datenstand must not lie in the future of its loading (access/rights.ts), so loading
 * happens on the real day.
 */
const clockFor = (request: Request) =>
  request.method === 'POST' && new URL(request.url).pathname === '/api/datenstaende'
    ? new Date()
    : new Date('2014-06-15T10:00:00Z');

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
        : bed.as(
            actors.get(request.headers.get(ACTOR_HEADER) ?? '') ?? ACTORS.traeger,
            clockFor(request),
          ),
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

/**
 * Both parties sign the fixture's signatures, each its own (the steering party's user, then a
 * user of the target unit); answers the last step.
 */
export async function signAsBothParties(
  api: ApiTestBed,
  id: string,
  rowVersion: number,
  signatures = buildFixtureAgreement().signatures,
): Promise<ApiAnswer> {
  const agreement = await api.call('GET', `/api/agreements/${id}`, undefined, systemActor());
  let version = rowVersion;
  let answer: ApiAnswer = agreement;
  for (const party of [1, 0] as const) {
    const unitId = party === 0 ? agreement.body.steeringUnit.id : agreement.body.unit.id;
    answer = await api.call(
      'POST',
      `/api/agreements/${id}/transitions`,
      {
        rowVersion: version,
        action: 'unterzeichnen',
        signatures: signatures.filter((s) => s.party === party),
      },
      partyActor(unitId),
    );
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    version = answer.body.rowVersion;
  }
  return answer;
}

/**
 * The fixture agreement (Ziel II: JFW_K2 +0,5 %, Ziel III: JDW_LZB no increase) for another target
 * unit, with the unit that steers it as first party (the Land for a Träger, Kreis Borken for its
 * örtliche Jobcenter).
 */
export function fixtureFor(unitId: string, name: string) {
  const content = buildFixtureAgreement();
  const steering = TEST_UNITS.find((u) => u.id === unitId)?.parentId ?? '05';
  const [first, second] = content.parties as [Party, Party];
  if (steering !== first.unitId)
    content.parties[0] = {
      ...second,
      side: 0,
      unitId: steering,
      name: TEST_UNITS.find((u) => u.id === steering)!.name,
    };
  content.parties[1] = { ...second, unitId, name };
  return content;
}

/** A signed copy of the fixture agreement for one target unit (fixtureFor), each party signing its own. */
export async function signedAgreement(
  api: ApiTestBed,
  unitId: string,
  name: string,
): Promise<string> {
  const content = fixtureFor(unitId, name);
  const steering = partyActor(content.parties[0]!.unitId);
  const created = await api.call(
    'POST',
    '/api/agreements',
    { content: { ...content, signatures: [] } },
    steering,
  );
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const negotiating = await api.call(
    'POST',
    `/api/agreements/${created.body.id}/transitions`,
    { rowVersion: created.body.rowVersion, action: 'verhandeln' },
    steering,
  );
  const signed = await signAsBothParties(api, created.body.id, negotiating.body.rowVersion);
  return signed.body.id as string;
}

/** The audit trail of one record as [action, detail], oldest first, as the administration reads it. */
export async function auditOf(
  api: ApiTestBed,
  entity: string,
  entityId: string,
): Promise<[string, unknown][]> {
  const trail = await api.call(
    'GET',
    `/api/audit?entity=${entity}&entityId=${encodeURIComponent(entityId)}`,
    undefined,
    ACTORS.administration,
  );
  assert.equal(trail.status, 200, JSON.stringify(trail.body));
  return trail.body.entries.map((e: { action: string; detail: unknown }) => [e.action, e.detail]);
}

/** A figure row as `POST /api/datenstaende` takes it: final, without zaehler and nenner. */
export function figureRow(
  unitId: string,
  month: string,
  kind: 'kennzahl' | 'grundgroesse' | 'lokal',
  metric: string,
  value: number,
  sex: 'insgesamt' | 'm' | 'w' = 'insgesamt',
) {
  return { unitId, month, sex, kind, metric, value, zaehler: null, nenner: null, quality: 'final' };
}
