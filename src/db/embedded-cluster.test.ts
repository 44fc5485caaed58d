/**
 * The server and the CLI use the embedded store at the same time: the second finds the cluster
 * running and uses it, writes of both arrive, and the cluster stops only when the last one
 * leaves (it is a real PostgreSQL, not a file two processes would overwrite).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from './database.ts';
import { units } from './schema/index.ts';

test('two users of one embedded store: both writes kept, the last one out stops the cluster', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'zs-two-'));
  await chmod(dataDir, 0o755);
  const options = { databaseUrl: null, dataDir, embeddedPgPort: 5400 + Math.floor(Math.random() * 80) };
  try {
    const server = await openDatabase(options);
    const cli = await openDatabase(options);
    const pid = join(dataDir, 'pg', 'postmaster.pid');
    await Promise.all([
      server.db.insert(units).values({ id: 'A', name: 'vom Server', kind: 'land', validFrom: '2014-01-01' }),
      cli.db.insert(units).values({ id: 'B', name: 'von der Kommandozeile', kind: 'land', validFrom: '2014-01-01' }),
    ]);
    // the server started the cluster; the CLI leaves first: the server is still connected, so it keeps running
    await cli.close();
    assert.ok(existsSync(pid));
    const rows = await server.db.select({ id: units.id }).from(units).orderBy(units.id);
    assert.deepEqual(rows.map((r) => r.id), ['A', 'B']);
    await server.close();
    assert.equal(existsSync(pid), false);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});
