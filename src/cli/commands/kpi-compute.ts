/**
 * `kpi compute --input DIR --from YYYY-MM --to YYYY-MM --out DIR [--skip-invalid] [--timings]`:
 * microdata → grundgroessen.csv and kennzahlen.csv, with kennzahlen-vertrag.json naming the
 * contract version (engine/output-marker.ts). A fixed interface that other tools script
 * against: exit code 0 on success, 1 with the problem report on invalid input, 2 on bad arguments.
 * `--timings` adds a line per phase (wall, CPU, memory) on stderr.
 */
import { parseArgs } from 'node:util';
import { computeKpis } from '../../engine/compute-kpis.ts';
import {
  formatPhaseTiming,
  startPhaseClock,
  type PhaseTiming,
} from '../../engine/input/phase-clock.ts';
import { InvalidInputError, formatProblems } from '../../engine/errors.ts';
import { writeKpiOutput } from '../../engine/write-output.ts';
import { writeResultToDb } from './kpi-to-db.ts';
import { isMonth, type Month } from '../../domain/shared/month.ts';
import { createProgress } from '../progress.ts';
import { UsageError } from '../usage-error.ts';

export const KPI_COMPUTE_USAGE =
  'kpi compute --input DIR --from YYYY-MM --to YYYY-MM (--out DIR | --to-db [--stand YYYY-MM-DD] [--label TEXT]) [--skip-invalid] [--timings]';

function monthOption(name: string, value: string | undefined): Month {
  if (value === undefined) throw new UsageError(`--${name} is required`, KPI_COMPUTE_USAGE);
  if (!isMonth(value))
    throw new UsageError(
      `--${name} must be a month YYYY-MM, got ${JSON.stringify(value)}`,
      KPI_COMPUTE_USAGE,
    );
  return value;
}

export async function runKpiCompute(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      input: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      out: { type: 'string' },
      'skip-invalid': { type: 'boolean' },
      timings: { type: 'boolean' },
      'to-db': { type: 'boolean' },
      stand: { type: 'string' },
      label: { type: 'string' },
    },
    strict: true,
  });
  if (!values.input) throw new UsageError('--input is required', KPI_COMPUTE_USAGE);
  if (!values.out && !values['to-db'])
    throw new UsageError('--out or --to-db is required', KPI_COMPUTE_USAGE);
  const stand = values.stand ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(stand))
    throw new UsageError(
      `--stand must be a date YYYY-MM-DD, got ${JSON.stringify(values.stand)}`,
      KPI_COMPUTE_USAGE,
    );
  const from = monthOption('from', values.from);
  const to = monthOption('to', values.to);
  if (from > to) throw new UsageError(`--from ${from} is after --to ${to}`, KPI_COMPUTE_USAGE);

  const progress = createProgress('kpi compute');
  const onPhase = values.timings
    ? (t: PhaseTiming) => process.stderr.write(`${formatPhaseTiming(t)}\n`)
    : undefined;
  try {
    const result = await computeKpis({
      inputDir: values.input,
      from,
      to,
      skipInvalid: values['skip-invalid'] ?? false,
      onProgress: progress.step,
      onPhase,
    });
    progress.stop();
    if (values.out) {
      const endWrite = startPhaseClock(onPhase);
      await writeKpiOutput(result, values.out);
      endWrite('writing the CSV files');
    }
    if (result.skipped.length > 0) {
      const count = result.skipped.reduce((sum, p) => sum + (p.count ?? 1), 0);
      process.stderr.write(
        `skipped ${count} invalid rows:\n${formatProblems(result.skipped, Infinity)}\n`,
      );
    }
    const units = result.einheiten.length;
    if (values.out)
      process.stdout.write(
        `${units} units, ${from} … ${to}: ${result.baseQuantities.length} base quantity rows, ${result.kennzahlen.length} Kennzahl rows written to ${values.out}\n`,
      );
    if (values['to-db'])
      process.stdout.write(
        `${await writeResultToDb(result, { stand, label: values.label ?? `Mikrodaten ${values.input}, ${from} … ${to}` })}\n`,
      );
    return 0;
  } catch (error) {
    progress.stop();
    if (error instanceof InvalidInputError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
