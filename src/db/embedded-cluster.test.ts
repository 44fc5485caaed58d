/**
 * The server and the CLI use the embedded store at the same time, in any order: the second finds
 * the cluster running and uses it, writes of both arrive, and the cluster stops only when the
 * last one leaves (it is a real PostgreSQL, not a file two processes would overwrite).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { openDatabase } from './database.ts';
import { freePort } from './free-port.ts';
import { units } from './schema/index.ts';

async function options() {
  const dataDir = await mkdtemp(join(tmpdir(), 'zs-two-'));
  await chmod(dataDir, 0o755);
  return { databaseUrl: null, dataDir, embeddedPgPort: await freePort() };
}

const quiet = () => {};

test('two users of one embedded store: both writes kept, the last one out stops the cluster', async () => {
  const o = await options();
  try {
    const server = await openDatabase(o, quiet);
    const cli = await openDatabase(o, quiet);
    const pid = join(o.dataDir, 'pg', 'postmaster.pid');
    await Promise.all([
      server.db
        .insert(units)
        .values({ id: 'A', name: 'vom Server', kind: 'land', validFrom: '2014-01-01' }),
      cli.db
        .insert(units)
        .values({ id: 'B', name: 'von der Kommandozeile', kind: 'land', validFrom: '2014-01-01' }),
    ]);
    // the server started the cluster; the CLI leaves first: the server still holds its lease
    await cli.close();
    assert.ok(existsSync(pid));
    const rows = await server.db.select({ id: units.id }).from(units).orderBy(units.id);
    assert.deepEqual(
      rows.map((r) => r.id),
      ['A', 'B'],
    );
    await server.close();
    assert.equal(existsSync(pid), false);
  } finally {
    await rm(o.dataDir, { recursive: true, force: true });
  }
});

test('the one that started the cluster leaves first: the other keeps it and stops it when it leaves', async () => {
  const o = await options();
  try {
    const first = await openDatabase(o, quiet);
    const second = await openDatabase(o, quiet);
    await first.close();
    assert.ok(existsSync(join(o.dataDir, 'pg', 'postmaster.pid')));
    assert.equal((await second.pool.query('SELECT 1 AS one')).rows[0].one, 1);
    await second.close();
    assert.equal(existsSync(join(o.dataDir, 'pg', 'postmaster.pid')), false);
  } finally {
    await rm(o.dataDir, { recursive: true, force: true });
  }
});

test(
  'as root in a folder the postgres user cannot enter, the store lives in the system folder and works',
  { skip: userInfo().uid !== 0 && 'only root runs PostgreSQL as another user' },
  async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'zs-private-')); // mode 0700, owned by root
    const o = {
      databaseUrl: null,
      dataDir: join(dataDir, 'data'),
      embeddedPgPort: await freePort(),
    };
    const database = await openDatabase(o, quiet);
    try {
      assert.ok(
        database.relocatedTo?.startsWith('/var/lib/zielsteuerung-sgb2/data/'),
        String(database.relocatedTo),
      );
      await database.db
        .insert(units)
        .values({ id: 'P', name: 'privat', kind: 'land', validFrom: '2014-01-01' });
      assert.equal(
        (await database.pool.query('SELECT count(*)::int AS n FROM units')).rows[0].n,
        1,
      );
    } finally {
      await database.close();
      if (database.relocatedTo !== null)
        await rm(dirname(database.relocatedTo), { recursive: true, force: true });
      await rm(dataDir, { recursive: true, force: true });
    }
  },
);
