/**
 * Tests run against real PostgreSQL: a throw-away embedded cluster per test file (temporary
 * folder, free port), migrated like production. DATABASE_URL-free by design.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chmod } from 'node:fs/promises';
import { connectDatabase, type Database } from './database.ts';
import { ensureEmbeddedCluster } from './embedded-cluster.ts';
import { freePort } from './free-port.ts';

export interface TestDatabase extends Database {
  url: string;
  /** stops the cluster and deletes its folder */
  destroy(): Promise<void>;
}

export async function startTestDatabase(): Promise<TestDatabase> {
  const base = await mkdtemp(join(tmpdir(), 'zs-test-db-'));
  await chmod(base, 0o755);
  const cluster = await ensureEmbeddedCluster(base, await freePort());
  const database = await connectDatabase(cluster.url);
  return {
    ...database,
    url: cluster.url,
    destroy: async () => {
      await database.close();
      await cluster.stop();
      await rm(base, { recursive: true, force: true });
    },
  };
}
