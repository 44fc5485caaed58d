/**
 * Who may stop the embedded cluster. Every process that uses it (server, CLI, tests) holds a
 * shared advisory lock on a connection of its own for as long as it uses the store. The lock
 * lives and dies with that connection, so a process that ends in any way — SIGKILL included —
 * holds none afterwards. Leaving, a process asks for the exclusive lock: PostgreSQL grants it
 * only when nobody else holds the shared one, and only then does this process stop the cluster.
 * A process that arrives while another is stopping waits on the lock, loses its connection with
 * the shutdown, and starts the cluster again.
 *
 * While it holds its lease, a process also supervises the cluster: when the lease connection
 * breaks (the cluster was killed), it starts the cluster again and takes a new lease.
 */
import pg from 'pg';
import {
  ensureEmbeddedCluster,
  EmbeddedStoreError,
  type EmbeddedCluster,
} from './embedded-cluster.ts';

/** advisory lock key of the lease (any constant; 4848 is the migration lock) */
const LEASE_KEY = 4849;
const RETRY_MS = 300;
/** how long a process keeps trying to get a lease while others start or stop the cluster */
const ARRIVAL_DEADLINE_MS = 60_000;
const SUPERVISE_MS = 1_000;

export interface EmbeddedStore {
  cluster: EmbeddedCluster;
  /** gives the lease back; stops the cluster when no other process holds one */
  leave(): Promise<{ stopped: boolean }>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function takeLease(url: string): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: url,
    application_name: 'zielsteuerung-lease',
    keepAlive: true,
  });
  client.on('error', () => {}); // a broken lease is noticed by 'end'
  try {
    await client.connect();
    await client.query('SELECT pg_advisory_lock_shared($1)', [LEASE_KEY]);
    return client;
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
}

/** Starts the cluster if need be and takes a lease, retrying while another process stops it. */
async function arrive(cluster: EmbeddedCluster): Promise<pg.Client> {
  const deadline = Date.now() + ARRIVAL_DEADLINE_MS;
  for (;;) {
    try {
      await cluster.start();
      return await takeLease(cluster.url);
    } catch (error) {
      if (error instanceof EmbeddedStoreError && Date.now() > deadline) throw error;
      if (Date.now() > deadline)
        throw new EmbeddedStoreError(
          `Die eingebettete PostgreSQL-Datenbank in ${cluster.dir} ist nicht erreichbar (${(error as Error).message}).`,
        );
      await sleep(RETRY_MS);
    }
  }
}

export async function openEmbeddedStore(
  dataDir: string,
  port: number,
  log: (line: string) => void = () => {},
): Promise<EmbeddedStore> {
  const cluster = await ensureEmbeddedCluster(dataDir, port);
  let lease: pg.Client | null = await arrive(cluster);
  let leaving = false;
  let timer: NodeJS.Timeout | null = null;

  const supervise = (client: pg.Client) => {
    client.once('end', () => {
      if (leaving || lease !== client) return;
      lease = null;
      log(
        'Die eingebettete PostgreSQL-Datenbank ist nicht mehr erreichbar; sie wird neu gestartet …',
      );
      const retry = async () => {
        timer = null;
        if (leaving) return;
        try {
          await cluster.start();
          const next = await takeLease(cluster.url);
          if (leaving) return void (await next.end().catch(() => {}));
          lease = next;
          supervise(next);
          log('Die eingebettete PostgreSQL-Datenbank ist wieder erreichbar.');
        } catch {
          timer = setTimeout(retry, SUPERVISE_MS);
          timer.unref();
        }
      };
      timer = setTimeout(retry, SUPERVISE_MS);
      timer.unref();
    });
  };
  supervise(lease);

  return {
    cluster,
    async leave() {
      leaving = true;
      if (timer !== null) clearTimeout(timer);
      if (lease !== null) await lease.end().catch(() => {});
      lease = null;
      if (!(await cluster.isRunning())) return { stopped: false };
      // the exclusive lock is granted only if no other process holds a lease
      const probe = new pg.Client({
        connectionString: cluster.url,
        application_name: 'zielsteuerung-leave',
      });
      probe.on('error', () => {});
      let last = false;
      try {
        await probe.connect();
        last =
          (await probe.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [LEASE_KEY]))
            .rows[0]?.ok === true;
        // holding the exclusive lock while stopping keeps newcomers waiting until the shutdown
        if (last) await cluster.stop();
      } catch {
        return { stopped: false };
      } finally {
        await probe.end().catch(() => {});
      }
      return { stopped: last };
    },
  };
}
