/**
 * The administration of accounts over the API, on a real PostgreSQL: the administrator lists,
 * creates, changes, deactivates and reactivates accounts and resets passwords; every other role
 * gets 403 on every administration route; the role must fit the unit (422 naming the field); an
 * administrator cannot deactivate or demote the own account; a deactivated account's session
 * ends at once (401); the audit trail records each change and no secret.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Actor } from '../../../services/context.ts';
import { ACTORS } from '../../../services/test-support.ts';
import { startApiTestBed, type ApiTestBed } from '../../test-support.ts';

let api: ApiTestBed;
const admin = ACTORS.administration;
const LESER: Actor = {
  id: 'leserin',
  name: 'Lesende Person',
  role: 'leser',
  unitId: '05',
  microdataRights: false,
  importSources: [],
};

before(async () => {
  api = await startApiTestBed();
});
after(async () => {
  await api.bed.database.destroy();
});

const newUser = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `Benutzer ${id}`,
  role: 'jobcenter',
  unitId: '05554008',
  microdataRights: false,
  importSources: ['manuell'],
  ...extra,
});

/** Logs in for real; the session cookie and its CSRF token. */
async function logIn(username: string, password: string) {
  const response = await api.request('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = await response.json();
  assert.equal(response.status, 200, JSON.stringify(body));
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  return { cookie, csrf: body.csrfToken as string };
}

const withSession = async (cookie: string) =>
  (await api.request('/api/session', { headers: { cookie } })).status;

test('the administrator lists every account: role, unit with name, grants, no password hash', async () => {
  const list = await api.call('GET', '/api/admin/users', undefined, admin);
  assert.equal(list.status, 200, JSON.stringify(list.body));
  const borken = list.body.find((u: { id: string }) => u.id === 'borken');
  assert.deepEqual(borken, {
    id: 'borken',
    name: 'Controlling Kreis Borken',
    role: 'traeger',
    unitId: '05554',
    unitName: 'Kreis Borken',
    microdataRights: true,
    importSources: ['mikrodaten', 'manuell'],
    active: true,
    hasPassword: true,
    lastLoginAt: null,
    rowVersion: 1,
  });
  assert.doesNotMatch(JSON.stringify(list.body), /argon2|passwordHash/);
});

test('create: a one-time password shown once that opens a session; the last login is listed', async () => {
  const created = await api.call('POST', '/api/admin/users', newUser('bocholt'), admin);
  assert.equal(created.status, 201, JSON.stringify(created.body));
  assert.equal(created.body.unitName, 'Bocholt');
  assert.equal(created.body.hasPassword, true);
  assert.equal(created.body.rowVersion, 1);
  const password = created.body.oneTimePassword as string;
  assert.equal(password.length, 20);
  await logIn('bocholt', password);
  const list = await api.call('GET', '/api/admin/users', undefined, admin);
  const listed = list.body.find((u: { id: string }) => u.id === 'bocholt');
  // the audit trail's time (PostgreSQL's clock, not the test's)
  assert.match(listed.lastLoginAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  assert.equal('oneTimePassword' in listed, false);

  const given = await api.call(
    'POST',
    '/api/admin/users',
    newUser('bocholt2', { password: 'Bocholt-Kennwort-2014' }),
    admin,
  );
  assert.equal(given.status, 201, JSON.stringify(given.body));
  assert.equal(given.body.oneTimePassword, null);
  await logIn('bocholt2', 'Bocholt-Kennwort-2014');

  const again = await api.call('POST', '/api/admin/users', newUser('bocholt'), admin);
  assert.equal(again.status, 409);
  assert.match(again.body.error.message, /gibt es schon/);
});

test('refused with 422 naming the field: role and unit, unknown unit, grants, weak password, bad name', async () => {
  const cases: [Record<string, unknown>, string, RegExp][] = [
    [
      newUser('x1', { role: 'ministerium' }),
      'unitId',
      /Rolle „Landessteuerung \(Ministerium\)“ passt nicht zu Bocholt/,
    ],
    [newUser('x2', { unitId: '99999' }), 'unitId', /Einheit „99999“ gibt es nicht/],
    [
      newUser('x3', { role: 'administration', unitId: 'DE', microdataRights: true }),
      'microdataRights',
      /sieht keine Zahlen/,
    ],
    [newUser('x4', { role: 'leser', importSources: ['mikrodaten'] }), 'importSources', /keine/],
    [newUser('x5', { password: 'kurz' }), 'password', /mindestens 12 Zeichen/],
    [newUser('ö x'), 'id', /nur Buchstaben ohne Umlaute/],
    [newUser('x6', { importSources: ['manuell', 'manuell'] }), 'importSources', /höchstens einmal/],
  ];
  for (const [body, path, message] of cases) {
    const r = await api.call('POST', '/api/admin/users', body, admin);
    assert.equal(r.status, 422, `${path}: ${JSON.stringify(r.body)}`);
    const detail = r.body.error.details.find((d: { path: string }) => d.path === path);
    assert.ok(detail, `${path}: ${JSON.stringify(r.body.error.details)}`);
    assert.match(r.body.error.message + detail.message, message);
  }
  const list = await api.call('GET', '/api/admin/users', undefined, admin);
  assert.equal(list.body.filter((u: { id: string }) => /^x\d$/.test(u.id)).length, 0);
});

test('update: name, role, unit and grants with the row version read; a stale one is 409 with the account as it is', async () => {
  await api.call('POST', '/api/admin/users', newUser('wechsel'), admin);
  const changed = await api.call(
    'PATCH',
    '/api/admin/users/wechsel',
    {
      rowVersion: 1,
      name: 'Wechselnde Person',
      role: 'traeger',
      unitId: '05111',
      microdataRights: true,
    },
    admin,
  );
  assert.equal(changed.status, 200, JSON.stringify(changed.body));
  assert.equal(changed.body.rowVersion, 2);
  assert.equal(changed.body.unitName, 'Düsseldorf');
  assert.deepEqual(changed.body.notices, [
    'Die Änderung gilt ab der nächsten Anfrage des Benutzers; laufende Sitzungen bleiben bestehen.',
  ]);
  const stale = await api.call(
    'PATCH',
    '/api/admin/users/wechsel',
    { rowVersion: 1, name: 'Zu spät' },
    admin,
  );
  assert.equal(stale.status, 409);
  assert.equal(stale.body.error.current.name, 'Wechselnde Person');
  assert.equal(stale.body.error.current.rowVersion, 2);
  const mismatch = await api.call(
    'PATCH',
    '/api/admin/users/wechsel',
    { rowVersion: 2, role: 'jobcenter' },
    admin,
  );
  assert.equal(mismatch.status, 422);
  assert.equal(mismatch.body.error.details[0].path, 'unitId');
  assert.equal(
    (await api.call('PATCH', '/api/admin/users/niemand', { rowVersion: 1, name: 'X' }, admin))
      .status,
    404,
  );
});

test('an administrator neither deactivates nor demotes the own account, nor resets the own password here', async () => {
  const self = await api.call(
    'PATCH',
    `/api/admin/users/${admin.id}`,
    { rowVersion: 1, active: false },
    admin,
  );
  assert.equal(self.status, 403);
  assert.match(self.body.error.message, /eigene Konto können Sie nicht deaktivieren/);
  const demote = await api.call(
    'PATCH',
    `/api/admin/users/${admin.id}`,
    { rowVersion: 1, role: 'leser' },
    admin,
  );
  assert.equal(demote.status, 403);
  assert.match(demote.body.error.message, /eigene Rolle können Sie nicht ändern/);
  const reset = await api.call('POST', `/api/admin/users/${admin.id}/password`, {}, admin);
  assert.equal(reset.status, 403);
  assert.match(reset.body.error.message, /eigene Kennwort/);
});

test('deactivating ends the sessions at once (401); tokens are refused while inactive and count again after reactivation', async () => {
  const created = await api.call('POST', '/api/admin/users', newUser('gehend'), admin);
  const session = await logIn('gehend', created.body.oneTimePassword);
  assert.equal(await withSession(session.cookie), 200);
  const tokenAnswer = await api.request('/api/tokens', {
    method: 'POST',
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrf,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ name: 'Skript' }),
  });
  const { token } = await tokenAnswer.json();
  const withToken = async () =>
    (await api.request('/api/session', { headers: { authorization: `Bearer ${token}` } })).status;
  assert.equal(await withToken(), 200);

  const off = await api.call(
    'PATCH',
    '/api/admin/users/gehend',
    { rowVersion: 1, active: false },
    admin,
  );
  assert.equal(off.status, 200, JSON.stringify(off.body));
  assert.equal(off.body.active, false);
  assert.deepEqual(off.body.notices, [
    'Deaktiviert: eine Sitzung beendet.',
    'Ein API-Token bleibt gespeichert (nicht widerrufen), gilt aber nicht, solange das Konto deaktiviert ist; nach einer Reaktivierung gilt es wieder.',
  ]);
  assert.equal(await withSession(session.cookie), 401);
  assert.equal(await withToken(), 401);
  const login = await api.request('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'gehend', password: created.body.oneTimePassword }),
  });
  assert.equal(login.status, 401);

  const on = await api.call(
    'PATCH',
    '/api/admin/users/gehend',
    { rowVersion: 2, active: true },
    admin,
  );
  assert.equal(on.status, 200);
  assert.deepEqual(on.body.notices, ['Reaktiviert: ein nicht widerrufenes API-Token gilt wieder.']);
  assert.equal(await withToken(), 200);
  assert.equal(await withSession(session.cookie), 401, 'the ended session stays ended');
});

