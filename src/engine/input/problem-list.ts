/**
 * Turns problem rows into the report: file, line, column, sentence. All problems are counted,
 * but only the first MAX_PROBLEMS_PER_FILE per file are listed; a last entry without a line
 * says how many more there are, so a broken 160-million-row file cannot flood the memory.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { InputProblem } from '../types.ts';
import type { Source } from './source.ts';

export const MAX_PROBLEMS_PER_FILE = 1000;

/** A problem of one data row; `ref` is another row the sentence names as `{line}`. */
export interface RowProblem {
  row: number;
  column: string;
  problem: string;
  ref: number | null;
}

type LineSource = Pick<Source, 'file' | 'linesOf'>;

/** Reads the problem table of `runTableJob` (row, problems) in file order. */
export async function listProblems(
  connection: DuckDBConnection,
  source: LineSource,
  table: string,
  skipInvalid: boolean,
): Promise<InputProblem[]> {
  const counted = await connection.runAndReadAll(
    `SELECT coalesce(sum(len(problems)), 0) FROM ${table}`,
  );
  const total = Number(counted.getRows()[0]![0]);
  const read = await connection.runAndReadAll(
    `SELECT row, problems FROM ${table} WHERE len(problems) > 0 ORDER BY row LIMIT ${MAX_PROBLEMS_PER_FILE}`,
  );
  const rowProblems: RowProblem[] = [];
  for (const [row, problems] of read.getRowsJS()) {
    for (const p of problems as { column: string; problem: string; ref: bigint | null }[]) {
      rowProblems.push({
        row: Number(row),
        column: p.column,
        problem: p.problem,
        ref: p.ref === null ? null : Number(p.ref),
      });
    }
  }
  return reportProblems(source, rowProblems, total, skipInvalid);
}

/** Lists `problems` (file order) with their lines; `total` counts all, listed or not. */
export async function reportProblems(
  source: LineSource,
  problems: readonly RowProblem[],
  total: number,
  skipInvalid: boolean,
): Promise<InputProblem[]> {
  const listed = problems.slice(0, MAX_PROBLEMS_PER_FILE);
  const rows = listed.flatMap((p) => (p.ref === null ? [p.row] : [p.row, p.ref]));
  const lines = await source.linesOf(rows);
  const lineOf = (row: number) => lines.get(row) ?? null;
  const out: InputProblem[] = listed.map((p) => ({
    file: source.file,
    line: lineOf(p.row),
    column: p.column,
    problem: p.ref === null ? p.problem : p.problem.replace('{line}', String(lineOf(p.ref))),
  }));
  if (total > listed.length) {
    const rest = total - listed.length;
    out.push({
      file: source.file,
      line: null,
      column: null,
      count: rest,
      problem: skipInvalid
        ? `${rest} more skipped rows are not listed`
        : `${rest} more problems are not listed`,
    });
  }
  return out;
}
