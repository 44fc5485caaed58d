/** Command line of `npm run bench -- kpi`. */
import { parseArgs } from 'node:util';
import { parseMonth, type Month } from '../../src/domain/shared/month.ts';

export const KPI_BENCH_USAGE = `usage: npm run bench -- kpi --scale kreis|land|bund [--seed N] [--data DIR]
                           [--format csv|parquet] [--from YYYY-MM] [--to YYYY-MM] [--no-baseline]
                           [--against DIR [--rounds N]]
  --data DIR      use this microdata folder instead of the cached synthetic data
  --format        of generated data; default: the generator's (csv for kreis, parquet otherwise)
  --no-baseline   run the engine only
  --against DIR   also run the engine of another checkout (e.g. \`git worktree add DIR REV\`, with
                  node_modules) on the same data, alternating with this one, N rounds each
                  (default 3), and print both times and their ratio`;

export type BenchScale = 'kreis' | 'land' | 'bund';
export type BenchFormat = 'csv' | 'parquet';

export interface KpiBenchOptions {
  scale: BenchScale;
  seed: number;
  /** null: synthetic data cached under data/bench/. */
  dataDir: string | null;
  /** Format of generated data; null = the generator's default for the scale. */
  format: BenchFormat | null;
  /** Report months; the period of the benchmark is 2013-01 … 2014-12. */
  from: Month;
  to: Month;
  baseline: boolean;
  /** Another checkout whose engine is timed side by side with this one; null: none. */
  against: string | null;
  rounds: number;
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new Error(`--${name} must be one of ${allowed.join(', ')}\n${KPI_BENCH_USAGE}`);
  return value as T;
}

export function parseKpiBenchOptions(args: string[]): KpiBenchOptions {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      scale: { type: 'string' },
      seed: { type: 'string', default: '1' },
      data: { type: 'string' },
      format: { type: 'string' },
      from: { type: 'string', default: '2013-01' },
      to: { type: 'string', default: '2014-12' },
      'no-baseline': { type: 'boolean', default: false },
      against: { type: 'string' },
      rounds: { type: 'string', default: '3' },
    },
  });
  if (values.scale === undefined && values.data === undefined)
    throw new Error(`--scale or --data is required\n${KPI_BENCH_USAGE}`);
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new Error(`--seed must be a non-negative integer\n${KPI_BENCH_USAGE}`);
  const rounds = Number(values.rounds);
  if (!Number.isSafeInteger(rounds) || rounds < 1)
    throw new Error(`--rounds must be a positive integer\n${KPI_BENCH_USAGE}`);
  const from = parseMonth(values.from);
  const to = parseMonth(values.to);
  if (from > to) throw new Error('--from must not be after --to');
  return {
    scale: oneOf('scale', values.scale ?? 'kreis', ['kreis', 'land', 'bund'] as const),
    seed,
    dataDir: values.data ?? null,
    format:
      values.format === undefined
        ? null
        : oneOf('format', values.format, ['csv', 'parquet'] as const),
    from,
    to,
    baseline: !values['no-baseline'],
    against: values.against ?? null,
    rounds,
  };
}
