/**
 * The year overview in one request: the status of every target of every visible agreement, the
 * same as each agreement's own monitoring says, and new figures show at once (the shared results
 * of result-cache.ts belong to the store generation they were computed at).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ACTORS } from '../../../services/test-support.ts';
import {
  figureRow,
  signedAgreement,
  startApiTestBed,
  type ApiTestBed,
} from '../../test-support.ts';

let api: ApiTestBed;
let borken = '';
after(async () => {
  await api.bed.database.destroy();
});

const value = (month: string, metric: string, v: number) =>
  figureRow('05554', month, 'kennzahl', metric, v);

async function importFigures(label: string, values: unknown[]) {
  const r = await api.call(
    'POST',
    '/api/datenstaende',
    { datenstand: { stand: '2015-04-30', source: 'ba_veroeffentlichung', label }, values },
    ACTORS.ministerium,
  );
  assert.equal(r.status, 201, JSON.stringify(r.body));
}

before(async () => {
  api = await startApiTestBed();
  borken = await signedAgreement(api, '05554', 'Kreis Borken');
  // JFW_K2 24,2 → 24,3089: exactly +0,45 % → +0,5 % at one decimal ≥ +0,5 %: erreicht
  await importFigures('Dezember 2014', [
    value('2013-12', 'JFW_K2', 24.2),
    value('2014-12', 'JFW_K2', 24.3089),
    value('2013-12', 'JDW_LZB', 6715),
    value('2014-12', 'JDW_LZB', 6715.04),
  ]);
});

const statuses = (
  targets: { targetId: string; status?: string; assessment?: { status: string } | null }[],
) =>
  Object.fromEntries(
    targets
      .filter((t) => t.status !== undefined || t.assessment != null)
      .map((t) => [t.targetId, t.status ?? t.assessment!.status]),
  );

test('one request: every visible agreement with the statuses its own monitoring gives', async () => {
  const overview = await api.call('GET', '/api/overview?year=2014', undefined, ACTORS.ministerium);
  assert.equal(overview.status, 200, JSON.stringify(overview.body));
  assert.deepEqual(
    overview.body.agreements.map((a: { agreement: { id: string } }) => a.agreement.id),
    [borken],
  );
  const [entry] = overview.body.agreements;
  assert.equal(entry.datenstand, '2015-04-30');
  const monitoring = await api.call(
    'GET',
    `/api/agreements/${borken}/monitoring`,
    undefined,
    ACTORS.ministerium,
  );
  assert.deepEqual(statuses(entry.targets), statuses(monitoring.body.targets));
  assert.equal(statuses(entry.targets).II, 'erreicht');
  // another Land sees nothing of it
  assert.deepEqual(
    (await api.call('GET', '/api/overview?year=2014', undefined, ACTORS.bayern)).body.agreements,
    [],
  );
});

test('new figures change the overview and the monitoring at once', async () => {
  const before = await api.call('GET', '/api/overview?year=2014', undefined, ACTORS.ministerium);
  assert.equal(statuses(before.body.agreements[0].targets).II, 'erreicht');
  // a revised December: 24,0 < 24,3 → nicht erreicht
  await importFigures('Dezember 2014, revidiert', [value('2014-12', 'JFW_K2', 24.0)]);
  const after = await api.call('GET', '/api/overview?year=2014', undefined, ACTORS.ministerium);
  assert.equal(statuses(after.body.agreements[0].targets).II, 'nicht_erreicht');
  const monitoring = await api.call(
    'GET',
    `/api/agreements/${borken}/monitoring`,
    undefined,
    ACTORS.ministerium,
  );
  assert.equal(statuses(monitoring.body.targets).II, 'nicht_erreicht');
});

test('a year without agreements, and a year out of range', async () => {
  assert.deepEqual(
    (await api.call('GET', '/api/overview?year=2016', undefined, ACTORS.ministerium)).body
      .agreements,
    [],
  );
  assert.equal(
    (await api.call('GET', '/api/overview?year=99999', undefined, ACTORS.ministerium)).status,
    422,
  );
});
