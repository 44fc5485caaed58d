/**
 * Tests run against real PostgreSQL: a throw-away embedded cluster per test file (temporary
 * folder, free port), migrated like production. DATABASE_URL-free by design.
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectDatabase, type Database } from './database.ts';
import { ensureEmbeddedCluster } from './embedded-cluster.ts';
import { freePort } from './free-port.ts';

export interface TestDatabase extends Database {
  url: string;
  /** the folder DATA_DIR would be: the cluster lives in its pg/ */
  dataDir: string;
  port: number;
  /** stops the cluster and deletes its folder */
  destroy(): Promise<void>;
}

export async function startTestDatabase(): Promise<TestDatabase> {
  const base = await mkdtemp(join(tmpdir(), 'zs-test-db-'));
  await chmod(base, 0o755);
  const port = await freePort();
  const cluster = await ensureEmbeddedCluster(base, port);
  const database = await connectDatabase(cluster.url, { log: () => {} });
  return {
    ...database,
    url: cluster.url,
    dataDir: base,
    port,
    destroy: async () => {
      await database.close();
      await cluster.stop();
      await rm(base, { recursive: true, force: true });
    },
  };
}
