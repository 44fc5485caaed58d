/**
 * `npm start`: prepares the demo (synthetic Kreis Borken microdata, generated once into the
 * data directory), computes the Kennzahlen 2013–2015 and prints a German summary of the
 * Träger and its örtliche Jobcenter. The HTTP server joins here once it exists.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readConfig } from '../../config/config.ts';
import { generateSynthetic } from '../../synthetic/generate.ts';
import { computeKpis } from '../../engine/compute-kpis.ts';
import { writeKpiOutput } from '../../engine/write-output.ts';
import { parseMonth } from '../../domain/shared/month.ts';
import { createProgress } from '../progress.ts';
import { formatSummary } from './start-summary.ts';

export const DEMO_SEED = 2014;

export async function runStart(argv: string[]): Promise<number> {
  if (argv.length > 0) throw new TypeError(`start takes no arguments, got ${argv.join(' ')}`);
  const { dataDir } = readConfig();
  const inputDir = join(dataDir, 'demo', `kreis-seed${DEMO_SEED}`);
  if (!existsSync(join(inputDir, 'einheiten.csv'))) {
    process.stderr.write(`Erzeuge synthetische Mikrodaten (Kreis Borken, Seed ${DEMO_SEED}) in ${inputDir} …\n`);
    await generateSynthetic({ scale: 'kreis', seed: DEMO_SEED, outDir: inputDir, format: 'csv' });
  }
  const progress = createProgress('Kennzahlen');
  const result = await computeKpis({ inputDir, from: parseMonth('2013-01'), to: parseMonth('2015-12'), onProgress: progress.step });
  progress.stop();
  const outDir = join(dataDir, 'demo', 'kennzahlen');
  await writeKpiOutput(result, outDir);
  process.stdout.write(formatSummary(result, parseMonth('2014-12')));
  process.stdout.write(`\nAlle Werte: ${join(outDir, 'grundgroessen.csv')}, ${join(outDir, 'kennzahlen.csv')}\n`);
  return 0;
}
