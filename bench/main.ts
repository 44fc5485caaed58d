/**
 * Benchmarks, one subcommand each: `npm run bench -- <name> [options]`.
 *   kpi   the Kennzahlen engine against a PostgreSQL baseline (bench/kpi/README.md)
 *   api   load on the HTTP API of the real server (bench/api/README.md)
 *   audit appending to and verifying the audit trail's hash chain (1 million records)
 *   disclosure the derivation attack on withheld small counts (bench/disclosure/README.md)
 */
import { runKpiBench } from './kpi/run.ts';

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  kpi: runKpiBench,
  documents: async (args) => (await import('./documents/run.ts')).runDocumentsBench(args),
  forecast: async (args) => (await import('./forecast/run.ts')).runForecastBench(args),
  api: async (args) => (await import('./api/run.ts')).runApiBench(args),
  audit: async (args) => (await import('./audit/run.ts')).runAuditBench(args),
  disclosure: async (args) => (await import('./disclosure/run.ts')).runDisclosureBench(args),
};

const [name, ...args] = process.argv.slice(2);
const command = name === undefined ? undefined : COMMANDS[name];
if (command === undefined) {
  console.error(`usage: npm run bench -- <${Object.keys(COMMANDS).join('|')}> [options]`);
  process.exit(2);
}
try {
  await command(args);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
