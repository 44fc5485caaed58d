/**
 * Many people edit one agreement at once (issue: ten parallel edits froze the server for good,
 * its transactions waiting for pool connections held by themselves). With more parallel edits
 * than the pool has connections, every request is answered: exactly one wins, the rest get 409,
 * and the store serves other requests during and after the burst.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFixtureAgreement } from '../../../domain/agreements/agreement-fixture.ts';
import { POOL_LIMITS } from '../../../db/database.ts';
import { ACTORS } from '../../../services/test-support.ts';
import { startApiTestBed, type ApiTestBed } from '../../test-support.ts';

let api: ApiTestBed;
before(async () => {
  api = await startApiTestBed();
});
after(async () => {
  await api.bed.database.destroy();
});

const PARALLEL = 20;
/** the agreement of the first test, edited once */
let agreementId = '';

test(`${PARALLEL} parallel edits of one version (pool of ${POOL_LIMITS.connections}): one 200, the rest 409, all answered`, async () => {
  assert.ok(
    PARALLEL > POOL_LIMITS.connections,
    'more edits than connections, or the test proves nothing',
  );
  const created = await api.call(
    'POST',
    '/api/agreements',
    { content: { ...buildFixtureAgreement(), signatures: [] } },
    ACTORS.ministerium,
  );
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const edits = Array.from({ length: PARALLEL }, (_, i) => {
    const content = {
      ...buildFixtureAgreement(),
      signatures: [],
      preamble: [{ kind: 'absatz', text: `Fassung ${i}` }],
    };
    return api.call(
      'PUT',
      `/api/agreements/${created.body.id}/content`,
      { rowVersion: created.body.rowVersion, content, comment: `Bearbeitung ${i}` },
      i % 2 === 0 ? ACTORS.ministerium : ACTORS.traeger,
    );
  });
  // the health check answers while the edits run
  const health = api.call('GET', '/api/health');
  const results = await Promise.all(edits);
  assert.equal((await health).status, 200);
  const statuses = results.map((r) => r.status);
  assert.equal(statuses.filter((s) => s === 200).length, 1, `statuses: ${statuses.join(',')}`);
  assert.equal(
    statuses.filter((s) => s === 409).length,
    PARALLEL - 1,
    `statuses: ${statuses.join(',')}`,
  );
  for (const loser of results.filter((r) => r.status === 409))
    assert.equal(loser.body.error.code, 'conflict');
  const winner = results.findIndex((r) => r.status === 200);
  const now = await api.call('GET', `/api/agreements/${created.body.id}`);
  assert.deepEqual(now.body.content.preamble, [{ kind: 'absatz', text: `Fassung ${winner}` }]);
  assert.equal(now.body.rowVersion, created.body.rowVersion + 1);
  agreementId = created.body.id;
  // nothing is left waiting in a transaction, and every connection went back to the pool
  const stuck = await api.bed.database.pool.query(
    "SELECT count(*)::int AS n FROM pg_stat_activity WHERE state LIKE 'idle in transaction%'",
  );
  assert.equal(stuck.rows[0].n, 0);
  assert.equal(api.bed.database.pool.waitingCount, 0);
});

test(`${PARALLEL} parallel lifecycle steps on one version: one wins, the rest 409`, async () => {
  const before = await api.call('GET', `/api/agreements/${agreementId}`);
  assert.equal(before.body.status, 'entwurf');
  const results = await Promise.all(
    Array.from({ length: PARALLEL }, () =>
      api.call(
        'POST',
        `/api/agreements/${agreementId}/transitions`,
        { rowVersion: before.body.rowVersion, action: 'anbieten', comment: 'Angebot' },
        ACTORS.traeger,
      ),
    ),
  );
  const statuses = results.map((r) => r.status).sort();
  assert.deepEqual(statuses, [200, ...Array(PARALLEL - 1).fill(409)]);
  const events = (await api.call('GET', `/api/agreements/${agreementId}`)).body.events.map(
    (e: { action: string }) => e.action,
  );
  assert.deepEqual(events, ['anlegen', 'anbieten']);
});
