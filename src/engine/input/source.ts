/**
 * One input file opened in DuckDB as a relation with its data-row number `__row` (from 1, in file
 * order) and its columns as the file types them. CSV is read once, all VARCHAR, into a temporary
 * table whose rowid is the file order; Parquet is read in place (its `file_row_number`).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { InputProblem } from '../types.ts';
import { createCounted } from './create-counted.ts';
import { csvLinesOfRows, readCsvHeader } from './csv-lines.ts';
import { INPUT_COLUMNS, type InputFile, type InputName } from './input-files.ts';
import { sqlName, sqlString } from './sql-values.ts';

export interface Source {
  name: InputName;
  file: string;
  format: 'csv' | 'parquet';
  /** SQL relation: `__row` and the required columns of the file. */
  relation: string;
  /** DuckDB type of every required column. */
  types: Record<string, string>;
  /** Number of data rows. */
  rows: number;
  /** The line a problem report names for each data row: CSV line (header = 1), Parquet row (first = 1). */
  linesOf(rows: readonly number[]): Promise<Map<number, number>>;
}

export type Opened = { source: Source; problems: [] } | { source: null; problems: InputProblem[] };

const CSV_TABLE_PREFIX = 'ld_csv_';

export async function openSource(connection: DuckDBConnection, input: InputFile): Promise<Opened> {
  try {
    return input.format === 'csv'
      ? await openCsv(connection, input)
      : await openParquet(connection, input);
  } catch (error) {
    return { source: null, problems: [readProblem(input, error)] };
  }
}

async function openCsv(connection: DuckDBConnection, input: InputFile): Promise<Opened> {
  const header = await readCsvHeader(input.path);
  if (header === null) return fileProblem(input, 'the file is empty: a header row is needed');
  const duplicate = header.find((name, i) => header.indexOf(name) !== i);
  if (duplicate !== undefined)
    return fileProblem(input, `the header names column ${duplicate} twice`, duplicate);
  const missing = missingColumns(input.name, header);
  if (missing.length > 0)
    return { source: null, problems: missing.map((c) => missingProblem(input, c)) };
  const table = CSV_TABLE_PREFIX + input.name;
  const columns = header.map((c) => `${sqlString(c)}: 'VARCHAR'`).join(', ');
  const required = INPUT_COLUMNS[input.name].map((c) => sqlName(c)).join(', ');
  const rows = await inFileOrder(connection, () =>
    createCounted(
      connection,
      `CREATE OR REPLACE TEMP TABLE ${table} AS
    SELECT ${required} FROM read_csv(${sqlString(input.path)}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = {${columns}})`,
    ),
  );
  const types = Object.fromEntries(INPUT_COLUMNS[input.name].map((c) => [c, 'VARCHAR']));
  return {
    source: {
      name: input.name,
      file: input.file,
      format: 'csv',
      types,
      relation: `(SELECT rowid + 1 AS __row, ${required} FROM ${table})`,
      rows,
      linesOf: (rows) => csvLinesOfRows(input.path, rows),
    },
    problems: [],
  };
}

async function openParquet(connection: DuckDBConnection, input: InputFile): Promise<Opened> {
  const scan = `read_parquet(${sqlString(input.path)})`;
  const described = await connection.runAndReadAll(
    `SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM ${scan})`,
  );
  const allTypes = new Map(described.getRows().map(([name, type]) => [String(name), String(type)]));
  const missing = missingColumns(input.name, [...allTypes.keys()]);
  if (missing.length > 0)
    return { source: null, problems: missing.map((c) => missingProblem(input, c)) };
  const counted = await connection.runAndReadAll(`SELECT count(*) FROM ${scan}`);
  const required = INPUT_COLUMNS[input.name].map((c) => sqlName(c)).join(', ');
  return {
    source: {
      name: input.name,
      file: input.file,
      format: 'parquet',
      types: Object.fromEntries(INPUT_COLUMNS[input.name].map((c) => [c, allTypes.get(c)!])),
      relation: `(SELECT file_row_number + 1 AS __row, ${required} FROM read_parquet(${sqlString(input.path)}, file_row_number = true))`,
      rows: Number(counted.getRows()[0]![0]),
      linesOf: async (rows) => new Map(rows.map((r) => [r, r])),
    },
    problems: [],
  };
}

/**
 * Runs `create` with preserve_insertion_order on, so that the table's rowid follows the file
 * (DuckDB reads a CSV in parallel pieces; without the setting the rows come in any order).
 */
async function inFileOrder<T>(connection: DuckDBConnection, create: () => Promise<T>): Promise<T> {
  const setting = await connection.runAndReadAll(
    `SELECT current_setting('preserve_insertion_order')`,
  );
  const before = setting.getRows()[0]![0] === true;
  if (before) return create();
  await connection.run('SET preserve_insertion_order = true');
  try {
    return await create();
  } finally {
    await connection.run('SET preserve_insertion_order = false');
  }
}

function missingColumns(name: InputName, present: readonly string[]): string[] {
  return INPUT_COLUMNS[name].filter((c) => !present.includes(c));
}

function missingProblem(input: InputFile, column: string): InputProblem {
  return { file: input.file, line: null, column, problem: `column ${column} is missing` };
}

function fileProblem(input: InputFile, problem: string, column: string | null = null): Opened {
  return { source: null, problems: [{ file: input.file, line: null, column, problem }] };
}

/** DuckDB's reading error as a problem; a CSV error names the line where DuckDB stopped. */
function readProblem(input: InputFile, error: unknown): InputProblem {
  const message = error instanceof Error ? error.message : String(error);
  const lineMatch = /on Line: (\d+)/.exec(message);
  const detail = message
    .split('\n')
    .filter((l) => l.trim() !== '' && !/^(Invalid Input Error|CSV Error on Line|Possible)/.test(l))
    .slice(0, 2)
    .join('; ');
  return {
    file: input.file,
    line: lineMatch ? Number(lineMatch[1]) : null,
    column: null,
    problem: `the file cannot be read: ${detail || message.split('\n')[0]}`,
  };
}
