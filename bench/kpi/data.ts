/**
 * The benchmark's microdata: a given folder, or synthetic data generated once per scale and
 * seed into data/bench/<scale>-seed<N>/ (git-ignored) and reused afterwards.
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { defaultFormat, generateSynthetic } from '../../src/synthetic/generate.ts';
import type { KpiBenchOptions } from './options.ts';

const BENCH_DATA_ROOT = fileURLToPath(new URL('../../data/bench/', import.meta.url));

export interface BenchData {
  dir: string;
  /** Milliseconds spent generating, null if the data already existed. */
  generatedMs: number | null;
}

/** data/bench/<scale>-seed<N>/ for the generator's default format, with a -<format> suffix otherwise. */
export function cacheDirOf(options: Pick<KpiBenchOptions, 'scale' | 'seed' | 'format'>): string {
  const suffix =
    options.format === null || options.format === defaultFormat(options.scale)
      ? ''
      : `-${options.format}`;
  return join(BENCH_DATA_ROOT, `${options.scale}-seed${options.seed}${suffix}`);
}

export async function ensureBenchData(
  options: KpiBenchOptions,
  log: (line: string) => void,
): Promise<BenchData> {
  if (options.dataDir !== null) return { dir: options.dataDir, generatedMs: null };
  const dir = cacheDirOf(options);
  if (existsSync(dir)) return { dir, generatedMs: null };
  // Generate beside the cache folder and rename, so an interrupted run leaves no half data set.
  const partial = `${dir}.partial-${process.pid}`;
  await mkdir(partial, { recursive: true });
  const format = options.format ?? defaultFormat(options.scale);
  log(`generating synthetic ${options.scale} data (seed ${options.seed}, ${format}) into ${dir}`);
  const started = performance.now();
  let lastLogged = 0;
  const onProgress = (done: number, total: number) => {
    if (performance.now() - lastLogged < 10_000 && done < total) return;
    lastLogged = performance.now();
    log(`generated ${done} of ${total} units`);
  };
  try {
    await generateSynthetic({
      scale: options.scale,
      seed: options.seed,
      outDir: partial,
      format,
      onProgress,
    });
    await rename(partial, dir);
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  }
  return { dir, generatedMs: performance.now() - started };
}
