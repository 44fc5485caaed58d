import type { DuckDBConnection } from '@duckdb/node-api';

/** Runs a `CREATE TABLE … AS SELECT` and returns the number of rows it wrote. */
export async function createCounted(connection: DuckDBConnection, sql: string): Promise<number> {
  const result = await connection.runAndReadAll(sql);
  return Number(result.getRows()[0]?.[0] ?? 0);
}