test('password reset: generated or given, the old password and the sessions end', async () => {
  const created = await api.call('POST', '/api/admin/users', newUser('vergesslich'), admin);
  const old = created.body.oneTimePassword as string;
  const session = await logIn('vergesslich', old);
  const reset = await api.call('POST', '/api/admin/users/vergesslich/password', {}, admin);
  assert.equal(reset.status, 200, JSON.stringify(reset.body));
  assert.equal(reset.body.oneTimePassword.length, 20);
  assert.deepEqual(reset.body.notices, [
    'Kennwort neu gesetzt; eine Sitzung des Benutzers beendet.',
  ]);
  assert.equal(await withSession(session.cookie), 401);
  const wrong = await api.request('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'vergesslich', password: old }),
  });
  assert.equal(wrong.status, 401);
  await logIn('vergesslich', reset.body.oneTimePassword);
  const weak = await api.call(
    'POST',
    '/api/admin/users/vergesslich/password',
    { password: 'vergesslich-123456' },
    admin,
  );
  assert.equal(weak.status, 422);
  assert.equal(weak.body.error.details[0].path, 'password');
  const given = await api.call(
    'POST',
    '/api/admin/users/vergesslich/password',
    { password: 'Neues-Kennwort-2014' },
    admin,
  );
  assert.equal(given.body.oneTimePassword, null);
  await logIn('vergesslich', 'Neues-Kennwort-2014');
  assert.equal(
    (await api.call('POST', '/api/admin/users/niemand/password', {}, admin)).status,
    404,
  );
});

