/**
 * Migration 0007: agreements stored before sides (a tuple of two parties without `side`) get
 * side 0 and 1 in every version, and the agreement row lists its parties. The Borken 2014
 * agreement stored the old way comes back as today's content, checked by the contract.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { drizzle } from 'drizzle-orm/node-postgres';
import { agreementContentSchema } from '../contracts/agreement-content.ts';
import { buildBorkenAgreement2014 } from '../synthetic/demo/agreement-borken-2014.ts';
import { startBareCluster, type BareCluster } from './migration-test-support.ts';
import { findContent } from './repositories/agreements.ts';
import * as schema from './schema/index.ts';

let cluster: BareCluster;

before(async () => {
  cluster = await startBareCluster('zs-parties-migration-');
});
after(async () => {
  await cluster.destroy();
});

const AGREEMENT = '6f1c1b7e-3c39-4a44-9f1e-2d0a7d7e0001';

test('two-party content stored before sides is given its sides, and the row its parties', async () => {
  await cluster.migrateTo('0006_administration');
  const today = buildBorkenAgreement2014();
  // as stored before: no side on the parties
  const old = { ...today, parties: today.parties.map(({ side: _side, ...party }) => party) };
  const q = (sql: string, params: unknown[] = []) => cluster.pool.query(sql, params);
  await q(`INSERT INTO units (id, name, kind, valid_from) VALUES
    ('05', 'Nordrhein-Westfalen', 'land', '2005-01-01'), ('05554', 'Kreis Borken', 'traeger', '2005-01-01')`);
  await q(
    `INSERT INTO agreements (id, year, steering_unit_id, unit_id, current_version, status)
     VALUES ($1, 2014, '05', '05554', 1, 'unterzeichnet')`,
    [AGREEMENT],
  );
  await q(
    `INSERT INTO agreement_versions (agreement_id, version_no, status, content, created_by)
     VALUES ($1, 1, 'unterzeichnet', $2::jsonb, 'mais')`,
    [AGREEMENT, JSON.stringify(old)],
  );
  await cluster.migrateTo();

  const row = await q('SELECT parties FROM agreements WHERE id = $1', [AGREEMENT]);
  assert.deepEqual(row.rows[0].parties, [
    { unitId: '05', side: 0 },
    { unitId: '05554', side: 1 },
  ]);
  const stored = await q('SELECT content FROM agreement_versions WHERE agreement_id = $1', [
    AGREEMENT,
  ]);
  assert.deepEqual(stored.rows[0].content, today);
  const read = await findContent(drizzle(cluster.pool, { schema }), AGREEMENT, 1);
  assert.deepEqual(agreementContentSchema.parse(read), today);
});
