/**
 * A real `npm start` (demo mode) for one browser test file: its own temporary DATA_DIR, a free HTTP port and
 * a free port for the embedded PostgreSQL, the demo content loaded on the first start (≈ 20 s).
 * The web bundle is built once per run (ensureWebBuilt: a lock makes parallel files wait).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureWebBuilt, REPO_ROOT } from '../../build/ensure-web-built.ts';
import { freePort } from './free-port.ts';
import { startWebProxy } from './web-proxy.ts';
import type { Page } from 'playwright-core';
import { CURRENT_USER, logInApi } from './api.ts';

export type DemoUser = 'mais-nrw' | 'controlling-borken' | 'jobcenter-ahaus' | 'admin';

export interface E2eServer {
  /** where the browser goes (the app itself, or the proxy in front of it) */
  url: string;
  /** the API server */
  apiUrl: string;
  /** restarts the server on the same store as another demo user (fast: the content is there) */
  /** logs the browser page (and the test's direct API calls) in as a demo user (password "demo") */
  logInAs(page: Page, user?: DemoUser): Promise<void>;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 180_000;

function startProcess(dataDir: string, port: number, pgPort: number): Promise<ChildProcess> {
  // /usr/bin/env sets the configuration on top of the inherited environment
  const child = spawn(
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
      'start',
    ],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGINT');
      reject(new Error(`server did not start within ${START_TIMEOUT_MS / 1000} s:\n${log}`));
    }, START_TIMEOUT_MS);
    const collect = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('läuft auf')) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${log}`));
    });
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGINT');
  });
}

async function servesWebApp(url: string): Promise<boolean> {
  const response = await fetch(url).catch(() => null);
  return (
    response !== null &&
    response.ok &&
    (response.headers.get('content-type') ?? '').includes('text/html')
  );
}

export async function startE2eServer(user: DemoUser = 'mais-nrw'): Promise<E2eServer> {
  await ensureWebBuilt();
  const dataDir = await mkdtemp(join(tmpdir(), 'zs-e2e-'));
  // the embedded PostgreSQL runs as user postgres when we are root: it must reach its folder
  await chmod(dataDir, 0o755);
  const port = await freePort();
  const pgPort = await freePort();
  const apiUrl = `http://127.0.0.1:${port}`;
  let child: ChildProcess;
  try {
    child = await startProcess(dataDir, port, pgPort);
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  const proxy = (await servesWebApp(apiUrl)) ? null : await startWebProxy(apiUrl);
  CURRENT_USER.set(apiUrl, user);
  return {
    url: proxy?.url ?? apiUrl,
    apiUrl,
    async logInAs(page, next = user) {
      // the direct calls of the test act as this user too
      CURRENT_USER.set(apiUrl, next);
      const session = await logInApi(apiUrl, next);
      await page.context().clearCookies();
      await page.context().addCookies([
        {
          name: 'zs_session',
          value: session.sessionId,
          url: proxy?.url ?? apiUrl,
          httpOnly: true,
          sameSite: 'Strict',
        },
      ]);
    },
    async stop() {
      await proxy?.close();
      await stopProcess(child);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
