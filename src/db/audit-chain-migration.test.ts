/**
 * Migration 0002 chains the records written before the chain existed, in SQL. Its hashes must be
 * the ones the TypeScript rules (domain/audit/canonical-record.ts) give, for any JSON detail: a
 * store migrated with earlier records verifies, record by record.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { drizzle } from 'drizzle-orm/node-postgres';
import fc from 'fast-check';
import type pg from 'pg';
import { verifyAuditChain } from '../services/audit/verify-chain.ts';
import { startBareCluster, type BareCluster } from './migration-test-support.ts';
import * as schema from './schema/index.ts';

let cluster: BareCluster;
let pool: pg.Pool;
const db = () => drizzle(pool, { schema });

before(async () => {
  cluster = await startBareCluster('zs-audit-migration-');
  pool = cluster.pool;
});
after(async () => {
  await cluster.destroy();
});

/** JSON values PostgreSQL's jsonb keeps (no NUL, no lone surrogate), as JSON.parse returns them. */
const jsonDetail = fc
  .jsonValue({ maxDepth: 3 })
  .map((v) => JSON.parse(JSON.stringify(v)) as unknown)
  .filter((v) => !JSON.stringify(v).includes('\\u0000'));

const EDGE_DETAILS: unknown[] = [
  {},
  [],
  null,
  0,
  -0,
  1e21,
  1e-7,
  123456789012345680000,
  0.1,
  -1.5e-300,
  5e-324,
  1.7976931348623157e308,
  1e15,
  123.456,
  'Zielwert „K2“ angepasst\n\t"\\/',
  { b: 1, a: 2, aa: [1, { z: null, y: true }], A: false, ä: 'ö', '𝄞': 1, '\uffff': 2 },
  { year: 2014, unitId: '05554', comment: null },
  { '\u0001': 'control', '': 'empty key', ' ': 'space' },
];

test('records written before the chain are chained by migration 0002 and verify', async () => {
  await cluster.migrateTo('0001_store_generation');
  const details = [...EDGE_DETAILS, ...fc.sample(jsonDetail, { numRuns: 400, seed: 20140615 })];
  // ids with gaps, as a sequence leaves them after rolled-back transactions; times with microseconds
  let id = 0;
  for (const [i, detail] of details.entries()) {
    id += 1 + (i % 7 === 3 ? 2 : 0);
    await pool.query(
      `INSERT INTO audit_log (id, at, actor, action, entity, entity_id, detail)
       VALUES ($1::bigint, timestamptz '2014-06-15 10:00:00.123456+00' + $1::bigint * interval '1.000001 second', $2, $3, 'agreement', $4, $5::jsonb)`,
      [
        id,
        i % 2 === 0 ? 'mais' : 'borken',
        `agreement.step${i % 5}`,
        `id-${i}`,
        JSON.stringify(detail),
      ],
    );
  }
  await cluster.migrateTo();

  const ids = await pool.query<{ id: string }>('SELECT id FROM audit_log ORDER BY id');
  assert.deepEqual(
    ids.rows.map((r) => Number(r.id)),
    details.map((_, i) => i + 1),
  );
  const verdict = await verifyAuditChain(db(), { batchSize: 97 });
  assert.equal(verdict.break, null, JSON.stringify(verdict.break));
  assert.equal(verdict.entries, details.length);
  const head = await pool.query('SELECT seq::int, hash FROM audit_chain_head');
  assert.deepEqual(head.rows, [{ seq: details.length, hash: verdict.lastHash }]);
  // the helpers of the backfill are gone: the TypeScript rules are the only ones
  const helpers = await pool.query(
    "SELECT proname FROM pg_proc WHERE proname IN ('audit_canonical_json', 'audit_js_number')",
  );
  assert.deepEqual(helpers.rows, []);
});
