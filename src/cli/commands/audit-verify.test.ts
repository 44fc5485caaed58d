/**
 * `audit verify` on the full demo store (DATABASE_URL): in order with every record the demo's
 * loading wrote, then broken — naming the record — after someone switched the triggers off and
 * altered a detail, deleted a record, or deleted the newest one.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startDemoTestBed, type DemoTestBed } from '../../services/documents/demo-test-bed.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
let bed: DemoTestBed;
before(async () => {
  bed = await startDemoTestBed();
});
after(async () => {
  await bed.destroy();
});

async function verify(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'audit', 'verify', ...args],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: bed.database.url } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const sql = (text: string, params: unknown[] = []) => bed.database.pool.query(text, params);

/** As someone with the owner's rights could: triggers off, the change, triggers on. */
async function withTriggersOff(text: string, params: unknown[] = []) {
  const client = await bed.database.pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('ALTER TABLE audit_log DISABLE TRIGGER USER');
    await client.query(text, params);
    await client.query('ALTER TABLE audit_log ENABLE TRIGGER USER');
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

const rowOf = async (id: number) =>
  (await sql('SELECT *, at::text AS at FROM audit_log WHERE id = $1', [id])).rows[0] as {
    id: string;
    at: string;
    actor: string;
    action: string;
    entity: string;
    entity_id: string;
    detail: unknown;
    prev_hash: string;
    hash: string;
  };
const reinsert = (r: Awaited<ReturnType<typeof rowOf>>) =>
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

let count = 0;
let lastHash = '';

test('the demo store verifies: every record of loading it (figures, units, agreements)', async () => {
  count = Number((await sql('SELECT count(*) AS n FROM audit_log')).rows[0].n);
  const actions = (await sql('SELECT DISTINCT action FROM audit_log ORDER BY action')).rows.map(
    (r: { action: string }) => r.action,
  );
  assert.ok(count > 30, `${count} records`);
  for (const action of ['values.import', 'unit.create', 'unit.update', 'agreement.create'])
    assert.ok(actions.includes(action), `${action} in ${actions.join(', ')}`);
  const result = await verify('--batch', '7');
  assert.equal(result.code, 0, result.stderr);
  const match = /^Audit-Kette in Ordnung: (\d+) Einträge, letzter Hash ([0-9a-f]{64})\n$/.exec(
    result.stdout,
  );
  assert.ok(match, result.stdout);
  assert.equal(Number(match[1]), count);
  lastHash = match[2]!;
  const head = (await sql('SELECT hash FROM audit_chain_head')).rows[0];
  assert.equal(head.hash, lastHash);
  assert.match(result.stderr, new RegExp(`Kettenkopf: Eintrag ${count}, Hash ${lastHash}`));
});

test('a detail altered in SQL: exit 1 naming that record', async () => {
  const k = 10;
  const original = await rowOf(k);
  await withTriggersOff(`UPDATE audit_log SET detail = '{"rows": 1}' WHERE id = $1`, [k]);
  const result = await verify();
  assert.equal(result.code, 1);
  assert.match(
    result.stdout,
    new RegExp(
      `^Audit-Kette gebrochen bei Eintrag ${k} \\([^,]+, ${original.action}\\): Inhalt verändert\n$`,
    ),
  );
  await withTriggersOff('UPDATE audit_log SET detail = $2 WHERE id = $1', [
    k,
    JSON.stringify(original.detail),
  ]);
  assert.equal((await verify()).code, 0);
});

test('a record deleted in SQL: exit 1 naming the record after it', async () => {
  const k = 20;
  const removed = await rowOf(k);
  const next = await rowOf(k + 1);
  await withTriggersOff('DELETE FROM audit_log WHERE id = $1', [k]);
  const result = await verify();
  assert.equal(result.code, 1);
  assert.match(
    result.stdout,
    new RegExp(
      `^Audit-Kette gebrochen bei Eintrag ${k + 1} \\([^,]+, ${next.action}\\): Vorgänger fehlt/entfernt`,
    ),
  );
  await reinsert(removed);
  assert.equal((await verify()).code, 0);
});

test('the newest record deleted in SQL: exit 1 naming it from the chain head; an anchor is checked', async () => {
  const newest = await rowOf(count);
  await withTriggersOff('DELETE FROM audit_log WHERE id = $1', [count]);
  const result = await verify();
  assert.equal(result.code, 1);
  assert.match(
    result.stdout,
    new RegExp(
      `^Audit-Kette gebrochen bei Eintrag ${count} \\([^,]+, ${newest.action}\\): Ende der Kette fehlt/entfernt`,
    ),
  );
  await reinsert(newest);
  const anchored = await verify('--anchor', `${count}:${lastHash}`);
  assert.equal(anchored.code, 0, anchored.stdout);
  const wrong = await verify('--anchor', `${count}:${'a'.repeat(64)}`);
  assert.equal(wrong.code, 1);
  assert.match(wrong.stdout, /weicht vom außerhalb notierten Hash ab/);
  const bad = await verify('--anchor', 'x');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--anchor must be ID:HASH/);
});
