/**
 * `npm run bench -- kpi`: the Kennzahlen engine on synthetic (or given) microdata, and in the
 * same run the PostgreSQL baseline computing the same base quantities; figures, no verdict.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { addMonths } from '../../src/domain/shared/month.ts';
import { compareBaseQuantities, summariseDisagreements } from './compare.ts';
import { ensureBenchData } from './data.ts';
import { readEngineRows, runEngineInChild } from './engine-run.ts';
import { parseKpiBenchOptions } from './options.ts';
import { runPgBaseline } from './pg-baseline.ts';
import { sideBySide } from './side-by-side.ts';
import { formatBaseline, formatEngine, formatInputRows, formatSlowest, seconds } from './report.ts';

const progress = (line: string) => console.error(`… ${line}`);

export async function runKpiBench(args: string[]): Promise<void> {
  const options = parseKpiBenchOptions(args);
  const loadBefore = loadavg()[0] ?? 0;
  const data = await ensureBenchData(options, progress);
  if (data.generatedMs !== null) progress(`generated in ${seconds(data.generatedMs)}`);
  // Base quantities the Kennzahlen of `from` need reach twelve months back (K1, Ø12', Σ12).
  const baseFrom = addMonths(options.from, -12);
  const work = await mkdtemp(join(tmpdir(), 'kpi-bench-'));
  try {
    progress('running the engine');
    const engineRowsFile = join(work, 'engine-base-quantities.json');
    const engine = await runEngineInChild(
      data.dir,
      options.from,
      options.to,
      options.baseline ? engineRowsFile : undefined,
    );
    const lines = [
      `KPI benchmark: ${options.dataDir ?? `${options.scale}, seed ${options.seed}`}; data ${data.dir}`,
      `report months ${options.from} … ${options.to}, all levels, insgesamt/m/w`,
      '',
      ...formatInputRows(engine.inputRows),
      '',
      ...formatEngine(engine),
    ];
    if (options.baseline) {
      const baseline = await runPgBaseline({
        inputDir: data.dir,
        from: baseFrom,
        to: options.to,
        onPhase: progress,
        onStatement: (label) => {
          if (/CREATE UNLOGGED TABLE \w+ AS$/.test(label)) progress(`SQL ${label}`);
        },
      });
      const inMonths = baseline.baseQuantities.filter(
        (r) => r.monat >= options.from && r.monat <= options.to,
      );
      const disagreements = compareBaseQuantities(await readEngineRows(engineRowsFile), inMonths);
      lines.push('', ...formatBaseline(baseline, engine));
      lines.push(`  base months computed by the baseline: ${baseFrom} … ${options.to}`);
      lines.push(
        `  agreement on ${options.from} … ${options.to}: ${inMonths.length.toLocaleString('en-US')} cells, ${disagreements.length} differ`,
      );
      if (disagreements.length > 0) {
        lines.push(
          `  differing cells by quantity: ${JSON.stringify(summariseDisagreements(disagreements))}`,
        );
        lines.push(
          ...disagreements
            .slice(0, 5)
            .map((d) => `    ${d.key}: engine ${d.engine}, baseline ${d.reference}`),
        );
      }
      lines.push('', ...formatSlowest(baseline));
    }
    if (options.against !== null)
      lines.push(
        '',
        ...(await sideBySide(
          data.dir,
          options.from,
          options.to,
          options.against,
          options.rounds,
          progress,
        )),
      );
    lines.push(
      '',
      `load average (1 min, ${availableParallelism()} cores): ${loadBefore.toFixed(1)} before, ${(loadavg()[0] ?? 0).toFixed(1)} after`,
    );
    console.log(lines.join('\n'));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
