/**
 * `npm start` beside the CLI and through a database outage, as real processes: a CLI run that
 * finishes, one killed with SIGKILL, PostgreSQL killed under the running server, and a SIGTERM
 * that ends the server in order and stops the cluster it leaves behind last.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { REPO_ROOT } from '../../web/build/ensure-web-built.ts';
import { MIGRATION_LOCK } from '../../db/database.ts';
import { freePort } from '../../db/free-port.ts';
import { EMBEDDED_PASSWORD, EMBEDDED_USER } from '../../db/embedded-cluster.ts';

let dataDir = '';
let port = 0;
let pgPort = 0;
let server: ChildProcess;
let serverLog = '';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function cli(args: string[]): ChildProcess {
  // /usr/bin/env sets the configuration on top of the inherited environment
  return spawn(
    '/usr/bin/env',
    [
      `DATA_DIR=${dataDir}`,
      `PORT=${port}`,
      `PG_PORT=${pgPort}`,
      'TZ=UTC',
      process.execPath,
      '--import',
      'tsx',
      'src/cli/main.ts',
      ...args,
    ],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

function finished(
  child: ChildProcess,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }> {
  let out = '';
  child.stdout?.on('data', (c: Buffer) => {
    out += c.toString();
  });
  child.stderr?.on('data', (c: Buffer) => {
    out += c.toString();
  });
  return new Promise((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, out })),
  );
}

/** the session of the demo user mais-nrw (password "demo"), taken on first use */
let cookie: string | null = null;

async function get(path: string): Promise<{ status: number; body: unknown }> {
  if (cookie === null && path !== '/api/health') {
    const login = await fetch(`http://127.0.0.1:${port}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'mais-nrw', password: 'demo' }),
    });
    assert.equal(login.status, 200, await login.clone().text());
    cookie = /zs_session=[^;]*/.exec(login.headers.get('set-cookie') ?? '')![0];
  }
  const response = await fetch(`http://127.0.0.1:${port}${path}`, {
    headers: cookie === null ? {} : { cookie },
    signal: AbortSignal.timeout(15_000),
  });
  return { status: response.status, body: await response.json() };
}

/** polls until `check` holds (or fails after `ms`) */
async function eventually(what: string, check: () => Promise<boolean>, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check().catch(() => false))) {
    if (Date.now() > end)
      throw new Error(`not within ${ms / 1000} s: ${what}\n${serverLog.slice(-2000)}`);
    await sleep(200);
  }
}

const connectToCluster = async () => {
  const client = new pg.Client({
    connectionString: `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${pgPort}/postgres`,
  });
  client.on('error', () => {});
  await client.connect();
  return client;
};

/** processes holding a lease on the embedded store (embedded-store.ts) */
async function leases(): Promise<number> {
  const client = await connectToCluster();
  try {
    return (
      await client.query(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'zielsteuerung-lease'",
      )
    ).rows[0].n;
  } finally {
    await client.end();
  }
}

const postmasterPid = () =>
  Number(readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
/** whether a PostgreSQL server runs on the test's data folder */
function clusterRuns(): boolean {
  if (!existsSync(join(dataDir, 'pg', 'postmaster.pid'))) return false;
  try {
    process.kill(postmasterPid(), 0);
    return true;
  } catch {
    return false;
  }
}

before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'zs-start-'));
  await chmod(dataDir, 0o755);
  port = await freePort();
  pgPort = await freePort();
  server = cli(['start']);
  server.stdout!.on('data', (c: Buffer) => {
    serverLog += c.toString();
  });
  server.stderr!.on('data', (c: Buffer) => {
    serverLog += c.toString();
  });
  await eventually('the server serves', async () => serverLog.includes('läuft auf'), 240_000);
});

after(async () => {
  if (server.exitCode === null) server.kill('SIGKILL');
  if (clusterRuns()) process.kill(postmasterPid(), 'SIGKILL');
  await rm(dataDir, { recursive: true, force: true });
});

