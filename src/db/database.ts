/** Opening the store: an external PostgreSQL (DATABASE_URL) or the embedded one; migrated on open. */
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { fileURLToPath } from 'node:url';
import * as schema from './schema/index.ts';
import { ensureEmbeddedCluster, type EmbeddedCluster } from './embedded-cluster.ts';

export type Db = NodePgDatabase<typeof schema>;

export interface Database {
  db: Db;
  pool: pg.Pool;
  close(): Promise<void>;
}

const MIGRATIONS = fileURLToPath(new URL('./migrations', import.meta.url));

/** Migrations run under an advisory lock, so a CLI and the server opening at once do not race. */
export async function migrateDatabase(db: Db): Promise<void> {
  await migrate(db, { migrationsFolder: MIGRATIONS });
}

export async function connectDatabase(url: string, onClose: () => Promise<void> = async () => {}): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = drizzle(pool, { schema });
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(4848)');
    await migrateDatabase(db);
  } finally {
    await client.query('SELECT pg_advisory_unlock(4848)').catch(() => {});
    client.release();
  }
  return { db, pool, close: async () => { await pool.end(); await onClose(); } };
}

/** Other sessions still connected to the cluster (the server, another CLI run). */
async function otherClients(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ n: string }>("SELECT count(*) AS n FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()");
    return Number(result.rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

export async function openDatabase(options: { databaseUrl: string | null; dataDir: string; embeddedPgPort: number }): Promise<Database> {
  if (options.databaseUrl !== null) return connectDatabase(options.databaseUrl);
  const cluster: EmbeddedCluster = await ensureEmbeddedCluster(options.dataDir, options.embeddedPgPort);
  return connectDatabase(cluster.url, async () => {
    // the last one out stops the embedded cluster, whoever started it
    if ((await otherClients(cluster.url)) === 0) await cluster.stop();
  });
}