test('the audit trail records each change of an account, and no password or hash', async () => {
  const trail = await api.call('GET', '/api/audit?entity=user&entityId=gehend', undefined, admin);
  assert.deepEqual(
    trail.body.entries.map((e: { action: string }) => e.action),
    ['user.create', 'login', 'token.create', 'user.deactivate', 'login.failed', 'user.reactivate'],
  );
  const deactivate = trail.body.entries.find(
    (e: { action: string }) => e.action === 'user.deactivate',
  );
  assert.deepEqual(deactivate.detail, { sessionsEnded: 1, unrevokedTokens: 1 });
  assert.equal(deactivate.actor, admin.id);
  const updates = await api.call(
    'GET',
    '/api/audit?entity=user&entityId=wechsel',
    undefined,
    admin,
  );
  assert.deepEqual(updates.body.entries[1].detail, {
    name: { from: 'Benutzer wechsel', to: 'Wechselnde Person' },
    role: { from: 'jobcenter', to: 'traeger' },
    unitId: { from: '05554008', to: '05111' },
    microdataRights: { from: false, to: true },
  });
  const all = await api.call('GET', '/api/audit?action=user.&limit=500', undefined, admin);
  const actions = new Set(all.body.entries.map((e: { action: string }) => e.action));
  for (const a of [
    'user.create',
    'user.update',
    'user.deactivate',
    'user.reactivate',
    'user.password_reset',
  ])
    assert.ok(actions.has(a), a);
  const text = JSON.stringify(all.body.entries);
  assert.doesNotMatch(text, /argon2|Kennwort-2014|oneTimePassword/);
  assert.match(text, /Einmalkennwort erzeugt/);
});

