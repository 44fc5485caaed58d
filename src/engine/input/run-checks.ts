/**
 * The generic step of every file: one statement writes the clean table from the rows that pass
 * every check; only if rows are missing from it, a second scan collects the problem rows.
 * Problems are counted in SQL and only the first ones per file are read into JavaScript.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { InputProblem } from '../types.ts';
import { allPass, lookupJoin, type Check, type LookupJoin } from './checks.ts';
import { createCounted } from './create-counted.ts';
import { listProblems } from './problem-list.ts';
import type { Source } from './source.ts';
import { sqlString } from './sql-values.ts';

export interface TableJob {
  source: Source;
  /** The clean table to (re)create. */
  target: string;
  /** The value layer `v` (see valueLayer). */
  layer: string;
  /** Lookups of ids in other files. */
  lookups?: readonly LookupJoin[];
  /** Further joins to `v`, LEFT JOINs that add columns (e.g. the duplicates of a key). */
  joins?: string;
  checks: readonly Check[];
  /** Output columns of the clean table. */
  select: string;
  /** SQL of the row's id, kept with its problems so that rows referring to it can follow. */
  key?: string;
  skipInvalid: boolean;
}

export interface JobResult {
  /** Rows that passed and are in the clean table. */
  okRows: number;
  /** Listed problems (capped per file, with a closing count of the rest). */
  problems: InputProblem[];
  /** Table of the problem rows (`row`, `key`, `problems`), or null when every row passed. */
  problemTable: string | null;
}

export async function runTableJob(connection: DuckDBConnection, job: TableJob): Promise<JobResult> {
  const okRows = await createCounted(
    connection,
    `CREATE OR REPLACE TABLE ${job.target} AS
    SELECT ${job.select} FROM ${fromClause(job, true)} WHERE ${allPass(job.checks)}`,
  );
  if (okRows === job.source.rows) return { okRows, problems: [], problemTable: null };
  return { okRows, ...(await collectProblems(connection, job)) };
}

/** Second scan, for a file with rows that did not pass: lists them with their problems. */
export async function collectProblems(
  connection: DuckDBConnection,
  job: Omit<TableJob, 'target' | 'select'>,
): Promise<Omit<JobResult, 'okRows'>> {
  const table = `ld_problems_${job.source.name}`;
  const reported = job.checks.filter((c) => c.report);
  const items = reported.map(
    (c) =>
      `CASE WHEN coalesce(${c.when}, false) THEN {'column': ${sqlString(c.column)}, 'problem': ${c.message}, 'ref': CAST(${c.ref ?? 'NULL'} AS BIGINT)} END`,
  );
  // Skipping lists each skipped row once, with its first problem in column order.
  const list = `list_filter([${items.join(', ')}], lambda x: x IS NOT NULL)${job.skipInvalid ? '[1:1]' : ''}`;
  await connection.run(`CREATE OR REPLACE TEMP TABLE ${table} AS
    SELECT v.__row AS row, ${job.key ?? 'CAST(NULL AS VARCHAR)'} AS key, ${items.length ? list : '[]'} AS problems
    FROM ${fromClause(job, false)} WHERE NOT (${allPass(reported)})`);
  return {
    problems: await listProblems(connection, job.source, table, job.skipInvalid),
    problemTable: table,
  };
}

function fromClause(job: Pick<TableJob, 'layer' | 'lookups' | 'joins'>, inner: boolean): string {
  return [job.layer, ...(job.lookups ?? []).map((l) => lookupJoin(l, inner)), job.joins ?? ''].join(
    ' ',
  );
}
