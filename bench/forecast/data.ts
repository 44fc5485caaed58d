/**
 * The backtest's data: synthetic kreis microdata per seed, generated once into
 * data/bench/forecast-kreis-seed<N>/ (git-ignored) and reused, then the engine's base
 * quantities and Kennzahlen for 2012-01 … 2015-12, reduced to the year series (series.ts).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeKpis } from '../../src/engine/compute-kpis.ts';
import { parseMonth } from '../../src/domain/shared/month.ts';
import { generateSynthetic } from '../../src/synthetic/generate.ts';
import { extractSeries, type YearSeries } from './series.ts';

const DATA_ROOT = fileURLToPath(new URL('../../data/bench/', import.meta.url));

export function forecastDataDir(seed: number): string {
  return join(DATA_ROOT, `forecast-kreis-seed${seed}`);
}

async function ensureData(seed: number, log: (line: string) => void): Promise<string> {
  const dir = forecastDataDir(seed);
  if (existsSync(dir)) return dir;
  // Generate beside the cache folder and rename, so an interrupted run leaves no half data set.
  const partial = `${dir}.partial-${process.pid}`;
  await mkdir(partial, { recursive: true });
  log(`generating synthetic kreis data, seed ${seed}, into ${dir}`);
  try {
    await generateSynthetic({ scale: 'kreis', seed, outDir: partial });
    await rename(partial, dir);
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  }
  return dir;
}

/** Bump when the series change; delete data/bench/forecast-* when the engine or generator changes. */
const SERIES_FILE = 'forecast-series-v1.json';

/**
 * The year series of every unit (17 örtliche Jobcenter, Träger, Land) from the engine's
 * Kennzahlen and base quantities 2012-01 … 2015-12, cached beside the microdata.
 */
export async function loadSeries(seed: number, log: (line: string) => void): Promise<YearSeries> {
  const dir = await ensureData(seed, log);
  const cache = join(dir, SERIES_FILE);
  if (existsSync(cache)) return JSON.parse(await readFile(cache, 'utf8')) as YearSeries;
  log(`computing base quantities and Kennzahlen for seed ${seed}`);
  const series = extractSeries(
    await computeKpis({ inputDir: dir, from: parseMonth('2012-01'), to: parseMonth('2015-12') }),
  );
  await writeFile(cache, JSON.stringify(series));
  return series;
}
