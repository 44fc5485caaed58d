/**
 * Where the server's CPU time goes: a summary of a V8 .cpuprofile (node --cpu-prof) over a time
 * window. Sample timestamps are V8 TimeTicks in µs; on Linux these read CLOCK_MONOTONIC, the
 * clock of process.hrtime, so the benchmark's own clock marks the window of each route.
 *
 *   npx tsx bench/api/cpuprofile.ts FILE.cpuprofile [--from-us N --to-us N] [--top N] [--callers NAME]
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
  /** set by mapProjectFrames: lineNumber is the TypeScript source's (0-based) */
  mapped?: boolean;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface FunctionTime {
  name: string;
  location: string;
  group: string;
  ms: number;
  /** share of the busy (non-idle) time */
  pct: number;
}

export interface ProfileSummary {
  windowMs: number;
  busyMs: number;
  idleMs: number;
  gcMs: number;
  samples: number;
  self: FunctionTime[];
  /** inclusive time of functions in the project's own code (src/, bench/) */
  inclusive: FunctionTime[];
  /** self time by package (node_modules/<name>), project folder (src/<area>), node internals */
  groups: { group: string; ms: number; pct: number }[];
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The package or project folder a script belongs to. */
export function groupOf(url: string, functionName: string): string {
  if (url === '')
    return /^\((idle|program|garbage collector|root)\)$/.test(functionName)
      ? functionName
      : '(native)';
  if (url.startsWith('node:')) return 'node (built-in)';
  const path = url.replace(/^file:\/\//, '');
  const nm = path.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = path.slice(nm + '/node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  const rel = path.startsWith(ROOT) ? path.slice(ROOT.length) : path;
  const parts = rel.split('/');
  return parts.length > 2 && (parts[0] === 'src' || parts[0] === 'bench')
    ? `${parts[0]}/${parts[1]}`
    : rel;
}

function locationOf(frame: CallFrame): string {
  if (frame.url === '') return '';
  let path = frame.url.replace(/^file:\/\//, '');
  const nm = path.lastIndexOf('/node_modules/');
  if (nm >= 0) path = path.slice(nm + '/node_modules/'.length);
  else if (path.startsWith(ROOT)) {
    // tsx compiles a TypeScript file to one line: without mapProjectFrames line and column say nothing
    return frame.mapped
      ? `${path.slice(ROOT.length)}:${frame.lineNumber + 1}`
      : path.slice(ROOT.length);
  }
  return `${path}:${frame.lineNumber + 1}`;
}

/**
 * Maps the frames of the project's TypeScript files back to their source lines. tsx compiles
 * each file with esbuild (format esm, minifyWhitespace, keepNames, target the running Node:
 * tsx/dist) into one line; compiling it again the same way gives the source map for the
 * profile's columns. esbuild and source-map-js come with tsx and vite; without them the frames
 * keep their file name only. Returns the number of frames mapped.
 */
export async function mapProjectFrames(profile: CpuProfile): Promise<number> {
  let tools: {
    transformSync: typeof import('esbuild').transformSync;
    SourceMapConsumer: typeof import('source-map-js').SourceMapConsumer;
  };
  try {
    tools = {
      transformSync: (await import('esbuild')).transformSync,
      SourceMapConsumer: (await import('source-map-js')).SourceMapConsumer,
    };
  } catch {
    return 0;
  }
  const maps = new Map<string, import('source-map-js').SourceMapConsumer | null>();
  let mapped = 0;
  for (const node of profile.nodes) {
    const frame = node.callFrame;
    const path = frame.url.replace(/^file:\/\//, '');
    if (
      frame.mapped ||
      !path.startsWith(ROOT) ||
      path.includes('/node_modules/') ||
      !/\.(ts|tsx)$/.test(path)
    )
      continue;
    if (!maps.has(path)) {
      try {
        const code = await readFile(path, 'utf8');
        const out = tools.transformSync(code, {
          loader: path.endsWith('x') ? 'tsx' : 'ts',
          format: 'esm',
          minifyWhitespace: true,
          keepNames: true,
          target: `node${process.versions.node}`,
          sourcemap: 'external',
          sourcefile: path,
        });
        maps.set(path, new tools.SourceMapConsumer(JSON.parse(out.map)));
      } catch {
        maps.set(path, null);
      }
    }
    const map = maps.get(path);
    if (!map) continue;
    const position = map.originalPositionFor({
      line: frame.lineNumber + 1,
      column: frame.columnNumber,
    });
    if (position.line === null) continue;
    frame.lineNumber = position.line - 1;
    frame.columnNumber = position.column ?? 0;
    frame.mapped = true;
    mapped++;
  }
  return mapped;
}

const isProject = (location: string) =>
  location.startsWith('src/') || location.startsWith('bench/');

export function summarizeProfile(
  profile: CpuProfile,
  window: { fromUs?: number; toUs?: number } = {},
  top = 15,
): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // self time per node: the interval from a sample to the next is charged to that sample's node
  const selfUs = new Map<number, number>();
  let t = profile.startTime;
  let samples = 0;
  const from = window.fromUs ?? -Infinity;
  const to = window.toUs ?? Infinity;
  const times: number[] = [];
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    times.push(t);
  }
  for (let i = 0; i < profile.samples.length; i++) {
    const at = times[i]!;
    if (at < from || at >= to) continue;
    const next = i + 1 < times.length ? times[i + 1]! : Math.min(profile.endTime, to);
    const dt = Math.max(0, Math.min(next, to) - at);
    const id = profile.samples[i]!;
    selfUs.set(id, (selfUs.get(id) ?? 0) + dt);
    samples++;
  }
  const key = (f: CallFrame) => `${f.functionName || '(anonymous)'}\u0000${locationOf(f)}`;
  const self = new Map<string, { frame: CallFrame; us: number }>();
  const inclusive = new Map<string, { frame: CallFrame; us: number }>();
  const groups = new Map<string, number>();
  let idleUs = 0;
  let gcUs = 0;
  let windowUs = 0;
  for (const [id, us] of selfUs) {
    windowUs += us;
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)') {
      idleUs += us;
      continue;
    }
    if (frame.functionName === '(garbage collector)') gcUs += us;
    const k = key(frame);
    self.set(k, { frame, us: (self.get(k)?.us ?? 0) + us });
    const g = groupOf(frame.url, frame.functionName);
    groups.set(g, (groups.get(g) ?? 0) + us);
    // inclusive: once per distinct function on the stack (recursion counted once)
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const f = byId.get(n)!.callFrame;
      const fk = key(f);
      if (seen.has(fk)) continue;
      seen.add(fk);
      inclusive.set(fk, { frame: f, us: (inclusive.get(fk)?.us ?? 0) + us });
    }
  }
  const busyUs = windowUs - idleUs;
  const view = ({ frame, us }: { frame: CallFrame; us: number }): FunctionTime => ({
    name: frame.functionName || '(anonymous)',
    location: locationOf(frame),
    group: groupOf(frame.url, frame.functionName),
    ms: us / 1000,
    pct: busyUs === 0 ? 0 : (100 * us) / busyUs,
  });
  return {
    windowMs: windowUs / 1000,
    busyMs: busyUs / 1000,
    idleMs: idleUs / 1000,
    gcMs: gcUs / 1000,
    samples,
    self: [...self.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, top)
      .map(view),
    inclusive: [...inclusive.values()]
      .map(view)
      .filter((f) => isProject(f.location))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top),
    groups: [...groups]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([group, us]) => ({
        group,
        ms: us / 1000,
        pct: busyUs === 0 ? 0 : (100 * us) / busyUs,
      })),
  };
}