test('every other role gets 403 with a German message on every administration route', async () => {
  const routes: [string, string, unknown][] = [
    ['GET', '/api/admin/users', undefined],
    ['POST', '/api/admin/users', newUser('eindringling')],
    ['PATCH', '/api/admin/users/borken', { rowVersion: 1, name: 'Übernommen' }],
    ['POST', '/api/admin/users/borken/password', { password: null }],
    ['GET', '/api/admin/units', undefined],
    [
      'POST',
      '/api/admin/units',
      { id: 'X1', name: 'X', kind: 'jobcenter', parentId: '05554', validFrom: '2014-01-01' },
    ],
    ['PATCH', '/api/admin/units/05554', { rowVersion: 1, name: 'Übernommen' }],
  ];
  for (const actor of [ACTORS.ministerium, ACTORS.traeger, ACTORS.jobcenter, LESER])
    for (const [method, path, body] of routes) {
      const r = await api.call(method, path, body, actor);
      assert.equal(r.status, 403, `${actor.role} ${method} ${path}: ${JSON.stringify(r.body)}`);
      assert.match(r.body.error.message, /(Benutzer|Einheiten) verwaltet nur die Administration/);
    }
  const list = await api.call('GET', '/api/admin/users', undefined, admin);
  assert.equal(
    list.body.find((u: { id: string }) => u.id === 'borken').name,
    'Controlling Kreis Borken',
  );
  assert.equal(
    list.body.some((u: { id: string }) => u.id === 'eindringling'),
    false,
  );
});

test('two administrators deactivating each other at once: one succeeds, one active administrator remains', async () => {
  const created = await api.call(
    'POST',
    '/api/admin/users',
    newUser('admin2', { role: 'administration', unitId: 'DE', importSources: [] }),
    admin,
  );
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const admin2: Actor = { ...admin, id: 'admin2', name: 'Benutzer admin2' };
  const current = await api.call('GET', '/api/admin/users', undefined, admin);
  const version = (id: string) =>
    current.body.find((u: { id: string }) => u.id === id).rowVersion as number;
  const answers = await Promise.all([
    api.call(
      'PATCH',
      '/api/admin/users/admin2',
      { rowVersion: version('admin2'), active: false },
      admin,
    ),
    api.call(
      'PATCH',
      '/api/admin/users/admin',
      { rowVersion: version('admin'), active: false },
      admin2,
    ),
  ]);
  assert.deepEqual(answers.map((a) => a.status).sort(), [200, 409], JSON.stringify(answers));
  const refused = answers.find((a) => a.status === 409)!;
  assert.match(refused.body.error.message, /keine aktive Administration mehr/);
  const after = await api.call('GET', '/api/admin/users', undefined, admin);
  assert.equal(
    after.body.filter(
      (u: { role: string; active: boolean }) => u.role === 'administration' && u.active,
    ).length,
    1,
  );
});
