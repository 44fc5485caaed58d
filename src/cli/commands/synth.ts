/**
 * `synth --scale kreis|land|bund --seed N --out DIR [--format csv|parquet] [--no-calibration]`:
 * writes seeded synthetic microdata (kennzahlen.md §1) and prints the calibration figures
 * computed with the engine. Exit code 0 on success, 2 on bad arguments.
 */
import { parseArgs } from 'node:util';
import { computeCalibration, formatCalibration } from '../../synthetic/calibration.ts';
import { generateSynthetic, type SynthFormat } from '../../synthetic/generate.ts';
import { SCALES, type Scale } from '../../synthetic/units/index.ts';
import { createProgress } from '../progress.ts';

export const SYNTH_USAGE =
  'synth --scale kreis|land|bund --seed N --out DIR [--format csv|parquet] [--no-calibration]';

interface SynthArgs {
  scale: Scale;
  seed: number;
  out: string;
  format: SynthFormat | undefined;
  calibration: boolean;
}

/** Returns the parsed arguments, or the message naming the bad one. */
export function parseSynthArgs(argv: string[]): SynthArgs | string {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        scale: { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string' },
        format: { type: 'string' },
        'no-calibration': { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const { scale, seed, out, format } = values;
  if (scale === undefined) return '--scale is required';
  if (!(SCALES as readonly string[]).includes(scale))
    return `--scale must be one of ${SCALES.join(', ')}, got ${JSON.stringify(scale)}`;
  if (seed === undefined) return '--seed is required';
  if (!/^\d{1,10}$/.test(seed) || Number(seed) > 0xffffffff)
    return `--seed must be a whole number from 0 to 4294967295, got ${JSON.stringify(seed)}`;
  if (out === undefined || out === '') return '--out is required';
  if (format !== undefined && format !== 'csv' && format !== 'parquet')
    return `--format must be csv or parquet, got ${JSON.stringify(format)}`;
  return {
    scale: scale as Scale,
    seed: Number(seed),
    out,
    format,
    calibration: values['no-calibration'] !== true,
  };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

export async function runSynth(argv: string[]): Promise<number> {
  const args = parseSynthArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`synth: ${args}\nusage: npm run cli -- ${SYNTH_USAGE}\n`);
    return 2;
  }
  const progress = createProgress(`synth ${args.scale}`);
  const summary = await generateSynthetic({
    scale: args.scale,
    seed: args.seed,
    outDir: args.out,
    format: args.format,
    onProgress: (done, total) => progress.step('units', done - 1, total),
  });
  progress.stop();
  const files = Object.entries(summary.rows).map(
    ([name, rows]) =>
      `  ${name.padEnd(17)} ${String(rows).padStart(11)} rows  ${megabytes(summary.fileBytes[name as keyof typeof summary.fileBytes]).padStart(10)}`,
  );
  process.stdout.write(
    `${args.scale}, seed ${args.seed}: ${summary.persons} persons, ${megabytes(summary.bytes)} ${summary.format} in ${args.out} (${summary.seconds.toFixed(1)} s)\n${files.join('\n')}\n`,
  );
  if (args.calibration) {
    const started = performance.now();
    const rows = await computeCalibration(args.out);
    process.stdout.write(
      `${formatCalibration(rows)}\n(engine: ${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
    );
  }
  return 0;
}
