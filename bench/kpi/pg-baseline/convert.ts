/**
 * PostgreSQL reads neither Parquet nor CSV with arbitrary column order, so DuckDB rewrites
 * each input file as header-less CSV with the columns in table order. Not part of the timing.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { INPUT_FILES, type InputFile } from './input-files.ts';

export interface ConvertedFile {
  file: InputFile;
  /** Header-less CSV, columns as in `file.columns`; null if an optional file is absent. */
  csvPath: string | null;
  rows: number;
}

const sqlString = (text: string) => `'${text.replaceAll("'", "''")}'`;

function sourceOf(inputDir: string, name: string): string | null {
  const csv = join(inputDir, `${name}.csv`);
  if (existsSync(csv)) {
    // all_varchar keeps ids, dates and amounts exactly as written; PostgreSQL parses them.
    return `read_csv(${sqlString(csv)}, header = true, delim = ',', quote = '"', escape = '"', all_varchar = true)`;
  }
  const parquet = join(inputDir, `${name}.parquet`);
  return existsSync(parquet) ? `read_parquet(${sqlString(parquet)})` : null;
}

export async function convertInputToCsv(
  inputDir: string,
  outDir: string,
): Promise<ConvertedFile[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const converted: ConvertedFile[] = [];
    for (const file of INPUT_FILES) {
      const source = sourceOf(inputDir, file.name);
      if (source === null) {
        if (!file.optional)
          throw new Error(
            `${inputDir}: missing input file ${file.name}.csv or ${file.name}.parquet`,
          );
        converted.push({ file, csvPath: null, rows: 0 });
        continue;
      }
      const csvPath = join(outDir, `${file.name}.csv`);
      const columns = file.columns.map((c) => `"${c}"`).join(', ');
      const result = await connection.runAndReadAll(
        `COPY (SELECT ${columns} FROM ${source}) TO ${sqlString(csvPath)} (FORMAT csv, HEADER false)`,
      );
      converted.push({ file, csvPath, rows: Number(result.getRowsJS()[0]?.[0] ?? 0) });
    }
    return converted;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
