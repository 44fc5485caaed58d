/** Plain-text output of the kpi benchmark. */
import type { PgBaselineResult } from './pg-baseline.ts';
import type { EngineChildReport } from './engine-run.ts';

const int = (n: number) => Math.round(n).toLocaleString('en-US');
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (kib: number) => `${int(kib / 1024)} MiB`;
const pad = (label: string) => `  ${label.padEnd(34)}`;

export function formatInputRows(rows: Record<string, number>): string[] {
  const total = Object.values(rows).reduce((sum, n) => sum + n, 0);
  return [
    'input rows',
    ...Object.entries(rows).map(([file, n]) => `${pad(file)}${int(n).padStart(12)}`),
    `${pad('total')}${int(total).padStart(12)}`,
  ];
}

export function totalRows(rows: Record<string, number>): number {
  return Object.values(rows).reduce((sum, n) => sum + n, 0);
}

export function formatEngine(report: EngineChildReport): string[] {
  const rows = totalRows(report.inputRows);
  return [
    'engine (computeKpis, DuckDB in a child process)',
    `${pad('wall time')}${seconds(report.ms)}`,
    `${pad('peak RSS')}${mib(report.peakRssKiB)} (${mib(report.rssBeforeKiB)} before the run)`,
    `${pad('rows per second')}${int(rows / (report.ms / 1000))} input rows/s`,
    `${pad('output')}${int(report.baseQuantityRows)} base quantity rows, ${int(report.kennzahlRows)} Kennzahl rows, ${report.units} units`,
    `${pad('observation period')}${report.observation.first} … ${report.observation.last}`,
  ];
}

export function formatBaseline(
  result: PgBaselineResult,
  engine: EngineChildReport | null,
): string[] {
  const rows = totalRows(result.inputRows);
  const lines = [
    'PostgreSQL baseline (embedded PostgreSQL 17, §2 as plain SQL)',
    `${pad('convert to CSV (DuckDB, untimed)')}${seconds(result.convertMs)}`,
    `${pad('COPY (untimed)')}${seconds(result.copyMs)}`,
    `${pad('indexes + ANALYZE (untimed)')}${seconds(result.indexMs)}`,
    `${pad('SQL (timed)')}${seconds(result.sqlMs)}`,
    `${pad('rows per second (SQL)')}${int(rows / (result.sqlMs / 1000))} input rows/s`,
  ];
  if (engine !== null) {
    const loadAndSql = result.copyMs + result.indexMs + result.sqlMs;
    lines.push(`${pad('ratio SQL / engine')}${(result.sqlMs / engine.ms).toFixed(2)}×`);
    lines.push(`${pad('ratio COPY+index+SQL / engine')}${(loadAndSql / engine.ms).toFixed(2)}×`);
  }
  return lines;
}

/** The statements that take the most time, with their temp-file volume. */
export function formatSlowest(result: PgBaselineResult, count = 10): string[] {
  const slowest = [...result.statements].sort((a, b) => b.ms - a.ms).slice(0, count);
  return [
    `slowest baseline statements (of ${result.statements.length})`,
    ...slowest.map((s) => {
      const temp = s.tempBytes > 0 ? `  temp ${int(s.tempBytes / 2 ** 20)} MiB` : '';
      const share = ((100 * s.ms) / result.sqlMs).toFixed(0).padStart(3);
      return `  ${seconds(s.ms).padStart(9)} ${share} %  ${s.file}  ${s.label}${temp}`;
    }),
  ];
}
