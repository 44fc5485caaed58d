/**
 * Single sign-on against a real OpenID provider (oidc-provider on a local port) and a real
 * PostgreSQL: the whole flow with its redirects followed by hand, the session it opens, the
 * mapping applied on every login, refusals (no rule, wrong unit, a local account of that name,
 * a deactivated account) audited, forged or missing state and an expired flow refused, PKCE
 * S256 on the wire, an unreachable provider answered with 503.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../app.ts';
import { identityFor } from '../../../services/identity/app-identity.ts';
import { createUser } from '../../../services/identity/account.ts';
import { createOidcClient } from '../../../services/identity/oidc-client.ts';
import { startServiceTestBed, type ServiceTestBed } from '../../../services/test-support.ts';
import {
  startTestProvider,
  testSingleSignOn,
  TEST_REDIRECT_URI,
  type TestProvider,
} from '../../test-support/oidc-provider.ts';
import { freePort } from '../../../db/free-port.ts';

let bed: ServiceTestBed;
let provider: TestProvider;
let app: ReturnType<typeof createApp>;
let clock = new Date('2014-06-15T10:00:00Z');
const PASSWORD = 'Kreis-Borken-2014!';
const JSON_ONLY = { accept: 'application/json' };
const BROWSER = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

before(async () => {
  [bed, provider] = await Promise.all([startServiceTestBed(), startTestProvider()]);
  await createUser(bed.database.db, {
    id: 'bert',
    name: 'Bert Lokal',
    role: 'ministerium',
    unitId: '05',
    microdataRights: false,
    password: PASSWORD,
  });
  app = createApp({
    ...identityFor(bed.database.db, {
      demo: false,
      now: () => clock,
      sso: testSingleSignOn(provider, 'Anmelden mit dem Landesportal'),
    }),
    checkStore: () => bed.database.ping(),
  });
});
after(async () => {
  await Promise.all([bed.database.destroy(), provider.close()]);
});

const cookieOf = (response: Response, name: string) =>
  response.headers
    .getSetCookie()
    .find((c) => c.startsWith(`${name}=`))
    ?.split(';')[0];

/** GET /api/session/oidc: the flow cookie and the provider's authorization URL. */
async function start() {
  const response = await app.request('/api/session/oidc', { headers: BROWSER });
  assert.equal(response.status, 302, await response.text());
  const flowCookie = cookieOf(response, 'zs_oidc');
  assert.ok(flowCookie !== undefined, 'no flow cookie');
  return {
    response,
    flowCookie,
    authorizationUrl: new URL(response.headers.get('location')!),
  };
}

/** The provider's answer to the app's callback, as the app receives it. */
function callback(
  redirect: URL,
  flowCookie: string | undefined,
  headers: Record<string, string> = BROWSER,
) {
  assert.equal(`${redirect.origin}${redirect.pathname}`, TEST_REDIRECT_URI);
  return app.request(`${redirect.pathname}${redirect.search}`, {
    headers: { ...headers, ...(flowCookie === undefined ? {} : { cookie: flowCookie }) },
  });
}

/** The whole flow as `subject`; the callback's response. */
async function logInAs(subject: string, headers: Record<string, string> = BROWSER) {
  const flow = await start();
  provider.loginAs(subject);
  const redirect = await provider.authorize(flow.authorizationUrl.href);
  return callback(redirect, flow.flowCookie, headers);
}

async function session(cookie: string) {
  const response = await app.request('/api/session', { headers: { cookie } });
  return { status: response.status, body: await response.json() };
}

async function audit(entityId: string) {
  const rows = await bed.database.pool.query(
    'SELECT action, actor, detail FROM audit_log WHERE entity_id = $1 ORDER BY id',
    [entityId],
  );
  return rows.rows as { action: string; actor: string; detail: Record<string, unknown> }[];
}

const userRow = async (id: string) =>
  (
    await bed.database.pool.query(
      'SELECT role, unit_id, name, password_hash, sso_subject, active FROM users WHERE id = $1',
      [id],
    )
  ).rows[0];

