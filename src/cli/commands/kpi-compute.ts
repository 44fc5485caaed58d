/**
 * `kpi compute --input DIR --from YYYY-MM --to YYYY-MM --out DIR [--skip-invalid]`:
 * microdata → grundgroessen.csv and kennzahlen.csv. A fixed interface that other tools script
 * against: exit code 0 on success, 1 with the problem report on invalid input, 2 on bad arguments.
 */
import { parseArgs } from 'node:util';
import { computeKpis } from '../../engine/compute-kpis.ts';
import { InvalidInputError, formatProblems } from '../../engine/errors.ts';
import { writeKpiOutput } from '../../engine/write-output.ts';
import { isMonth, type Month } from '../../domain/shared/month.ts';
import { createProgress } from '../progress.ts';
import { UsageError } from '../usage-error.ts';

export const KPI_COMPUTE_USAGE = 'kpi compute --input DIR --from YYYY-MM --to YYYY-MM --out DIR [--skip-invalid]';

function monthOption(name: string, value: string | undefined): Month {
  if (value === undefined) throw new UsageError(`--${name} is required`, KPI_COMPUTE_USAGE);
  if (!isMonth(value)) throw new UsageError(`--${name} must be a month YYYY-MM, got ${JSON.stringify(value)}`, KPI_COMPUTE_USAGE);
  return value;
}

export async function runKpiCompute(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { input: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' }, 'skip-invalid': { type: 'boolean' } },
    strict: true,
  });
  if (!values.input) throw new UsageError('--input is required', KPI_COMPUTE_USAGE);
  if (!values.out) throw new UsageError('--out is required', KPI_COMPUTE_USAGE);
  const from = monthOption('from', values.from);
  const to = monthOption('to', values.to);
  if (from > to) throw new UsageError(`--from ${from} is after --to ${to}`, KPI_COMPUTE_USAGE);

  const progress = createProgress('kpi compute');
  try {
    const result = await computeKpis({ inputDir: values.input, from, to, skipInvalid: values['skip-invalid'] ?? false, onProgress: progress.step });
    progress.stop();
    await writeKpiOutput(result, values.out);
    if (result.skipped.length > 0) {
      const count = result.skipped.reduce((sum, p) => sum + (p.count ?? 1), 0);
      process.stderr.write(`skipped ${count} invalid rows:\n${formatProblems(result.skipped, Infinity)}\n`);
    }
    const units = result.einheiten.length;
    process.stdout.write(`${units} units, ${from} … ${to}: ${result.baseQuantities.length} base quantity rows, ${result.kennzahlen.length} Kennzahl rows written to ${values.out}\n`);
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
