/**
 * The audit trail's hash chain on a real PostgreSQL: concurrent appends form one chain without
 * gaps, the database refuses changes, and the verification finds what someone changed after
 * switching the triggers off (ALTER TABLE … DISABLE TRIGGER), naming the record.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { hashAuditRecord } from '../../db/audit-hash.ts';
import { isTransaction } from '../../db/executor.ts';
import { recordAudit } from '../audit.ts';
import { transact } from '../context.ts';
import { ACTORS, startServiceTestBed, type ServiceTestBed } from '../test-support.ts';
import { describeVerification, verifyAuditChain } from './verify-chain.ts';

let bed: ServiceTestBed;
before(async () => {
  bed = await startServiceTestBed();
});
after(async () => {
  await bed.database.destroy();
});

const verify = (options = {}) => verifyAuditChain(bed.database.db, options);
const sql = (text: string, params: unknown[] = []) => bed.database.pool.query(text, params);

/** Runs SQL with the trail's triggers off, as someone with the owner's rights could. */
async function withTriggersOff(text: string, params: unknown[] = []) {
  const client = await bed.database.pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('ALTER TABLE audit_log DISABLE TRIGGER USER');
    await client.query('ALTER TABLE audit_chain_head DISABLE TRIGGER USER');
    await client.query(text, params);
    await client.query('ALTER TABLE audit_log ENABLE TRIGGER USER');
    await client.query('ALTER TABLE audit_chain_head ENABLE TRIGGER USER');
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

interface Row {
  id: string;
  /** as text: a Date would lose the microseconds the hash covers */
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  detail: unknown;
  prev_hash: string;
  hash: string;
}
const rowOf = async (id: number) =>
  (await sql('SELECT *, at::text AS at FROM audit_log WHERE id = $1', [id])).rows[0] as Row;
const reinsert = (r: Row) =>
  withTriggersOff(
    'INSERT INTO audit_log (id, at, actor, action, entity, entity_id, detail, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
    [
      r.id,
      r.at,
      r.actor,
      r.action,
      r.entity,
      r.entity_id,
      JSON.stringify(r.detail),
      r.prev_hash,
      r.hash,
    ],
  );

async function lastId(): Promise<number> {
  return Number((await sql('SELECT max(id) AS n FROM audit_log')).rows[0].n);
}

test('appends from concurrent transactions form one chain: ids 1, 2, 3 … and no gap from a rollback', async () => {
  const ctx = bed.as(ACTORS.ministerium);
  assert.equal(isTransaction(ctx.db), false);
  const work = Array.from({ length: 40 }, (_, i) => {
    if (i % 10 === 9)
      // rolled back after its append: leaves nothing, not even a gap
      return transact(ctx, async (t) => {
        await recordAudit(t.db, ctx.actor, 'test.rolled_back', 'test', String(i), { i });
        throw new Error('rollback');
      }).catch(() => 'rolled back');
    if (i % 3 === 0)
      // an append of its own, on the pool (as an export makes it)
      return recordAudit(ctx.db, ctx.actor, 'test.alone', 'test', String(i), { i });
    return transact(ctx, async (t) => {
      // on the transaction: the append joins it (and locks the generation first)
      assert.equal(isTransaction(t.db), true);
      await recordAudit(t.db, ctx.actor, 'test.first', 'test', String(i), { i, step: 1 });
      await recordAudit(t.db, ctx.actor, 'test.second', 'test', String(i), { i, step: 2 });
    });
  });
  await Promise.all(work);
  const rows = (await sql('SELECT id, action FROM audit_log ORDER BY id')).rows as {
    id: string;
    action: string;
  }[];
  // 4 roll back (i = 9, 19, 29, 39), 12 alone (i % 3 = 0 but not 9 and 39), 24 with two appends
  const expected = 12 + 24 * 2;
  assert.equal(rows.length, expected);
  assert.deepEqual(
    rows.map((r) => Number(r.id)),
    rows.map((_, i) => i + 1),
  );
  assert.ok(rows.every((r) => r.action !== 'test.rolled_back'));
  const verdict = await verify({ batchSize: 7 });
  assert.deepEqual(verdict.break, null);
  assert.equal(verdict.entries, expected);
  assert.equal(
    describeVerification(verdict),
    `Audit-Kette in Ordnung: ${expected} Einträge, letzter Hash ${verdict.lastHash}`,
  );
});

test('PostgreSQL refuses UPDATE, DELETE and TRUNCATE of the trail, and inserts that do not extend the head', async () => {
  await recordAudit(bed.database.db, ACTORS.traeger, 'test.x', 'test', 'x', {});
  for (const statement of [
    "UPDATE audit_log SET detail = '{}' WHERE id = 1",
    'DELETE FROM audit_log WHERE id = 1',
    'TRUNCATE audit_log',
    "UPDATE audit_chain_head SET seq = seq - 1, hash = '0'",
    'DELETE FROM audit_chain_head',
    'TRUNCATE audit_chain_head',
  ])
    await assert.rejects(sql(statement), { code: '42501' }, statement);
  const head = (await sql('SELECT seq, hash FROM audit_chain_head')).rows[0];
  await assert.rejects(
    sql(
      `INSERT INTO audit_log (id, at, actor, action, entity, entity_id, detail, prev_hash, hash)
       VALUES ($1, now(), 'x', 'forged', 'test', 'x', '{}', $2, $2)`,
      [Number(head.seq) + 1, '1'.repeat(64)],
    ),
    { code: '23000' },
  );
  // two records in one statement: the first links to the head, the second not to the first
  const at = '2014-06-16T10:00:00.000000Z';
  const first = {
    id: Number(head.seq) + 1,
    at,
    actor: 'x',
    action: 'forged',
    entity: 'test',
    entityId: 'x',
    detail: {},
    prevHash: head.hash as string,
  };
  const second = { ...first, id: first.id + 1, prevHash: '2'.repeat(64) };
  const insertTwo = (b: typeof second) =>
    sql(
      `INSERT INTO audit_log (id, at, actor, action, entity, entity_id, detail, prev_hash, hash)
       VALUES ($1, $3, 'x', 'forged', 'test', 'x', '{}', $2, $4), ($5, $3, 'x', 'forged', 'test', 'x', '{}', $6, $7)`,
      [first.id, first.prevHash, at, hashAuditRecord(first), b.id, b.prevHash, hashAuditRecord(b)],
    );
  await assert.rejects(insertTwo(second), { code: '23000' });
  // linked right, they extend the chain: the trigger moves the head on to the second
  const linked = { ...second, prevHash: hashAuditRecord(first) };
  await insertTwo(linked);
  const moved = (await sql('SELECT seq, hash FROM audit_chain_head')).rows[0];
  assert.deepEqual([Number(moved.seq), moved.hash], [linked.id, hashAuditRecord(linked)]);
  assert.equal((await verify()).break, null);
});

test('the detail is stored as JSON keeps it, and hashed so', async () => {
  await recordAudit(bed.database.db, ACTORS.traeger, 'test.detail', 'test', 'd', {
    gone: undefined,
    when: new Date('2014-06-15T10:00:00Z'),
    text: '4',
  });
  const row = await rowOf(await lastId());
  assert.deepEqual(row.detail, { when: '2014-06-15T10:00:00.000Z', text: '4' });
  await recordAudit(bed.database.db, ACTORS.traeger, 'test.detail', 'test', 'd', '4');
  assert.equal((await verify()).break, null);
});

test('an altered detail: the chain breaks at that record (Inhalt verändert)', async () => {
  const k = 3;
  const original = await rowOf(k);
  await withTriggersOff(`UPDATE audit_log SET detail = '{"i": 999}' WHERE id = $1`, [k]);
  const verdict = await verify();
  assert.equal(verdict.ok, false);
  assert.equal(verdict.entries, k - 1);
  assert.deepEqual(
    { id: verdict.break?.id, problem: verdict.break?.problem },
    { id: k, problem: 'content' },
  );
  assert.equal(
    describeVerification(verdict),
    `Audit-Kette gebrochen bei Eintrag ${k} (${verdict.break?.at}, ${original.action}): Inhalt verändert`,
  );
  assert.match(verdict.break?.at ?? '', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
  await withTriggersOff('UPDATE audit_log SET detail = $2 WHERE id = $1', [
    k,
    JSON.stringify(original.detail),
  ]);
  assert.equal((await verify()).break, null);
});

test('a deleted record: the chain breaks at the one after it (Vorgänger fehlt/entfernt)', async () => {
  const k = 5;
  const removed = await rowOf(k);
  await withTriggersOff('DELETE FROM audit_log WHERE id = $1', [k]);
  const verdict = await verify({ batchSize: 4 });
  assert.deepEqual(
    { id: verdict.break?.id, problem: verdict.break?.problem },
    { id: k + 1, problem: 'missing' },
  );
  assert.match(
    describeVerification(verdict),
    new RegExp(
      `^Audit-Kette gebrochen bei Eintrag ${k + 1} \\(.+, test\\.\\w+\\): Vorgänger fehlt/entfernt \\(Eintrag ${k} fehlt\\)$`,
    ),
  );
  await reinsert(removed);
  assert.equal((await verify()).break, null);
});

test('the newest record deleted: the chain head names it (tail truncation)', async () => {
  const last = await lastId();
  const removed = await rowOf(last);
  await withTriggersOff('DELETE FROM audit_log WHERE id = $1', [last]);
  const verdict = await verify();
  assert.deepEqual(
    { id: verdict.break?.id, problem: verdict.break?.problem },
    { id: last, problem: 'tail' },
  );
  assert.equal(verdict.entries, last - 1);
  assert.match(
    describeVerification(verdict),
    new RegExp(
      `^Audit-Kette gebrochen bei Eintrag ${last} \\(.+, ${removed.action.replace('.', '\\.')}\\): Ende der Kette fehlt/entfernt`,
    ),
  );
  await reinsert(removed);
  assert.equal((await verify()).break, null);
});

test('a record replaced by one with a fresh hash: the next one does not link to it (Reihenfolge)', async () => {
  const k = 4;
  const original = await rowOf(k);
  const forged = {
    id: k,
    at: (
      await sql(
        `SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS t FROM audit_log WHERE id = $1`,
        [k],
      )
    ).rows[0].t as string,
    actor: original.actor,
    action: original.action,
    entity: original.entity,
    entityId: original.entity_id,
    detail: { forged: true },
    prevHash: original.prev_hash,
  };
  await withTriggersOff('UPDATE audit_log SET detail = $2, hash = $3 WHERE id = $1', [
    k,
    JSON.stringify(forged.detail),
    hashAuditRecord(forged),
  ]);
  const verdict = await verify();
  assert.deepEqual(
    { id: verdict.break?.id, problem: verdict.break?.problem },
    { id: k + 1, problem: 'order' },
  );
  assert.match(
    describeVerification(verdict),
    /: Reihenfolge \(verweist nicht auf den Hash von Eintrag 4/,
  );
  await withTriggersOff('UPDATE audit_log SET detail = $2, hash = $3 WHERE id = $1', [
    k,
    JSON.stringify(original.detail),
    original.hash,
  ]);
  assert.equal((await verify()).break, null);
});

test('a record added beside the head is found; a tail cut together with the head only against a noted anchor', async () => {
  const last = await lastId();
  const newest = await rowOf(last);
  const forged = {
    id: last + 1,
    at: '2014-06-16T10:00:00.000000Z',
    actor: 'x',
    action: 'forged',
    entity: 'test',
    entityId: 'x',
    detail: {},
    prevHash: newest.hash,
  };
  await withTriggersOff(
    `INSERT INTO audit_log (id, at, actor, action, entity, entity_id, detail, prev_hash, hash)
     VALUES ($1, $2, 'x', 'forged', 'test', 'x', '{}', $3, $4)`,
    [forged.id, forged.at, forged.prevHash, hashAuditRecord(forged)],
  );
  const beyond = await verify();
  assert.deepEqual(
    { id: beyond.break?.id, problem: beyond.break?.problem },
    { id: last + 1, problem: 'beyond_head' },
  );
  await withTriggersOff('DELETE FROM audit_log WHERE id = $1', [last + 1]);

  // the newest record and the head rewound with it: consistent, unless an operator noted the head
  const before = await rowOf(last - 1);
  const anchor = { id: last, hash: newest.hash };
  assert.equal((await verify({ anchor })).break, null);
  await withTriggersOff('DELETE FROM audit_log WHERE id = $1', [last]);
  await withTriggersOff('UPDATE audit_chain_head SET seq = $1, hash = $2, at = $3, action = $4', [
    last - 1,
    before.hash,
    before.at,
    before.action,
  ]);
  assert.equal((await verify()).break, null, 'not detectable without an external anchor');
  const verdict = await verify({ anchor });
  assert.deepEqual(
    { id: verdict.break?.id, problem: verdict.break?.problem },
    { id: last, problem: 'anchor' },
  );
  await reinsert(newest);
  await withTriggersOff('UPDATE audit_chain_head SET seq = $1, hash = $2, at = $3, action = $4', [
    last,
    newest.hash,
    newest.at,
    newest.action,
  ]);
  assert.equal((await verify({ anchor })).break, null);
});
