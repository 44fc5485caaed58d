/** Creates the input tables, loads them with COPY and adds indexes and statistics (untimed). */
import { readFile } from 'node:fs/promises';
import type pg from 'pg';
import type { Month } from '../../../src/domain/shared/month.ts';
import type { ConvertedFile } from './convert.ts';

const sqlFile = (name: string) => readFile(new URL(name, import.meta.url), 'utf8');

export interface LoadTimings {
  /** Milliseconds of COPY of all files. */
  copyMs: number;
  /** Milliseconds of index creation and ANALYZE. */
  indexMs: number;
  /** Rows loaded per table. */
  rows: Record<string, number>;
}

export async function loadIntoPg(
  client: pg.Client,
  files: readonly ConvertedFile[],
  output: { from: Month; to: Month },
): Promise<LoadTimings> {
  await client.query(await sqlFile('schema.sql'));
  await client.query('INSERT INTO bench_params (out_from, out_to) VALUES ($1, $2)', [
    output.from,
    output.to,
  ]);
  const rows: Record<string, number> = {};
  let started = performance.now();
  for (const { file, csvPath } of files) {
    if (csvPath === null) {
      rows[file.name] = 0;
      continue;
    }
    const path = `'${csvPath.replaceAll("'", "''")}'`;
    const result = await client.query(
      `COPY ${file.name} (${file.columns.join(', ')}) FROM ${path} WITH (FORMAT csv)`,
    );
    rows[file.name] = result.rowCount ?? 0;
  }
  const copyMs = performance.now() - started;
  started = performance.now();
  await client.query(await sqlFile('indexes.sql'));
  return { copyMs, indexMs: performance.now() - started, rows };
}