test('the server from npm start: no session, 401; jobcenter-ahaus sees only Ahaus, Borken is not found; the demo accounts are in the audit', async () => {
  const base = `http://127.0.0.1:${port}`;
  const anonymous = await fetch(`${base}/api/agreements?year=2014`);
  assert.equal(anonymous.status, 401);
  const login = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'jobcenter-ahaus', password: 'demo' }),
  });
  assert.equal(login.status, 200, await login.clone().text());
  const ahaus = { cookie: /zs_session=[^;]*/.exec(login.headers.get('set-cookie') ?? '')![0] };
  const list = (await (
    await fetch(`${base}/api/agreements?year=2014`, { headers: ahaus })
  ).json()) as { id: string; unit: { id: string; name: string } }[];
  assert.ok(list.length > 0);
  assert.deepEqual([...new Set(list.map((a) => a.unit.name))], ['Ahaus']);
  const all = (await get('/api/agreements?year=2014')).body as {
    id: string;
    unit: { id: string };
  }[];
  const borken = all.find((a) => a.unit.id === '05554')!;
  const refused = await fetch(`${base}/api/agreements/${borken.id}`, { headers: ahaus });
  assert.equal(refused.status, 404);
  // the demo accounts were made by the operator, and the audit trail says so
  const audit = await finished(cli(['audit', 'verify']));
  assert.equal(audit.code, 0, audit.out);
  const client = await connectToCluster();
  try {
    const made = await client.query(
      `SELECT entity_id FROM audit_log WHERE action = 'user.create' AND detail->>'demo' = 'true' ORDER BY entity_id`,
    );
    assert.deepEqual(
      made.rows.map((r) => r.entity_id),
      ['admin', 'controlling-borken', 'jobcenter-ahaus', 'mais-nrw'],
    );
  } finally {
    await client.end();
  }
});

test('a CLI run beside the running server leaves the store running, even after the server sat idle', async () => {
  assert.equal((await get('/api/health')).status, 200);
  // the pool drops idle connections after 10 s: the server then holds none but its lease
  await sleep(11_000);
  const run = await finished(cli(['agreements', 'list', '--year', '2014']));
  assert.equal(run.code, 0, run.out);
  assert.equal(
    run.out
      .trim()
      .split('\n')
      .filter((l) => /\t2014\t/.test(l)).length,
    18,
  );
  assert.equal((await get('/api/health')).status, 200);
  assert.equal((await get('/api/agreements?year=2014')).status, 200);
  assert.equal(await leases(), 1);
});

test('a CLI run killed with SIGKILL while it uses the store takes nothing with it', async () => {
  // holding the migration lock (database.ts) keeps the CLI waiting with its lease taken
  const blocker = await connectToCluster();
  await blocker.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  const child = cli(['agreements', 'list', '--year', '2014']);
  const done = finished(child);
  try {
    await eventually('the CLI holds its lease', async () => (await leases()) === 2, 120_000);
    child.kill('SIGKILL');
    assert.equal((await done).signal, 'SIGKILL');
  } finally {
    await blocker.end();
  }
  await eventually('its lease is gone with its connection', async () => (await leases()) === 1);
  assert.equal((await get('/api/agreements?year=2014')).status, 200);
  const again = await finished(cli(['agreements', 'list', '--year', '2014']));
  assert.equal(again.code, 0, again.out);
  assert.equal((await get('/api/health')).status, 200);
});

test('PostgreSQL killed under the running server: 503 while it is gone, then the server restarts it and answers', async () => {
  const before = postmasterPid();
  process.kill(before, 'SIGKILL');
  await eventually(
    'the database refuses connections',
    async () =>
      !(await leases().then(
        () => true,
        () => false,
      )),
    10_000,
  );
  // while the database is away: answers in the one error shape, never a crash of the server
  const during = await get('/api/agreements?year=2014');
  assert.equal(during.status, 503, JSON.stringify(during.body));
  assert.equal(typeof (during.body as { error: { message: string } }).error.message, 'string');
  assert.equal((await get('/api/health')).status, 503);
  await eventually(
    'the store is back',
    async () => (await get('/api/health')).status === 200,
    60_000,
  );
  assert.notEqual(postmasterPid(), before);
  const list = await get('/api/agreements?year=2014');
  assert.equal(list.status, 200);
  assert.equal((list.body as unknown[]).length, 18);
  assert.equal(server.exitCode, null);
  await eventually(
    'the server says the store is back',
    async () => /wieder erreichbar/.test(serverLog),
    10_000,
  );
});

test('SIGTERM ends the server in order, and the last one out stops the cluster', async () => {
  const exit = finished(server);
  server.kill('SIGTERM');
  const result = await Promise.race([exit, sleep(20_000).then(() => null)]);
  assert.notEqual(result, null, `the server did not end within 20 s:\n${serverLog.slice(-2000)}`);
  assert.equal(result!.code, 0, serverLog.slice(-2000));
  assert.equal(clusterRuns(), false);
});
