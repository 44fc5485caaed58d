/**
 * The administration of the unit tree over the API, on a real PostgreSQL: the whole tree with
 * validity and links; creating a unit under the right parent (422 naming the field otherwise);
 * renaming with the row version read (409 when stale); moving from a day on (the tree of each day
 * shows it); closing, refused while units below or active accounts remain; each change audited.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ACTORS } from '../../../services/test-support.ts';
import { auditOf, startApiTestBed, type ApiTestBed } from '../../test-support.ts';

let api: ApiTestBed;
const admin = ACTORS.administration;

before(async () => {
  api = await startApiTestBed();
});
after(async () => {
  await api.bed.database.destroy();
});

const unitsOn = async (date: string) => {
  const r = await api.call('GET', `/api/units?date=${date}`, undefined, ACTORS.ministerium);
  assert.equal(r.status, 200);
  return new Map<string, string | null>(
    r.body.map((u: { id: string; parentId: string | null }) => [u.id, u.parentId]),
  );
};

const jobcenter = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `Jobcenter ${id}`,
  kind: 'jobcenter',
  parentId: '05554',
  validFrom: '2014-01-01',
  ...extra,
});

test('the whole tree: every unit with validity, its parent today and its dated links', async () => {
  const tree = await api.call('GET', '/api/admin/units', undefined, admin);
  assert.equal(tree.status, 200, JSON.stringify(tree.body));
  assert.equal(tree.body.length, 8);
  assert.deepEqual(
    tree.body.find((u: { id: string }) => u.id === '05554'),
    {
      id: '05554',
      name: 'Kreis Borken',
      kind: 'traeger',
      traegerForm: 'zkT',
      validFrom: '2005-01-01',
      validTo: null,
      parentId: '05',
      links: [{ parentId: '05', validFrom: '2005-01-01', validTo: null }],
      regionalschluessel: null,
      dienststelle: null,
      vergleichstypen: [],
      rowVersion: 1,
    },
  );
  assert.equal(
    (await api.call('GET', '/api/admin/units?date=2014-02-30', undefined, admin)).status,
    422,
  );
});

test('create under the right parent; a wrong parent, a missing Träger form or a taken id are refused', async () => {
  const created = await api.call('POST', '/api/admin/units', jobcenter('05554099'), admin);
  assert.equal(created.status, 201, JSON.stringify(created.body));
  assert.equal(created.body.parentId, '05554');
  assert.deepEqual(created.body.links, [
    { parentId: '05554', validFrom: '2014-01-01', validTo: null },
  ]);
  assert.equal((await unitsOn('2014-06-15')).get('05554099'), '05554');
  assert.equal((await unitsOn('2013-06-15')).has('05554099'), false);

  const cases: [Record<string, unknown>, string, RegExp][] = [
    [
      jobcenter('X1', { parentId: '05' }),
      'parentId',
      /über einem örtlichen Jobcenter steht ein Träger/,
    ],
    [jobcenter('X2', { parentId: null }), 'parentId', /fehlt/],
    [
      { id: 'X3', name: 'Neuer Träger', kind: 'traeger', parentId: '05', validFrom: '2014-01-01' },
      'traegerForm',
      /zkT .* oder gE/,
    ],
    [jobcenter('X4', { traegerForm: 'gE' }), 'traegerForm', /nur bei Trägern/],
    [jobcenter('X5', { parentId: 'nirgends' }), 'parentId', /gibt es nicht/],
    [
      { id: 'X6', name: 'Zweiter Bund', kind: 'bund', parentId: null, validFrom: '2014-01-01' },
      'kind',
      /Den Bund gibt es schon/,
    ],
    [jobcenter('X 7'), 'id', /nur Buchstaben/],
  ];
  for (const [body, path, message] of cases) {
    const r = await api.call('POST', '/api/admin/units', body, admin);
    assert.equal(r.status, 422, `${path}: ${JSON.stringify(r.body)}`);
    const detail = r.body.error.details.find((d: { path: string }) => d.path === path);
    assert.ok(detail, `${path}: ${JSON.stringify(r.body.error.details)}`);
    assert.match(detail.message, message);
  }
  const taken = await api.call('POST', '/api/admin/units', jobcenter('05554004'), admin);
  assert.equal(taken.status, 409);
  assert.match(taken.body.error.message, /gibt es schon/);
});

test('rename with the row version read; a stale version is 409 with the unit as it is', async () => {
  const renamed = await api.call(
    'PATCH',
    '/api/admin/units/05554099',
    { rowVersion: 1, name: 'Jobcenter Vreden' },
    admin,
  );
  assert.equal(renamed.status, 200, JSON.stringify(renamed.body));
  assert.equal(renamed.body.name, 'Jobcenter Vreden');
  assert.equal(renamed.body.rowVersion, 2);
  const stale = await api.call(
    'PATCH',
    '/api/admin/units/05554099',
    { rowVersion: 1, name: 'Zu spät' },
    admin,
  );
  assert.equal(stale.status, 409);
  assert.equal(stale.body.error.current.name, 'Jobcenter Vreden');
  const form = await api.call(
    'PATCH',
    '/api/admin/units/05111',
    { rowVersion: 1, traegerForm: 'zkT' },
    admin,
  );
  assert.equal(form.status, 200, JSON.stringify(form.body));
  assert.equal(form.body.traegerForm, 'zkT');
  assert.equal(
    (await api.call('PATCH', '/api/admin/units/99', { rowVersion: 1, name: 'X' }, admin)).status,
    404,
  );
});

test('move from a day on: the old link ends the day before, each day shows its tree', async () => {
  const moved = await api.call(
    'PATCH',
    '/api/admin/units/05554099',
    { rowVersion: 2, move: { parentId: '05111', validFrom: '2015-01-01' } },
    admin,
  );
  assert.equal(moved.status, 200, JSON.stringify(moved.body));
  assert.deepEqual(moved.body.links, [
    { parentId: '05554', validFrom: '2014-01-01', validTo: '2014-12-31' },
    { parentId: '05111', validFrom: '2015-01-01', validTo: null },
  ]);
  assert.equal((await unitsOn('2014-12-31')).get('05554099'), '05554');
  assert.equal((await unitsOn('2015-01-01')).get('05554099'), '05111');
  const wrong = await api.call(
    'PATCH',
    '/api/admin/units/05554099',
    { rowVersion: 3, move: { parentId: '09', validFrom: '2016-01-01' } },
    admin,
  );
  assert.equal(wrong.status, 422);
  assert.equal(wrong.body.error.details[0].path, 'move.parentId');
  const both = await api.call(
    'PATCH',
    '/api/admin/units/05554099',
    { rowVersion: 3, move: { parentId: '05554', validFrom: '2016-01-01' }, validTo: '2016-12-31' },
    admin,
  );
  assert.equal(both.status, 422);
  assert.equal(both.body.error.details[0].path, 'move');
});

test('close: refused while units below or active accounts remain; then the unit ends with its link', async () => {
  const withChildren = await api.call(
    'PATCH',
    '/api/admin/units/05554',
    { rowVersion: 1, validTo: '2014-12-31' },
    admin,
  );
  assert.equal(withChildren.status, 422);
  assert.equal(withChildren.body.error.details[0].path, 'validTo');
  assert.match(withChildren.body.error.message, /noch Ahaus und Bocholt/);
  const withUser = await api.call(
    'PATCH',
    '/api/admin/units/05554004',
    { rowVersion: 1, validTo: '2014-12-31' },
    admin,
  );
  assert.equal(withUser.status, 422);
  assert.match(withUser.body.error.message, /aktive Benutzer \(ahaus\)/);

  const closed = await api.call(
    'PATCH',
    '/api/admin/units/05554099',
    { rowVersion: 3, validTo: '2015-06-30' },
    admin,
  );
  assert.equal(closed.status, 200, JSON.stringify(closed.body));
  assert.equal(closed.body.validTo, '2015-06-30');
  assert.deepEqual(closed.body.links.at(-1), {
    parentId: '05111',
    validFrom: '2015-01-01',
    validTo: '2015-06-30',
  });
  assert.equal((await unitsOn('2015-06-30')).has('05554099'), true);
  assert.equal((await unitsOn('2015-07-01')).has('05554099'), false);
});

test('each change of the tree is in the audit trail', async () => {
  assert.deepEqual(await auditOf(api, 'unit', '05554099'), [
    [
      'unit.create',
      {
        name: 'Jobcenter 05554099',
        kind: 'jobcenter',
        traegerForm: null,
        parentId: '05554',
        validFrom: '2014-01-01',
      },
    ],
    ['unit.update', { changes: { name: { from: 'Jobcenter 05554099', to: 'Jobcenter Vreden' } } }],
    ['unit.update', { changes: { move: { from: '05554', to: '05111', validFrom: '2015-01-01' } } }],
    ['unit.update', { changes: { validTo: { from: null, to: '2015-06-30' } } }],
  ]);
  const trail = await api.call('GET', '/api/audit?entity=unit&entityId=05554099', undefined, admin);
  assert.ok(trail.body.entries.every((e: { actor: string }) => e.actor === admin.id));
});
