import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ACTORS } from '../../../services/test-support.ts';
import { startApiTestBed, type ApiTestBed } from '../../test-support.ts';

let api: ApiTestBed;
before(async () => {
  api = await startApiTestBed();
});
after(async () => {
  await api.bed.database.destroy();
});

test("GET /api/comparison: the Träger's Jobcenter in a month without figures, a bad month, an invisible Träger", async () => {
  const ok = await api.call('GET', '/api/comparison?parent=05554&month=2014-12');
  assert.equal(ok.status, 200);
  assert.deepEqual(
    ok.body.members.map((m: { name: string }) => m.name),
    ['Ahaus', 'Bocholt'],
  );
  // 17 rows: K1 … K3E4 and JFW_K2, JDW_LZB, each with a cell per Jobcenter and no figures stored
  assert.equal(ok.body.rows.length, 17);
  assert.deepEqual(
    ok.body.rows[0].cells.map((c: { value: null }) => c.value),
    [null, null],
  );
  const bad = await api.call('GET', '/api/comparison?parent=05554&month=2014-13');
  assert.equal(bad.status, 422);
  assert.equal(bad.body.error.details[0].path, 'query.month');
  assert.equal(
    (await api.call('GET', '/api/comparison?parent=09162', undefined, ACTORS.ministerium)).status,
    404,
  );
});

test('GET /api/comparison/vergleichstyp says why nothing is compared; GET /api/me names the acting user', async () => {
  const empty = await api.call('GET', '/api/comparison/vergleichstyp?unit=05554');
  assert.equal(empty.status, 200);
  assert.equal(empty.body.basis, null);
  assert.match(empty.body.message, /Kreis Borken/);
  const me = await api.call('GET', '/api/me', undefined, ACTORS.jobcenter);
  assert.deepEqual(me.body, {
    id: 'ahaus',
    name: 'Jobcenter Ahaus',
    role: 'jobcenter',
    unitId: '05554004',
    microdataRights: false,
  });
});
