/**
 * Serialized answers kept per store generation and viewer: the same question gets the same bytes
 * (gzip when asked for), another viewer and new figures get their own answers.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { ACTORS } from '../services/test-support.ts';
import { startApiTestBed, type ApiTestBed } from './test-support.ts';

let api: ApiTestBed;
before(async () => {
  api = await startApiTestBed();
});
after(async () => {
  await api.bed.database.destroy();
});

const row = (unitId: string, month: string, value: number) => ({
  unitId,
  month,
  sex: 'insgesamt',
  kind: 'grundgroesse',
  metric: 'ELB',
  value,
  zaehler: null,
  nenner: null,
  quality: 'final',
});
const PATH =
  '/api/values?units=05554,05554004&kind=grundgroesse&metrics=ELB&from=2014-01&to=2014-12';
const MONTHS = Array.from({ length: 12 }, (_, i) => `2014-${String(i + 1).padStart(2, '0')}`);

async function load(label: string, values: unknown[]) {
  const r = await api.call(
    'POST',
    '/api/datenstaende',
    { datenstand: { stand: '2015-04-30', source: 'mikrodaten', label }, values },
    ACTORS.ministerium,
  );
  assert.equal(r.status, 201, JSON.stringify(r.body));
}

test('a repeated question: the same bytes, gzip on request; new figures: a new answer', async () => {
  await load(
    'erster Stand',
    MONTHS.flatMap((m, i) => [row('05554', m, 900 + i), row('05554004', m, 300 + i)]),
  );
  const first = await api.request(PATH, {}, ACTORS.traeger);
  const firstText = await first.text();
  assert.equal(first.status, 200);
  assert.deepEqual(
    JSON.parse(firstText).map((r: { value: number }) => r.value),
    [...MONTHS.map((_, i) => 900 + i), ...MONTHS.map((_, i) => 300 + i)],
  );
  const again = await api.request(PATH, {}, ACTORS.traeger);
  assert.equal(await again.text(), firstText);
  const zipped = await api.request(
    PATH,
    { headers: { 'accept-encoding': 'gzip' } },
    ACTORS.traeger,
  );
  assert.equal(zipped.status, 200);
  assert.equal(zipped.headers.get('content-encoding'), 'gzip');
  assert.equal(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString(), firstText);
  assert.equal(zipped.headers.get('cache-control'), 'no-store');
  await load('zweiter Stand', [row('05554', '2014-02', 920)]);
  const after = await api.request(PATH, {}, ACTORS.traeger);
  const values = JSON.parse(await after.text()).map((r: { value: number }) => r.value);
  assert.deepEqual(values.slice(0, 3), [900, 920, 902]);
});

test('another viewer gets its own answer: without the microdata grant a count of 1 or 2 is withheld', async () => {
  await load('kleine Zahl', [row('05554008', '2014-01', 2)]);
  const path = '/api/values?units=05554008&kind=grundgroesse&metrics=ELB&from=2014-01&to=2014-01';
  const granted = JSON.parse(await (await api.request(path, {}, ACTORS.traeger)).text());
  assert.equal(granted[0].value, 2);
  const withheld = JSON.parse(await (await api.request(path, {}, ACTORS.ministerium)).text());
  assert.equal(withheld[0].value, null);
  assert.notEqual(withheld[0].suppressed, null);
});
