/**
 * Load benchmark of the HTTP API (bench/api/README.md): the real server with the demo content on
 * 127.0.0.1, each route under autocannon for a fixed time, figures and targets printed.
 *
 *   npm run bench -- api [--duration S] [--connections N] [--only a,b] [--json FILE] …
 *   npm run bench -- api --profile DIR [--requests N] [--only a,b]
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import {
  formatProfileSummary,
  mapProjectFrames,
  summarizeProfile,
  type CpuProfile,
  type ProfileSummary,
} from './cpuprofile.ts';
import { runLoad, stopLoad, type LoadResult } from './load.ts';
import { parseApiBenchOptions, SLOW_ROUTES, type ApiBenchOptions } from './options.ts';
import { enableStatementStats, StatementStatsReader, type StatementStats } from './pg-stats.ts';
import { discover, type Discovery, type RouteSpec } from './routes.ts';
import {
  prepareDataDir,
  removeDataDir,
  startServer,
  type ServerHandle,
  type StopReport,
} from './server.ts';

const say = (line: string) => process.stderr.write(`${line}\n`);
const load1 = () => loadavg()[0]!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface Probe {
  status: number;
  contentType: string;
  bodyBytes: number;
  ms: number;
}

export interface RouteResult {
  name: string;
  path: string;
  note: string;
  probe: Probe;
  load: LoadResult;
  loadAvgBefore: number;
  loadAvgAfter: number;
  /** time until the server answered /api/health quickly again after the load */
  drainMs: number;
  target: { p95Ms: number; pass: boolean } | null;
}

interface Machine {
  cores: number;
  cpu: string;
  memoryGiB: number;
  node: string;
  loadAvg: number[];
}

function machine(): Machine {
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? '?',
    memoryGiB: totalmem() / 2 ** 30,
    node: process.version,
    loadAvg: loadavg(),
  };
}

/** One plain request before the load: status, type and size of the answer, warm caches. */
async function probe(
  base: string,
  route: RouteSpec,
  headers: Record<string, string>,
): Promise<Probe> {
  const t0 = performance.now();
  const response = await fetch(base + route.path, { headers });
  const body = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    bodyBytes: body.length,
    ms: performance.now() - t0,
  };
}

/**
 * After autocannon stops, requests it abandoned may still be running on the server (a PDF queue):
 * wait until /api/health answers within 25 ms twice in a row (at most 60 s).
 */
async function drain(base: string): Promise<number> {
  const t0 = performance.now();
  let quick = 0;
  while (performance.now() - t0 < 60_000 && quick < 2) {
    const t = performance.now();
    await fetch(`${base}/api/health`)
      .then((r) => r.arrayBuffer())
      .catch(() => null);
    quick = performance.now() - t < 25 ? quick + 1 : 0;
    if (quick < 2) await sleep(100);
  }
  return performance.now() - t0;
}