test('the login page learns the button text; without single sign-on it is null and the start is 404', async () => {
  const info = await (await app.request('/api/session/info')).json();
  assert.deepEqual(info.sso, { label: 'Anmelden mit dem Landesportal' });
  const plain = createApp({
    ...identityFor(bed.database.db, { demo: false }),
    checkStore: async () => true,
  });
  assert.equal((await (await plain.request('/api/session/info')).json()).sso, null);
  const off = await plain.request('/api/session/oidc', { headers: JSON_ONLY });
  assert.equal(off.status, 404);
  assert.match((await off.json()).error.message, /nicht eingerichtet/);
  const offCallback = await plain.request('/api/session/oidc/callback?code=x&state=y', {
    headers: BROWSER,
  });
  assert.equal(offCallback.status, 302);
  assert.match(offCallback.headers.get('location')!, /^\/anmelden\?fehler=/);
});

test('the start keeps the secrets on the server, sets a Lax flow cookie and sends the browser with PKCE S256, state and nonce', async () => {
  const flow = await start();
  const setCookie = flow.response.headers.getSetCookie().join('\n');
  assert.match(
    setCookie,
    /zs_oidc=[^;]+; Max-Age=600; Path=\/api\/session\/oidc; HttpOnly; SameSite=Lax/,
  );
  const url = flow.authorizationUrl;
  assert.equal(url.origin, provider.issuer);
  assert.equal(url.searchParams.get('code_challenge_method'), 'S256');
  assert.match(url.searchParams.get('code_challenge') ?? '', /^[\w-]{43}$/);
  assert.ok((url.searchParams.get('state') ?? '').length >= 40);
  assert.ok((url.searchParams.get('nonce') ?? '').length >= 40);
  assert.equal(url.searchParams.get('redirect_uri'), TEST_REDIRECT_URI);
  assert.equal(url.searchParams.get('scope'), 'openid profile groups');
  // the cookie holds a random id; the store only its hash, and the verifier never leaves the server
  const id = flow.flowCookie.split('=')[1]!;
  const rows = await bed.database.pool.query('SELECT id_hash, code_verifier FROM oidc_flows');
  assert.ok(rows.rows.every((r) => r.id_hash !== id));
  assert.ok(!url.href.includes(rows.rows.at(-1).code_verifier));
});

test('a first login provisions the account from the mapping and opens a session like the password login', async () => {
  provider.accounts.set('sub-anna', {
    preferred_username: 'anna.schmidt',
    name: 'Anna Schmidt',
    groups: ['zs-alle', 'zs-controlling-borken'],
  });
  const before = provider.authorizationRequests.length;
  const response = await logInAs('sub-anna');
  assert.equal(response.status, 302, await response.text());
  assert.equal(response.headers.get('location'), '/');
  // PKCE on the wire, as the provider received it
  assert.equal(provider.authorizationRequests[before]?.get('code_challenge_method'), 'S256');
  const cookies = response.headers.getSetCookie().join('\n');
  assert.match(cookies, /zs_session=[^;]+;.*HttpOnly; SameSite=Strict/);
  assert.match(cookies, /zs_oidc=; Max-Age=0/);
  const me = await session(cookieOf(response, 'zs_session')!);
  assert.equal(me.status, 200);
  assert.deepEqual(me.body.user, {
    id: 'anna.schmidt',
    name: 'Anna Schmidt',
    role: 'traeger',
    unitId: '05554',
    microdataRights: true,
  });
  assert.ok(me.body.csrfToken.length > 20);
  const row = await userRow('anna.schmidt');
  assert.equal(row.password_hash, null);
  assert.equal(row.sso_subject, 'sub-anna');
  const trail = await audit('anna.schmidt');
  assert.deepEqual(
    trail.map((r) => [r.action, r.actor, r.detail.via]),
    [
      ['user.create', 'sso', 'oidc'],
      ['login', 'anna.schmidt', 'oidc'],
    ],
  );
  // an SSO account has no password: the local login does not open it
  const local = await app.request('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'anna.schmidt', password: '' }),
  });
  assert.equal(local.status, 401);
});

