/**
 * Test support for migrations of stored data: a throw-away embedded cluster without any
 * migration applied, and the committed migrations up to a tag, so that a test can write rows as
 * an older version stored them and then migrate on.
 */
import assert from 'node:assert/strict';
import { chmod, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { ensureEmbeddedCluster } from './embedded-cluster.ts';
import { freePort } from './free-port.ts';
import * as schema from './schema/index.ts';

export const MIGRATIONS = fileURLToPath(new URL('./migrations', import.meta.url));

export interface BareCluster {
  pool: pg.Pool;
  /** applies the committed migrations up to and including `lastTag` (all without one) */
  migrateTo(lastTag?: string): Promise<void>;
  destroy(): Promise<void>;
}

export async function startBareCluster(prefix: string): Promise<BareCluster> {
  const base = await mkdtemp(join(tmpdir(), prefix));
  await chmod(base, 0o755);
  const cluster = await ensureEmbeddedCluster(base, await freePort());
  const pool = new pg.Pool({ connectionString: cluster.url, max: 2 });
  return {
    pool,
    migrateTo: async (lastTag) =>
      migrate(drizzle(pool, { schema }), {
        migrationsFolder: lastTag === undefined ? MIGRATIONS : await migrationsUpTo(base, lastTag),
      }),
    async destroy() {
      await pool.end();
      await cluster.stop();
      await rm(base, { recursive: true, force: true });
    },
  };
}

/** The migrations up to and including `lastTag`, as a folder drizzle can migrate from. */
async function migrationsUpTo(base: string, lastTag: string): Promise<string> {
  const dir = await mkdtemp(join(base, 'migrations-'));
  await cp(MIGRATIONS, dir, { recursive: true });
  const journalFile = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(await readFile(journalFile, 'utf8')) as {
    entries: { tag: string }[];
  };
  const last = journal.entries.findIndex((e) => e.tag === lastTag);
  assert.ok(last >= 0, lastTag);
  journal.entries = journal.entries.slice(0, last + 1);
  await writeFile(journalFile, JSON.stringify(journal));
  return dir;
}
