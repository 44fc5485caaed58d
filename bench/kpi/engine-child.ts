/**
 * Runs the engine alone in its own process so that the peak resident set size is the
 * engine's (DuckDB runs inside the Node process), not that of data generation or PostgreSQL.
 * argv: inputDir from to [outFile]; reports an EngineChildReport over IPC.
 */
import { writeFile } from 'node:fs/promises';
import { parseMonth } from '../../src/domain/shared/month.ts';
import { computeKpis } from '../../src/engine/compute-kpis.ts';
import type { EngineChildReport } from './engine-run.ts';

const [inputDir, from, to, outFile] = process.argv.slice(2);
if (
  inputDir === undefined ||
  from === undefined ||
  to === undefined ||
  process.send === undefined
) {
  throw new Error('engine-child: expects inputDir from to [outFile] and an IPC channel');
}
// maxRSS is in KiB (getrusage); the figure before the run is the Node + module floor.
const rssBeforeKiB = process.resourceUsage().maxRSS;
const started = performance.now();
const result = await computeKpis({ inputDir, from: parseMonth(from), to: parseMonth(to) });
const ms = performance.now() - started;
const peakRssKiB = process.resourceUsage().maxRSS;
if (outFile !== undefined) await writeFile(outFile, JSON.stringify(result.baseQuantities));
const report: EngineChildReport = {
  ms,
  peakRssKiB,
  rssBeforeKiB,
  inputRows: result.inputRows,
  baseQuantityRows: result.baseQuantities.length,
  kennzahlRows: result.kennzahlen.length,
  units: result.einheiten.length,
  observation: result.observation,
};
process.send(report, () => process.exit(0));