test('a later login applies the mapping anew; the account stays bound to the subject, not the name', async () => {
  provider.accounts.set('sub-anna', {
    preferred_username: 'anna.mueller',
    name: 'Anna Müller',
    groups: ['zs-mais-nrw', 'zs-controlling-borken'],
  });
  const response = await logInAs('sub-anna');
  assert.equal(response.status, 302);
  const me = await session(cookieOf(response, 'zs_session')!);
  assert.deepEqual(me.body.user, {
    id: 'anna.schmidt',
    name: 'Anna Müller',
    role: 'ministerium',
    unitId: '05',
    microdataRights: false,
  });
  const update = (await audit('anna.schmidt')).find((r) => r.action === 'user.update');
  assert.deepEqual(update?.detail, {
    via: 'oidc',
    name: 'Anna Müller',
    role: 'ministerium',
    unitId: '05',
    microdataRights: false,
    importSources: [],
  });
  // nothing changed: no update
  await logInAs('sub-anna');
  assert.equal((await audit('anna.schmidt')).filter((r) => r.action === 'user.update').length, 1);
});

test('no matching rule: refused with a German message (403, or the login page for a browser), audited', async () => {
  provider.accounts.set('sub-carl', {
    preferred_username: 'carl',
    name: 'Carl',
    groups: ['zs-andere'],
  });
  const api = await logInAs('sub-carl', JSON_ONLY);
  assert.equal(api.status, 403);
  const body = await api.json();
  assert.equal(body.error.code, 'forbidden');
  assert.match(body.error.message, /keine Zuordnungsregel passt/);
  assert.equal(cookieOf(api, 'zs_session'), undefined);
  const page = await logInAs('sub-carl');
  assert.equal(page.status, 302);
  const target = new URL(page.headers.get('location')!, 'http://localhost');
  assert.equal(target.pathname, '/anmelden');
  assert.match(target.searchParams.get('fehler') ?? '', /^Anmeldung nicht möglich\. Für „carl“/);
  assert.equal(await userRow('carl'), undefined);
  const trail = await audit('carl');
  assert.deepEqual(
    trail.map((r) => [r.action, r.detail.via, r.detail.subject]),
    [
      ['login.failed', 'oidc', 'sub-carl'],
      ['login.failed', 'oidc', 'sub-carl'],
    ],
  );
});

test('a rule naming a unit that does not exist, or one that does not fit the role, refuses the login', async () => {
  provider.accounts.set('sub-dora', { preferred_username: 'dora', groups: ['zs-nirgendwo'] });
  const unknown = await logInAs('sub-dora', JSON_ONLY);
  assert.equal(unknown.status, 403);
  assert.match((await unknown.json()).error.message, /Einheit „99999“ .* gibt es nicht/);
  provider.accounts.set('sub-dora', { preferred_username: 'dora', groups: ['zs-falsche-rolle'] });
  const mismatch = await logInAs('sub-dora', JSON_ONLY);
  assert.equal(mismatch.status, 403);
  assert.match((await mismatch.json()).error.message, /passt nicht zu Nordrhein-Westfalen/);
  assert.equal(await userRow('dora'), undefined);
  assert.equal((await audit('dora')).length, 2);
});

test('a local account with a password of the same name is not taken over', async () => {
  provider.accounts.set('sub-bert', {
    preferred_username: 'bert',
    groups: ['zs-controlling-borken'],
  });
  const response = await logInAs('sub-bert', JSON_ONLY);
  assert.equal(response.status, 403);
  assert.match((await response.json()).error.message, /schon ein Konto „bert“ mit Kennwort/);
  const row = await userRow('bert');
  assert.equal(row.role, 'ministerium');
  assert.equal(row.sso_subject, null);
  assert.notEqual(row.password_hash, null);
  const local = await app.request('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'bert', password: PASSWORD }),
  });
  assert.equal(local.status, 200);
  assert.equal((await audit('bert')).at(-2)?.action, 'login.failed');
});

test('a deactivated account stays refused', async () => {
  await bed.database.pool.query("UPDATE users SET active = false WHERE id = 'anna.schmidt'");
  const response = await logInAs('sub-anna', JSON_ONLY);
  assert.equal(response.status, 403);
  assert.match((await response.json()).error.message, /„anna\.schmidt“ ist gesperrt/);
  await bed.database.pool.query("UPDATE users SET active = true WHERE id = 'anna.schmidt'");
});

