/**
 * The audit trail over the API: the administration lists all of it (filters, pages, the chain's
 * state), checks the chain and exports it; everyone else keeps the trail of one record they may
 * see, without exports.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { buildFixtureAgreement } from '../../../domain/agreements/agreement-fixture.ts';
import { ACTORS } from '../../../services/test-support.ts';
import { startApiTestBed, type ApiTestBed } from '../../test-support.ts';

let api: ApiTestBed;
let agreementId: string;
const admin = ACTORS.administration;

before(async () => {
  api = await startApiTestBed();
  const imported = await api.call(
    'POST',
    '/api/datenstaende',
    {
      datenstand: { stand: '2015-04-30', source: 'ba_veroeffentlichung', label: 'Audit-Test' },
      values: [
        {
          unitId: '05554',
          month: '2014-01',
          sex: 'insgesamt',
          kind: 'kennzahl',
          metric: 'K2',
          value: 24.5,
          zaehler: null,
          nenner: null,
          quality: 'final',
        },
      ],
    },
    ACTORS.ministerium,
  );
  assert.equal(imported.status, 201, JSON.stringify(imported.body));
  const created = await api.call(
    'POST',
    '/api/agreements',
    { content: { ...buildFixtureAgreement(), signatures: [] }, comment: 'Entwurf' },
    ACTORS.ministerium,
  );
  assert.equal(created.status, 201);
  agreementId = created.body.id;
  const exported = await api.request(
    '/api/exports?format=csv',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'Kennzahlen',
        columns: [{ key: 'k2', label: 'K2', type: 'percent' }],
        rows: [{ k2: 24.5 }],
      }),
    },
    ACTORS.traeger,
  );
  assert.equal(exported.status, 200);
});
after(async () => {
  await api.bed.database.destroy();
});

interface Entry {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  detail: unknown;
  hash: string;
}
const actionsOf = (entries: Entry[]) => entries.map((e) => e.action);

test('the administration lists the whole trail with the chain head', async () => {
  const all = await api.call('GET', '/api/audit', undefined, admin);
  assert.equal(all.status, 200, JSON.stringify(all.body));
  assert.deepEqual(actionsOf(all.body.entries), [
    'values.import',
    'agreement.create',
    'export.table',
  ]);
  assert.deepEqual(
    all.body.entries.map((e: Entry) => e.id),
    [1, 2, 3],
  );
  assert.equal(all.body.nextCursor, null);
  assert.equal(all.body.chain.entries, 3);
  assert.equal(all.body.chain.lastHash, all.body.entries[2].hash);
  assert.deepEqual(all.body.entries[2].detail, {
    format: 'csv',
    columns: 1,
    labels: ['K2'],
    rows: 1,
  });
  assert.equal(all.body.entries[2].actor, ACTORS.traeger.id);
});

test('filters: action prefix, actor, record, time; pages by cursor in both orders', async () => {
  const get = async (query: string) => {
    const r = await api.call('GET', `/api/audit?${query}`, undefined, admin);
    assert.equal(r.status, 200, `${query}: ${JSON.stringify(r.body)}`);
    return r.body as { entries: Entry[]; nextCursor: number | null };
  };
  assert.deepEqual(actionsOf((await get('action=agreement.')).entries), ['agreement.create']);
  assert.deepEqual(actionsOf((await get('action=export')).entries), ['export.table']);
  assert.deepEqual(actionsOf((await get('action=agreement_')).entries), []);
  assert.deepEqual(actionsOf((await get(`actor=${ACTORS.ministerium.id}`)).entries), [
    'values.import',
    'agreement.create',
  ]);
  assert.deepEqual(actionsOf((await get(`entity=agreement&entityId=${agreementId}`)).entries), [
    'agreement.create',
  ]);
  const today = new Date().toISOString().slice(0, 10);
  assert.equal((await get(`from=${today}&to=${today}`)).entries.length, 3);
  assert.equal((await get('to=2000-01-01')).entries.length, 0);
  assert.equal((await get('from=2199-01-01T00:00:00Z')).entries.length, 0);
  assert.equal(
    (await get(`from=${encodeURIComponent('2000-01-01T00:00:00+02:00')}`)).entries.length,
    3,
  );

  const seen: number[] = [];
  let cursor: number | null = null;
  do {
    const page: { entries: Entry[]; nextCursor: number | null } = await get(
      `limit=2&order=desc${cursor === null ? '' : `&cursor=${cursor}`}`,
    );
    assert.ok(page.entries.length <= 2);
    seen.push(...page.entries.map((e) => e.id));
    cursor = page.nextCursor;
  } while (cursor !== null);
  assert.deepEqual(seen, [3, 2, 1]);
  const second = await get('limit=1&cursor=1');
  assert.deepEqual(
    second.entries.map((e) => e.id),
    [2],
  );
  assert.equal(second.nextCursor, 2);
});

test('bad filters are 422', async () => {
  for (const query of [
    'limit=501',
    'limit=0',
    'cursor=0',
    'from=gestern',
    'from=2999-01-01T00:00:00Z',
    'from=2014-06-15T10:00:00',
    'to=2014-02-30',
    'order=up',
    'entityId=x',
    'entity=agreement&entityId=a&id=b',
  ]) {
    const r = await api.call('GET', `/api/audit?${query}`, undefined, admin);
    assert.equal(r.status, 422, `${query}: ${r.status} ${JSON.stringify(r.body)}`);
  }
});

test('others read the trail of a record they may see, without exports and without the chain', async () => {
  const whole = await api.call('GET', '/api/audit', undefined, ACTORS.ministerium);
  assert.equal(whole.status, 403);
  assert.match(whole.body.error.message, /nur die Administration/);
  const own = await api.call(
    'GET',
    `/api/audit?entity=agreement&id=${agreementId}`,
    undefined,
    ACTORS.traeger,
  );
  assert.equal(own.status, 200);
  assert.deepEqual(actionsOf(own.body.entries), ['agreement.create']);
  assert.equal(own.body.chain, null);
  assert.equal(
    (
      await api.call(
        'GET',
        `/api/audit?entity=agreement&entityId=${agreementId}`,
        undefined,
        ACTORS.bayern,
      )
    ).status,
    404,
  );
  assert.equal(
    (
      await api.call(
        'GET',
        '/api/audit?entity=table&entityId=Kennzahlen',
        undefined,
        ACTORS.traeger,
      )
    ).status,
    403,
  );
  // a Datenstand's history: whoever sees a unit it has figures of (Kreis Borken: yes, Bayern: no)
  assert.equal(
    (await api.call('GET', '/api/audit?entity=datenstand&id=1', undefined, ACTORS.traeger)).status,
    200,
  );
  assert.equal(
    (await api.call('GET', '/api/audit?entity=datenstand&id=1', undefined, ACTORS.bayern)).status,
    404,
  );
  const stand = await api.call(
    'GET',
    '/api/audit?entity=datenstand&id=1',
    undefined,
    ACTORS.ministerium,
  );
  assert.deepEqual(actionsOf(stand.body.entries), ['values.import']);
  assert.equal((await api.call('GET', '/api/audit/chain', undefined, ACTORS.traeger)).status, 403);
  assert.equal(
    (await api.request('/api/audit/export?format=csv', {}, ACTORS.ministerium)).status,
    403,
  );
});

test('the administration exports the trail as CSV and XLSX; each export is recorded', async () => {
  const csv = await api.request('/api/audit/export?format=csv&action=agreement.', {}, admin);
  assert.equal(csv.status, 200);
  assert.equal(csv.headers.get('content-type'), 'text/csv; charset=utf-8');
  const lines = (await csv.text())
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  assert.equal(lines[0], 'Nr.;Zeitpunkt;Benutzer;Aktion;Art;Datensatz;Angaben;Hash (SHA-256)');
  assert.equal(lines.length, 2);
  assert.match(
    lines[1]!,
    new RegExp(
      `^2;\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} UTC;mais;agreement\\.create;agreement;${agreementId};`,
    ),
  );

  const xlsx = await api.request('/api/audit/export?format=xlsx', {}, admin);
  assert.equal(xlsx.status, 200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
  const cells = book.worksheets[0]!.getSheetValues().flat().map(String).join(' ');
  assert.match(cells, /Audit-Kette in Ordnung: 4 Einträge/);
  assert.match(cells, /export\.audit_trail/);

  const trail = await api.call('GET', '/api/audit?action=export.audit_trail', undefined, admin);
  assert.deepEqual(
    trail.body.entries.map((e: Entry) => [
      e.actor,
      e.entity,
      (e.detail as { format: string }).format,
    ]),
    [
      [admin.id, 'audit', 'csv'],
      [admin.id, 'audit', 'xlsx'],
    ],
  );
});

test('the chain check: in order, then broken after a change in SQL (found once the head moves on)', async () => {
  const ok = await api.call('GET', '/api/audit/chain', undefined, admin);
  assert.equal(ok.status, 200);
  assert.equal(ok.body.ok, true);
  assert.match(
    ok.body.message,
    /^Audit-Kette in Ordnung: \d+ Einträge, letzter Hash [0-9a-f]{64}$/,
  );
  const listed = await api.call('GET', '/api/audit?limit=1', undefined, admin);
  assert.equal(listed.body.chain.check.ok, true, 'the list shows the kept check of this head');

  const client = await api.bed.database.pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('ALTER TABLE audit_log DISABLE TRIGGER USER');
    await client.query(`UPDATE audit_log SET actor = 'jemand' WHERE id = 2`);
    await client.query('ALTER TABLE audit_log ENABLE TRIGGER USER');
    await client.query('COMMIT');
  } finally {
    client.release();
  }
  await api.call('GET', `/api/audit?entity=agreement&id=${agreementId}`, undefined, admin);
  await api.request('/api/audit/export?format=csv&to=2000-01-01', {}, admin);
  const broken = await api.call('GET', '/api/audit/chain', undefined, admin);
  assert.equal(broken.body.ok, false);
  assert.equal(broken.body.break.id, 2);
  assert.equal(broken.body.break.problem, 'content');
  assert.match(
    broken.body.message,
    /^Audit-Kette gebrochen bei Eintrag 2 \(.+, agreement\.create\): Inhalt verändert$/,
  );
});
