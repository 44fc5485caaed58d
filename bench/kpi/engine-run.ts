/** Starts engine-child.ts in a fresh Node process and collects its report. */
import { fork } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Month } from '../../src/domain/shared/month.ts';
import type { BaseQuantityRow } from '../../src/engine/types.ts';

export interface EngineChildReport {
  /** Wall time of computeKpis, milliseconds. */
  ms: number;
  /** Peak resident set size of the engine process, KiB. */
  peakRssKiB: number;
  /** Peak RSS before the engine started (Node, tsx, modules), KiB. */
  rssBeforeKiB: number;
  inputRows: Record<string, number>;
  baseQuantityRows: number;
  kennzahlRows: number;
  units: number;
  observation: { first: string; last: string };
}

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export async function runEngineInChild(
  inputDir: string,
  from: Month,
  to: Month,
  outFile?: string,
  /** A checkout of the project whose engine runs (default: this one), e.g. another revision's for a side-by-side measurement. */
  repoRoot: string = REPO_ROOT,
): Promise<EngineChildReport> {
  const args = [inputDir, from, to, ...(outFile === undefined ? [] : [outFile])];
  const child = fork(join(repoRoot, 'bench/kpi/engine-child.ts'), args, {
    cwd: repoRoot,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    let report: EngineChildReport | undefined;
    child.on('message', (message) => {
      report = message as EngineChildReport;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (report !== undefined) resolve(report);
      else
        reject(
          new Error(`engine process ended without a result (exit code ${code}, signal ${signal})`),
        );
    });
  });
}

export async function readEngineRows(file: string): Promise<BaseQuantityRow[]> {
  return JSON.parse(await readFile(file, 'utf8')) as BaseQuantityRow[];
}