const kib = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MiB`
    : bytes >= 1024
      ? `${(bytes / 1024).toFixed(1)} KiB`
      : `${bytes} B`;
const num = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '–');

function table(header: string[], rows: string[][], right: boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (right[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatResults(results: readonly RouteResult[]): string {
  const header = [
    'route',
    'req/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'max ms',
    'requests',
    'non-2xx',
    'errors',
    'timeouts',
    'size',
    'drain s',
    'load 1m vorher→nachher',
    'target',
  ];
  const rows = results.map((r) => [
    r.name,
    num(r.load.rps),
    num(r.load.latencyMs.p50),
    num(r.load.latencyMs.p95),
    num(r.load.latencyMs.p99),
    num(r.load.latencyMs.max, 0),
    String(r.load.requests),
    String(r.load.non2xx),
    String(r.load.errors),
    String(r.load.timeouts),
    kib(r.probe.bodyBytes),
    (r.drainMs / 1000).toFixed(1),
    `${r.loadAvgBefore.toFixed(2)} → ${r.loadAvgAfter.toFixed(2)}`,
    r.target === null ? '' : `p95 < ${r.target.p95Ms} ms: ${r.target.pass ? 'pass' : 'FAIL'}`,
  ]);
  return table(header, rows, [
    false,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    false,
    false,
  ]);
}

function printHeader(m: Machine, options: ApiBenchOptions, profile: boolean): void {
  console.log(
    `Maschine: ${m.cores} Kerne (${m.cpu}), ${m.memoryGiB.toFixed(1)} GiB Speicher, Node ${m.node}; Last (1/5/15 min) ${m.loadAvg.map((x) => x.toFixed(2)).join(' / ')}`,
  );
  console.log(
    profile
      ? `Profil: ${options.requests} Anfragen je Route, ${options.connections} Verbindungen; Server unter node --cpu-prof, PostgreSQL mit pg_stat_statements`
      : `Last: ${options.connections} Verbindungen je Route, ${options.durationS} s je Route, Zeitlimit ${options.timeoutS} s; Client (autocannon), Server und PostgreSQL auf derselben Maschine`,
  );
}

function printDiscovery(
  d: Discovery,
  server: ServerHandle,
  cache: { builtCache: boolean; cacheBuildMs: number | null },
): void {
  console.log(
    `Server bereit nach ${(server.startMs / 1000).toFixed(1)} s (${cache.builtCache ? `Demo-Daten eben aufgebaut in ${((cache.cacheBuildMs ?? 0) / 1000).toFixed(0)} s` : 'Demo-Daten aus tmp/bench-api/demo-data'}); Anmeldung: ${d.login === 'none' ? 'keine (DEMO_USER)' : 'Sitzung mais-nrw'}`,
  );
  console.log(
    `Träger-Vereinbarung ${d.traegerAgreement}; örtliches Jobcenter ${d.jobcenterAgreement.unit}: ${d.jobcenterAgreement.id}; ${d.jobcenters.length} Jobcenter`,
  );
}

interface RouteRun {
  result: RouteResult;
  stats: StatementStats | null;
}

async function measureRoute(
  server: ServerHandle,
  d: Discovery,
  route: RouteSpec,
  options: ApiBenchOptions,
  stats: StatementStatsReader | null,
): Promise<RouteRun> {
  const first = await probe(server.base, route, d.headers);
  if (first.status < 200 || first.status >= 300)
    say(`  ! ${route.name}: ${route.path} antwortet ${first.status}`);
  await drain(server.base);
  await stats?.reset();
  const loadAvgBefore = load1();
  const load = await runLoad({
    url: server.base + route.path,
    headers: d.headers,
    connections: options.connections,
    timeoutS: options.timeoutS,
    ...(stats === null ? { durationS: options.durationS } : { amount: options.requests }),
  });
  const loadAvgAfter = load1();
  const statements = stats === null ? null : await stats.read();
  const drainMs = await drain(server.base);
  const target =
    route.p95TargetMs === null
      ? null
      : {
          p95Ms: route.p95TargetMs,
          pass:
            load.latencyMs.p95 < route.p95TargetMs &&
            load.non2xx === 0 &&
            load.errors === 0 &&
            load.timeouts === 0,
        };
  return {
    result: {
      name: route.name,
      path: route.path,
      note: route.note,
      probe: first,
      load,
      loadAvgBefore,
      loadAvgAfter,
      drainMs,
      target,
    },
    stats: statements,
  };
}

function formatStatements(s: StatementStats, requests: number): string {
  const per = (x: number) => (x / requests).toFixed(2);
  return [
    `  SQL: ${per(s.calls)} Anweisungen je Anfrage (${s.calls} bei ${requests} Anfragen), Ausführung ${per(s.execMs)} ms + Planung ${per(s.planMs)} ms je Anfrage, ${per(s.rows)} Zeilen je Anfrage`,
    ...s.statements
      .slice(0, 8)
      .map(
        (q) =>
          `    ${(q.calls / requests).toFixed(2).padStart(6)}×/req  ${(q.execMs / q.calls).toFixed(3).padStart(8)} ms/Aufruf  ${(q.planMs / q.calls).toFixed(3).padStart(7)} ms Plan  ${(q.rows / q.calls).toFixed(0).padStart(5)} Zeilen  ${q.query.slice(0, 150)}`,
      ),
  ].join('\n');
}

export async function runApiBench(args: string[]): Promise<void> {
  const options = parseApiBenchOptions(args);
  const profiling = options.profileDir !== null;
  const m = machine();
  printHeader(m, options, profiling);
  const data = await prepareDataDir({ fresh: options.fresh, say });
  const profileDir = options.profileDir === null ? null : resolve(options.profileDir);
  if (profileDir !== null) {
    await mkdir(profileDir, { recursive: true });
    await enableStatementStats(data.dataDir);
  }
  let interrupted = false;
  const onSigint = () => {
    interrupted = true;
    say('… abgebrochen, Server wird beendet …');
    stopLoad();
  };
  process.once('SIGINT', onSigint);
  const runs: RouteRun[] = [];
  let server: ServerHandle | null = null;
  let stopReport: StopReport | null = null;
  let discovery: Discovery | null = null;
  let stats: StatementStatsReader | null = null;
  try {
    server = await startServer({
      dataDir: data.dataDir,
      say,
      nodeFlags:
        profileDir === null ? [] : ['--cpu-prof', '--cpu-prof-dir', join(profileDir, 'cpu')],
    });
    discovery = await discover(server.base);
    printDiscovery(discovery, server, data);
    if (profileDir !== null) stats = await StatementStatsReader.connect(server.pgPort);
    const wanted = options.only ?? (profiling ? SLOW_ROUTES : null);
    const routes = discovery.routes.filter((r) => wanted === null || wanted.includes(r.name));
    for (const s of discovery.skipped)
      if (wanted === null || wanted.includes(s.name))
        console.log(`übersprungen: ${s.name}: ${s.reason}`);
    for (const route of routes) {
      if (interrupted) break;
      say(
        `… ${route.name}: GET ${route.path.length > 110 ? `${route.path.slice(0, 107)}…` : route.path}`,
      );
      const run = await measureRoute(server, discovery, route, options, stats);
      runs.push(run);
      const r = run.result;
      say(
        `  ${num(r.load.rps)} req/s, p95 ${num(r.load.latencyMs.p95)} ms, ${r.load.non2xx} non-2xx, Last ${r.loadAvgBefore.toFixed(2)} → ${r.loadAvgAfter.toFixed(2)}`,
      );
    }
  } finally {
    process.removeListener('SIGINT', onSigint);
    await stats?.close().catch(() => {});
    if (server !== null) {
      stopReport = await server.stop();
      say(
        `… Server beendet in ${(stopReport.stopMs / 1000).toFixed(1)} s (exit ${stopReport.exitCode ?? stopReport.signal})${stopReport.forced.length > 0 ? `; ACHTUNG: ${stopReport.forced.join('; ')}` : '; kein Prozess, keine PostgreSQL übrig'}`,
      );
    }
    if (!options.keepData) await removeDataDir(data.dataDir);
    else say(`… Daten dieses Laufs behalten: ${data.dataDir}`);
  }

  const results = runs.map((r) => r.result);
  console.log('');
  console.log(formatResults(results));
  console.log(
    'Latenzen über alle Antworten (auch non-2xx); size = Rumpf einer Einzelanfrage; drain = bis der Server nach der Last wieder sofort antwortet (abgebrochene Anfragen laufen weiter); target besteht nur ohne non-2xx, Fehler und Zeitüberschreitungen.',
  );
  for (const r of results) {
    const codes = Object.entries(r.load.statusCodes).filter(([c]) => !c.startsWith('2'));
    if (codes.length > 0)
      console.log(
        `  ${r.name}: Statuscodes ${Object.entries(r.load.statusCodes)
          .map(([c, n]) => `${c}×${n}`)
          .join(', ')}`,
      );
  }
  console.log(`Last (1 min) am Ende: ${load1().toFixed(2)}`);

  let profiles: Record<string, { cpu: ProfileSummary | null; sql: StatementStats | null }> | null =
    null;
  if (profileDir !== null) {
    profiles = {};
    // CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile: thread 0 is the server's main thread (1 is tsx's module loader)
    const files = (await readdir(join(profileDir, 'cpu')).catch(() => [] as string[]))
      .filter((f) => f.includes(`.${server?.pid}.0.`) && f.endsWith('.cpuprofile'))
      .sort();
    const file = files.at(-1);
    const profile =
      file === undefined
        ? null
        : (JSON.parse(await readFile(join(profileDir, 'cpu', file), 'utf8')) as CpuProfile);
    if (profile !== null) await mapProjectFrames(profile);
    if (profile === null)
      console.log(
        `kein CPU-Profil in ${join(profileDir, 'cpu')} (der Server schreibt es beim Beenden)`,
      );
    const text: string[] = [];
    for (const run of runs) {
      const r = run.result;
      const cpu =
        profile === null
          ? null
          : summarizeProfile(profile, { fromUs: r.load.startedUs, toUs: r.load.endedUs }, 20);
      profiles[r.name] = { cpu, sql: run.stats };
      text.push(
        `\n== ${r.name}: GET ${r.path}\n  ${r.load.requests} Anfragen in ${r.load.durationS.toFixed(1)} s (${num(r.load.rps)} req/s), p50 ${num(r.load.latencyMs.p50)} ms, p95 ${num(r.load.latencyMs.p95)} ms; Antwort ${kib(r.probe.bodyBytes)} (${r.probe.contentType})`,
      );
      if (run.stats !== null) text.push(formatStatements(run.stats, r.load.requests));
      if (cpu !== null) text.push(formatProfileSummary(cpu, r.load.requests));
    }
    const summary = text.join('\n');
    console.log(summary);
    await writeFile(join(profileDir, 'summary.txt'), `${summary}\n`);
    await writeFile(
      join(profileDir, 'summary.json'),
      JSON.stringify({ machine: m, discovery, results, profiles }, null, 2),
    );
    console.log(
      `\nProfil: ${join(profileDir, 'cpu', file ?? '?')} (Chrome DevTools → Performance → Load profile), Zusammenfassung ${join(profileDir, 'summary.txt')}`,
    );
  }

  if (options.jsonFile !== null) {
    const out = resolve(options.jsonFile);
    await writeFile(
      out,
      JSON.stringify(
        {
          machine: m,
          options,
          server: {
            startMs: server?.startMs ?? null,
            builtCache: data.builtCache,
            stop: stopReport,
          },
          ids:
            discovery === null
              ? null
              : {
                  traegerAgreement: discovery.traegerAgreement,
                  jobcenterAgreement: discovery.jobcenterAgreement,
                  jobcenters: discovery.jobcenters,
                  login: discovery.login,
                },
          skipped: discovery?.skipped ?? [],
          results,
          loadAvgEnd: load1(),
        },
        null,
        2,
      ),
    );
    console.log(`Ergebnisse: ${out}`);
  }
  if (interrupted) process.exitCode = 130;
  if (stopReport !== null && stopReport.forced.length > 0) process.exitCode = 1;
}
