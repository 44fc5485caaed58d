/** Helpers for the input tests: temporary input folders made from the small `fixtures/valid` set. */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { InvalidInputError } from '../errors.ts';
import type { InputProblem } from '../types.ts';
import type { InputName } from './input-files.ts';
import { loadInput, type LoadedInput } from './load-input.ts';
import { sqlString } from './sql-values.ts';

export const VALID_FIXTURE = join(import.meta.dirname, 'fixtures', 'valid');

/** Runs `fn` with a fresh in-memory DuckDB connection. */
export async function withConnection<T>(
  fn: (connection: DuckDBConnection) => Promise<T>,
): Promise<T> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const connection = await instance.connect();
  try {
    return await fn(connection);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

const folders: string[] = [];

/** A copy of the valid fixture with some files replaced (CSV text) or removed (null). */
export function inputFolder(changes: Partial<Record<string, string | null>> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'zs-input-'));
  folders.push(dir);
  cpSync(VALID_FIXTURE, dir, { recursive: true });
  for (const [file, content] of Object.entries(changes)) {
    if (content === null || content === undefined) rmSync(join(dir, file), { force: true });
    else writeFileSync(join(dir, file), content);
  }
  return dir;
}

/** Removes the folders made by inputFolder (call from `after`). */
export function removeInputFolders(): void {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Replaces NAME.csv in `dir` by NAME.parquet written from `select` (which reads the CSV as `csv`). */
export async function csvToParquet(
  connection: DuckDBConnection,
  dir: string,
  name: InputName,
  select: string,
): Promise<void> {
  const csv = join(dir, `${name}.csv`);
  await connection.run(
    `COPY (${select.replace(/\bcsv\b/, `read_csv(${sqlString(csv)}, all_varchar = true)`)}) TO ${sqlString(join(dir, `${name}.parquet`))} (FORMAT parquet)`,
  );
  rmSync(csv);
}

const DATES = new Set(['von', 'bis', 'geburtsdatum', 'stichtag']);

/** Turns every CSV file of `dir` into Parquet with the column types the synthetic generator writes. */
export async function asParquet(connection: DuckDBConnection, dir: string): Promise<string> {
  const dated = (cols: string) =>
    cols
      .split(',')
      .map((c) => (DATES.has(c) ? `CAST(${c} AS DATE) AS ${c}` : c))
      .join(', ');
  await csvToParquet(connection, dir, 'einheiten', 'SELECT * FROM csv');
  await csvToParquet(
    connection,
    dir,
    'personen',
    `SELECT ${dated('person_id,geschlecht,geburtsdatum')} FROM csv`,
  );
  await csvToParquet(
    connection,
    dir,
    'elb_zeiten',
    `SELECT ${dated('person_id,einheit_id,bg_id,von,bis')}, CAST(alleinerziehend AS INTEGER) AS alleinerziehend FROM csv`,
  );
  await csvToParquet(
    connection,
    dir,
    'leistungen',
    'SELECT bg_id, einheit_id, monat, CAST(llu AS DECIMAL(12,6)) AS llu, CAST(luh AS DECIMAL(12,6)) AS luh FROM csv',
  );
  await csvToParquet(
    connection,
    dir,
    'beschaeftigungen',
    `SELECT ${dated('person_id,art,von,bis')} FROM csv`,
  );
  await csvToParquet(
    connection,
    dir,
    'massnahmen',
    `SELECT ${dated('person_id,kategorie,instrument,von,bis')} FROM csv`,
  );
  await csvToParquet(connection, dir, 'stichtage', `SELECT ${dated('monat,stichtag')} FROM csv`);
  return dir;
}

/** Loads `dir`, expecting a refusal, and returns its problems. */
export async function refusal(
  connection: DuckDBConnection,
  dir: string,
  skipInvalid = false,
): Promise<InputProblem[]> {
  try {
    await loadInput(connection, dir, { skipInvalid });
  } catch (error) {
    if (error instanceof InvalidInputError) return error.problems;
    throw error;
  }
  return assert.fail('the input was accepted');
}

export async function load(
  connection: DuckDBConnection,
  dir: string,
  skipInvalid = false,
): Promise<LoadedInput> {
  return loadInput(connection, dir, { skipInvalid });
}

/** Rows of a query as JSON values (dates as YYYY-MM-DD, DECIMAL and BIGINT as strings). */
export async function rows(connection: DuckDBConnection, sql: string): Promise<unknown[][]> {
  return (await connection.runAndReadAll(sql)).getRowsJson() as unknown[][];
}

/** Names of the tables and views in the connection, sorted. */
export async function tableNames(connection: DuckDBConnection): Promise<string[]> {
  const sql =
    'SELECT table_name FROM duckdb_tables() UNION ALL SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY ALL';
  return (await rows(connection, sql)).map((r) => String(r[0]));
}