/** Who calls a function: its self time within the window split by the calling function (for hot library helpers). */
export function callersOf(
  profile: CpuProfile,
  functionName: string,
  window: { fromUs?: number; toUs?: number } = {},
  top = 10,
): { caller: string; ms: number }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const from = window.fromUs ?? -Infinity;
  const to = window.toUs ?? Infinity;
  const totals = new Map<string, number>();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    const next = t + (profile.timeDeltas[i + 1] ?? 0);
    if (t < from || t >= to) continue;
    let id: number | undefined = profile.samples[i]!;
    if (byId.get(id)!.callFrame.functionName !== functionName) continue;
    // the nearest caller that is not the function itself
    while (id !== undefined && byId.get(id)!.callFrame.functionName === functionName)
      id = parent.get(id);
    const frame = id === undefined ? null : byId.get(id)!.callFrame;
    const name =
      frame === null ? '(root)' : `${frame.functionName || '(anonymous)'}  ${locationOf(frame)}`;
    totals.set(name, (totals.get(name) ?? 0) + Math.min(next, to) - t);
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([caller, us]) => ({ caller, ms: us / 1000 }));
}

const ms = (x: number) => `${x.toFixed(0).padStart(7)} ms`;
const pct = (x: number) => `${x.toFixed(1).padStart(5)} %`;

export function formatProfileSummary(s: ProfileSummary, perRequest: number | null): string {
  const per = (x: number) =>
    perRequest === null || perRequest === 0
      ? ''
      : `  ${(x / perRequest).toFixed(2).padStart(8)} ms/req`;
  const lines = [
    `  CPU im Fenster: ${ms(s.busyMs)} beschäftigt${per(s.busyMs)}, ${ms(s.idleMs)} idle, davon GC ${ms(s.gcMs)}${per(s.gcMs)} (${s.samples} Samples)`,
    '  Eigenzeit nach Paket/Ordner:',
    ...s.groups.map((g) => `    ${pct(g.pct)} ${ms(g.ms)}${per(g.ms)}  ${g.group}`),
    '  Eigenzeit (self) je Funktion:',
    ...s.self.map((f) => `    ${pct(f.pct)} ${ms(f.ms)}${per(f.ms)}  ${f.name}  ${f.location}`),
    '  Gesamtzeit (inclusive) je Funktion des Projekts:',
    ...s.inclusive.map(
      (f) => `    ${pct(f.pct)} ${ms(f.ms)}${per(f.ms)}  ${f.name}  ${f.location}`,
    ),
  ];
  return lines.join('\n');
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'from-us': { type: 'string' },
      'to-us': { type: 'string' },
      top: { type: 'string', default: '20' },
      callers: { type: 'string' },
    },
  });
  if (positionals.length !== 1) {
    console.error(
      'usage: npx tsx bench/api/cpuprofile.ts FILE.cpuprofile [--from-us N --to-us N] [--top N] [--callers NAME]',
    );
    process.exit(2);
  }
  const profile = JSON.parse(await readFile(positionals[0]!, 'utf8')) as CpuProfile;
  await mapProjectFrames(profile);
  const window = {
    ...(values['from-us'] ? { fromUs: Number(values['from-us']) } : {}),
    ...(values['to-us'] ? { toUs: Number(values['to-us']) } : {}),
  };
  if (values.callers !== undefined) {
    for (const c of callersOf(profile, values.callers, window, Number(values.top)))
      console.log(`${ms(c.ms)}  ${c.caller}`);
  } else {
    console.log(formatProfileSummary(summarizeProfile(profile, window, Number(values.top)), null));
  }
}
