/**
 * Login over the API against a real PostgreSQL: 401 without a session, the session cookie
 * (httpOnly, SameSite=Strict), CSRF on cookie writes, lockout after five failed attempts, idle
 * and absolute expiry, logout, password change, personal API tokens.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from '../../app.ts';
import { identityFor } from '../../../services/identity/app-identity.ts';
import { createUser } from '../../../services/identity/account.ts';
import { startServiceTestBed, type ServiceTestBed } from '../../../services/test-support.ts';
import {
  LOCKOUT_MS,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
} from '../../../domain/access/login-policy.ts';

let bed: ServiceTestBed;
let app: ReturnType<typeof createApp>;
let clock = new Date('2014-06-15T10:00:00Z');
const PASSWORD = 'Kreis-Borken-2014!';

before(async () => {
  bed = await startServiceTestBed();
  await createUser(bed.database.db, {
    id: 'anna',
    name: 'Anna Controlling',
    role: 'traeger',
    unitId: '05554',
    microdataRights: true,
    password: PASSWORD,
  });
  await createUser(bed.database.db, {
    id: 'bert',
    name: 'Bert Ministerium',
    role: 'ministerium',
    unitId: '05',
    microdataRights: false,
    password: PASSWORD,
  });
  app = createApp({
    ...identityFor(bed.database.db, { demo: false, now: () => clock }),
    checkStore: () => bed.database.ping(),
  });
});
after(async () => {
  await bed.database.destroy();
});

async function send(
  method: string,
  path: string,
  o: { body?: unknown; cookie?: string; csrf?: string; bearer?: string } = {},
) {
  const headers: Record<string, string> = {};
  if (o.body !== undefined) headers['content-type'] = 'application/json';
  if (o.cookie !== undefined) headers.cookie = o.cookie;
  if (o.csrf !== undefined) headers['x-csrf-token'] = o.csrf;
  if (o.bearer !== undefined) headers.authorization = `Bearer ${o.bearer}`;
  const response = await app.request(path, {
    method,
    headers,
    body: o.body === undefined ? undefined : JSON.stringify(o.body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text === '' ? null : JSON.parse(text),
  };
}

async function logIn(username: string, password = PASSWORD) {
  const r = await send('POST', '/api/session', { body: { username, password } });
  assert.equal(r.status, 200, JSON.stringify(r.body));
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0]!;
  return { cookie, csrf: r.body.csrfToken as string, setCookie: r.headers.get('set-cookie') ?? '' };
}

test('without a session every API route answers 401 in the one error shape; health and the description stay open', async () => {
  const r = await send('GET', '/api/agreements?year=2014');
  assert.equal(r.status, 401);
  assert.equal(r.body.error.code, 'unauthenticated');
  assert.match(r.body.error.message, /anmelden/i);
  assert.equal((await send('GET', '/api/health')).status, 200);
  assert.equal((await send('GET', '/api/openapi.json')).status, 200);
  assert.equal(
    (await send('GET', '/api/agreements', { cookie: 'zs_session=zs_s_ausgedacht' })).status,
    401,
  );
});

test('log in: an httpOnly, SameSite=Strict cookie; the session names the user; writes need the CSRF token', async () => {
  const s = await logIn('anna');
  assert.match(s.setCookie, /HttpOnly/i);
  assert.match(s.setCookie, /SameSite=Strict/i);
  const me = await send('GET', '/api/session', { cookie: s.cookie });
  assert.equal(me.status, 200);
  assert.equal(me.body.user.id, 'anna');
  assert.equal(me.body.csrfToken, s.csrf);
  assert.equal((await send('GET', '/api/agreements?year=2014', { cookie: s.cookie })).status, 200);
  const noCsrf = await send('POST', '/api/tokens', { cookie: s.cookie, body: { name: 'Skript' } });
  assert.equal(noCsrf.status, 403);
  assert.match(noCsrf.body.error.message, /CSRF/);
  assert.equal(
    (
      await send('POST', '/api/tokens', {
        cookie: s.cookie,
        csrf: 'falsch',
        body: { name: 'Skript' },
      })
    ).status,
    403,
  );
  assert.equal(
    (
      await send('POST', '/api/tokens', {
        cookie: s.cookie,
        csrf: s.csrf,
        body: { name: 'Skript' },
      })
    ).status,
    201,
  );
});

test('five wrong passwords lock the user name for 15 minutes, also for the right password; then it opens again', async () => {
  for (let i = 0; i < 4; i++)
    assert.equal(
      (await send('POST', '/api/session', { body: { username: 'bert', password: 'falsch' } }))
        .status,
      401,
    );
  const fifth = await send('POST', '/api/session', {
    body: { username: 'bert', password: 'falsch' },
  });
  assert.equal(fifth.status, 401);
  const locked = await send('POST', '/api/session', {
    body: { username: 'bert', password: PASSWORD },
  });
  assert.equal(locked.status, 429);
  assert.equal(locked.body.error.code, 'too_many_attempts');
  assert.equal(locked.headers.get('retry-after'), String(LOCKOUT_MS / 1000));
  // an unknown user name answers like a wrong password
  const unknown = await send('POST', '/api/session', {
    body: { username: 'niemand', password: PASSWORD },
  });
  assert.equal(unknown.status, 401);
  assert.equal(
    unknown.body.error.message,
    (await send('POST', '/api/session', { body: { username: 'anna', password: 'falsch' } })).body
      .error.message,
  );
  clock = new Date(clock.getTime() + LOCKOUT_MS);
  await logIn('bert');
  const audit = await bed.database.pool.query(
    "SELECT action FROM audit_log WHERE entity_id = 'bert' ORDER BY id",
  );
  assert.deepEqual(
    audit.rows.map((r) => r.action),
    [
      'user.create',
      'login.failed',
      'login.failed',
      'login.failed',
      'login.failed',
      'login.failed',
      'login.locked',
      'login',
    ],
  );
});

test('a session ends after 30 idle minutes, and after 12 hours however active', async () => {
  const s = await logIn('anna');
  clock = new Date(clock.getTime() + SESSION_IDLE_MS - 60_000);
  assert.equal((await send('GET', '/api/session', { cookie: s.cookie })).status, 200);
  clock = new Date(clock.getTime() + SESSION_IDLE_MS);
  assert.equal((await send('GET', '/api/session', { cookie: s.cookie })).status, 401);
  const t = await logIn('anna');
  const end = clock.getTime() + SESSION_ABSOLUTE_MS;
  while (clock.getTime() + 20 * 60_000 < end) {
    clock = new Date(clock.getTime() + 20 * 60_000);
    assert.equal((await send('GET', '/api/session', { cookie: t.cookie })).status, 200);
  }
  clock = new Date(end);
  assert.equal((await send('GET', '/api/session', { cookie: t.cookie })).status, 401);
});

test('log out ends the session; a password change ends the other sessions and checks the new password', async () => {
  const one = await logIn('anna');
  const two = await logIn('anna');
  assert.equal(
    (await send('DELETE', '/api/session', { cookie: one.cookie, csrf: one.csrf })).status,
    204,
  );
  assert.equal((await send('GET', '/api/session', { cookie: one.cookie })).status, 401);
  const three = await logIn('anna');
  const weak = await send('PUT', '/api/session/password', {
    cookie: three.cookie,
    csrf: three.csrf,
    body: { currentPassword: PASSWORD, newPassword: 'kurz' },
  });
  assert.equal(weak.status, 422);
  assert.match(weak.body.error.message, /mindestens 12 Zeichen/);
  const wrong = await send('PUT', '/api/session/password', {
    cookie: three.cookie,
    csrf: three.csrf,
    body: { currentPassword: 'falsch', newPassword: 'Ein-neues-Kennwort-2015' },
  });
  assert.equal(wrong.status, 422);
  const ok = await send('PUT', '/api/session/password', {
    cookie: three.cookie,
    csrf: three.csrf,
    body: { currentPassword: PASSWORD, newPassword: 'Ein-neues-Kennwort-2015' },
  });
  assert.equal(ok.status, 204);
  assert.equal((await send('GET', '/api/session', { cookie: two.cookie })).status, 401);
  assert.equal((await send('GET', '/api/session', { cookie: three.cookie })).status, 200);
  assert.equal(
    (await send('POST', '/api/session', { body: { username: 'anna', password: PASSWORD } })).status,
    401,
  );
  await logIn('anna', 'Ein-neues-Kennwort-2015');
});

test('a personal API token works as Bearer without CSRF, is stored hashed, and stops when revoked', async () => {
  const s = await logIn('bert');
  const created = await send('POST', '/api/tokens', {
    cookie: s.cookie,
    csrf: s.csrf,
    body: { name: 'Monatsbericht' },
  });
  assert.equal(created.status, 201);
  assert.match(created.body.token, /^zs_t_/);
  const stored = await bed.database.pool.query('SELECT token_hash FROM api_tokens WHERE id = $1', [
    created.body.id,
  ]);
  assert.notEqual(stored.rows[0].token_hash, created.body.token);
  assert.equal(
    (await send('GET', '/api/agreements?year=2014', { bearer: created.body.token })).status,
    200,
  );
  const list = await send('GET', '/api/tokens', { bearer: created.body.token });
  assert.deepEqual(
    list.body.map((t: { name: string }) => t.name),
    ['Monatsbericht'],
  );
  assert.equal(list.body[0].token, undefined);
  assert.equal(
    (await send('DELETE', `/api/tokens/${created.body.id}`, { cookie: s.cookie, csrf: s.csrf }))
      .status,
    204,
  );
  assert.equal(
    (await send('GET', '/api/agreements?year=2014', { bearer: created.body.token })).status,
    401,
  );
  // another user cannot revoke it (it is not theirs: not found)
  const a = await logIn('anna', 'Ein-neues-Kennwort-2015');
  assert.equal(
    (await send('DELETE', `/api/tokens/${created.body.id}`, { cookie: a.cookie, csrf: a.csrf }))
      .status,
    404,
  );
});
