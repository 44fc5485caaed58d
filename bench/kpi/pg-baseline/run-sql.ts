/**
 * Runs the baseline SQL (the numbered files of this folder, in order) statement by statement
 * and times each one; the sum is the baseline's SQL time.
 */
import { readFile } from 'node:fs/promises';
import type pg from 'pg';

export const BASELINE_FILES = [
  '01-months.sql',
  '02-stock.sql',
  '03-periods.sql',
  '04-events.sql',
  '05-counts.sql',
  '06-result.sql',
] as const;

export interface StatementTiming {
  file: string;
  /** The statement's first line without comments, e.g. `CREATE UNLOGGED TABLE bestand AS`. */
  label: string;
  ms: number;
  /** Bytes written to temporary files (sorts and hashes that did not fit work_mem). */
  tempBytes: number;
}

/** Statements end with `;` at the end of a line; the baseline SQL has no `;` inside one. */
export function splitStatements(sql: string): string[] {
  return sql
    .split(/;[ \t]*(?:\r?\n|$)/)
    .map((part) => part.trim())
    .filter((part) =>
      part.split('\n').some((line) => line.trim() !== '' && !line.trim().startsWith('--')),
    );
}

function labelOf(statement: string): string {
  const first =
    statement.split('\n').find((line) => line.trim() !== '' && !line.trim().startsWith('--')) ?? '';
  return first.replace(/\s+/g, ' ').trim().slice(0, 60);
}

async function tempBytes(client: pg.Client): Promise<number> {
  // Statistics reach pg_stat_database when the backend flushes them; force that first.
  await client.query('SELECT pg_stat_force_next_flush()');
  const result = await client.query<{ b: string }>(
    'SELECT temp_bytes AS b FROM pg_stat_database WHERE datname = current_database()',
  );
  return Number(result.rows[0]?.b ?? 0);
}

export async function runBaselineSql(
  client: pg.Client,
  onStatement?: (label: string) => void,
): Promise<StatementTiming[]> {
  const timings: StatementTiming[] = [];
  for (const file of BASELINE_FILES) {
    const sql = await readFile(new URL(file, import.meta.url), 'utf8');
    for (const statement of splitStatements(sql)) {
      onStatement?.(`${file}: ${labelOf(statement)}`);
      const before = await tempBytes(client);
      const started = performance.now();
      await client.query(statement);
      const ms = performance.now() - started;
      timings.push({
        file,
        label: labelOf(statement),
        ms,
        tempBytes: (await tempBytes(client)) - before,
      });
    }
  }
  return timings;
}
