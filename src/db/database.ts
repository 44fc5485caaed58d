/**
 * Opening the store: an external PostgreSQL (DATABASE_URL) or the embedded one; migrated on open.
 *
 * The pool cannot starve or hang a request for good: waiting for a connection, a statement and
 * an idle transaction each have a limit (POOL_LIMITS), errors of idle connections are logged
 * instead of ending the process, and after an outage new connections are made on demand, so the
 * store is usable again as soon as PostgreSQL is.
 */
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { fileURLToPath } from 'node:url';
import * as schema from './schema/index.ts';
import { openEmbeddedStore } from './embedded-store.ts';
import type { Db } from './executor.ts';
import { pingStore } from './repositories/health.ts';

export type { Db };

export interface Database {
  db: Db;
  pool: pg.Pool;
  /** whether the store answers now (within a second) */
  ping(): Promise<boolean>;
  close(): Promise<void>;
  /** where the embedded store keeps its data when not in DATA_DIR (root in a private folder) */
  relocatedTo: string | null;
}

export const POOL_LIMITS = {
  connections: 10,
  /** waiting for a free connection (or a new one) */
  acquireMs: 5_000,
  /** one SQL statement; the longest of the application (an import batch) takes well under it */
  statementMs: 60_000,
  /** a transaction that waits for its client: a bug or a hung client, never normal */
  idleInTransactionMs: 15_000,
} as const;

const MIGRATIONS = fileURLToPath(new URL('./migrations', import.meta.url));
export const MIGRATION_LOCK = 4848;

/** Migrations run under an advisory lock, so a CLI and the server opening at once do not race. */
export async function migrateDatabase(db: Db): Promise<void> {
  await migrate(db, { migrationsFolder: MIGRATIONS });
}

export interface ConnectOptions {
  onClose?: () => Promise<void>;
  log?: (line: string) => void;
  relocatedTo?: string | null;
}

export async function connectDatabase(
  url: string,
  options: ConnectOptions = {},
): Promise<Database> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const pool = new pg.Pool({
    connectionString: url,
    max: POOL_LIMITS.connections,
    connectionTimeoutMillis: POOL_LIMITS.acquireMs,
    statement_timeout: POOL_LIMITS.statementMs,
    idle_in_transaction_session_timeout: POOL_LIMITS.idleInTransactionMs,
    application_name: 'zielsteuerung',
    keepAlive: true,
  });
  // an idle connection that breaks (PostgreSQL stopped or killed) must not end the process
  let lastLogged = 0;
  pool.on('error', (error) => {
    if (Date.now() - lastLogged > 10_000) log(`Datenbankverbindung unterbrochen: ${error.message}`);
    lastLogged = Date.now();
  });
  const db = drizzle(pool, { schema });
  try {
    const client = await pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      await migrateDatabase(db);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => {});
    await options.onClose?.();
    throw error;
  }
  let closed = false;
  return {
    db,
    pool,
    relocatedTo: options.relocatedTo ?? null,
    ping: () => withTimeout(pingStore(db), 1_000).catch(() => false),
    close: async () => {
      if (closed) return;
      closed = true;
      await withTimeout(pool.end(), 5_000).catch(() => {});
      await options.onClose?.();
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    }),
  ]);
}

export async function openDatabase(
  options: { databaseUrl: string | null; dataDir: string; embeddedPgPort: number },
  log?: (line: string) => void,
): Promise<Database> {
  if (options.databaseUrl !== null) return connectDatabase(options.databaseUrl, { log });
  const store = await openEmbeddedStore(options.dataDir, options.embeddedPgPort, log);
  return connectDatabase(store.cluster.url, {
    log,
    relocatedTo: store.cluster.relocatedTo,
    onClose: async () => {
      await store.leave();
    },
  });
}