test('a forged or missing state, a missing or foreign flow cookie and an expired flow are refused; a flow serves once', async () => {
  provider.accounts.set('sub-eva', { preferred_username: 'eva', groups: ['zs-jobcenter-ahaus'] });
  provider.loginAs('sub-eva');
  const flow = await start();
  const redirect = await provider.authorize(flow.authorizationUrl.href);
  const forged = new URL(redirect);
  forged.searchParams.set('state', 'gefälscht');
  const refused = await callback(forged, flow.flowCookie, JSON_ONLY);
  assert.equal(refused.status, 401);
  assert.match((await refused.json()).error.message, /nicht bestätigen/);
  // the flow is gone now, even with the right state
  const again = await callback(redirect, flow.flowCookie, JSON_ONLY);
  assert.equal(again.status, 401);
  assert.match((await again.json()).error.message, /unbekannt oder abgelaufen/);

  const second = await start();
  const secondRedirect = await provider.authorize(second.authorizationUrl.href);
  const noCookie = await callback(secondRedirect, undefined, JSON_ONLY);
  assert.equal(noCookie.status, 401);
  const withoutState = new URL(secondRedirect);
  withoutState.searchParams.delete('state');
  assert.equal((await callback(withoutState, second.flowCookie, JSON_ONLY)).status, 401);

  // the answer to one browser's flow does not fit another browser's cookie
  const mine = await start();
  const theirs = await start();
  const theirRedirect = await provider.authorize(theirs.authorizationUrl.href);
  assert.equal((await callback(theirRedirect, mine.flowCookie, JSON_ONLY)).status, 401);

  // ten minutes at the provider at most
  const slow = await start();
  const slowRedirect = await provider.authorize(slow.authorizationUrl.href);
  clock = new Date(clock.getTime() + 10 * 60_000 + 1000);
  const late = await callback(slowRedirect, slow.flowCookie);
  assert.equal(late.status, 302);
  assert.match(
    decodeURIComponent(late.headers.get('location')!),
    /^\/anmelden\?fehler=Dieser Anmeldevorgang ist unbekannt oder abgelaufen/,
  );
  assert.equal(await userRow('eva'), undefined);
  // and a good one still works
  const good = await logInAs('sub-eva');
  assert.equal(good.headers.get('location'), '/');
  assert.equal((await session(cookieOf(good, 'zs_session')!)).body.user.unitId, '05554004');
});

test('the provider refusing (the user cancelled) is said, not a fault', async () => {
  const flow = await start();
  const state = flow.authorizationUrl.searchParams.get('state')!;
  const cancelled = new URL(TEST_REDIRECT_URI);
  cancelled.search = new URLSearchParams({
    error: 'access_denied',
    state,
    iss: provider.issuer,
  }).toString();
  const response = await callback(cancelled, flow.flowCookie, JSON_ONLY);
  assert.equal(response.status, 401);
  assert.match((await response.json()).error.message, /nicht bestätigt \(access_denied\)/);
});

test('a provider that does not answer: 503 with Retry-After for clients, the login page for a browser', async () => {
  const port = await freePort();
  const down = createApp({
    ...identityFor(bed.database.db, {
      demo: false,
      sso: {
        ...testSingleSignOn(provider),
        client: createOidcClient({
          issuer: `http://127.0.0.1:${port}`,
          clientId: 'zielsteuerung',
          clientSecret: null,
          redirectUri: TEST_REDIRECT_URI,
          scopes: [],
        }),
      },
    }),
    checkStore: async () => true,
  });
  const api = await down.request('/api/session/oidc', { headers: JSON_ONLY });
  assert.equal(api.status, 503);
  assert.equal(api.headers.get('retry-after'), '30');
  const body = await api.json();
  assert.equal(body.error.code, 'unavailable');
  assert.match(body.error.message, /nicht erreichbar/);
  const page = await down.request('/api/session/oidc', { headers: BROWSER });
  assert.equal(page.status, 302);
  assert.match(decodeURIComponent(page.headers.get('location')!), /fehler=Der Anmeldedienst/);
});
