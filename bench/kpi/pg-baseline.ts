/**
 * The PostgreSQL baseline of the Kennzahlen benchmark and, because it writes kennzahlen.md §2
 * down literally as plain SQL (persons × Stichtage, status periods, joins, window functions),
 * the project's independent reference implementation of the base quantities.
 */
import { chmod, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type pg from 'pg';
import type { BaseQuantity, Sex } from '../../src/domain/kpi/catalog.ts';
import type { Month } from '../../src/domain/shared/month.ts';
import type { BaseQuantityRow } from '../../src/engine/types.ts';
import { convertInputToCsv } from './pg-baseline/convert.ts';
import { loadIntoPg } from './pg-baseline/load.ts';
import { runBaselineSql, type StatementTiming } from './pg-baseline/run-sql.ts';
import { startPgCluster, type PgCluster } from './pg-baseline/server.ts';

export interface PgBaselineOptions {
  inputDir: string;
  /** First and last month of base quantities to output. */
  from: Month;
  to: Month;
  /** A running cluster to use (a fresh database is created); otherwise one is started and stopped. */
  cluster?: PgCluster;
  /** Called when a phase starts, for progress output. */
  onPhase?: (phase: string) => void;
  /** Called when a statement of the timed SQL starts. */
  onStatement?: (label: string) => void;
}

export interface PgBaselineResult {
  /** Rows loaded per input file. */
  inputRows: Record<string, number>;
  convertMs: number;
  copyMs: number;
  indexMs: number;
  /** The timed part: every statement of the baseline SQL. */
  sqlMs: number;
  statements: StatementTiming[];
  baseQuantities: BaseQuantityRow[];
}

let databaseCounter = 0;

export async function runPgBaseline(options: PgBaselineOptions): Promise<PgBaselineResult> {
  const phase = options.onPhase ?? (() => {});
  phase('starting PostgreSQL');
  const cluster = options.cluster ?? (await startPgCluster());
  try {
    const database = `kpi_${process.pid}_${++databaseCounter}`;
    await cluster.createDatabase(database);
    const csvDir = join(cluster.scratchDir, database);
    await mkdir(csvDir);
    await chmod(csvDir, 0o755);
    phase('converting input to CSV (DuckDB)');
    const started = performance.now();
    const files = await convertInputToCsv(options.inputDir, csvDir);
    const convertMs = performance.now() - started;
    const client = await cluster.connect(database);
    try {
      phase('loading into PostgreSQL (COPY, indexes, ANALYZE)');
      const load = await loadIntoPg(client, files, { from: options.from, to: options.to });
      phase('running the baseline SQL');
      const statements = await runBaselineSql(client, options.onStatement);
      const sqlMs = statements.reduce((sum, s) => sum + s.ms, 0);
      const baseQuantities = await readResult(client);
      return {
        inputRows: load.rows,
        convertMs,
        copyMs: load.copyMs,
        indexMs: load.indexMs,
        sqlMs,
        statements,
        baseQuantities,
      };
    } finally {
      await client.end();
    }
  } finally {
    if (!options.cluster) await cluster.stop();
  }
}

interface ResultRow {
  einheit_id: string;
  monat: string;
  geschlecht: string;
  groesse: string;
  wert: number | null;
}

async function readResult(client: pg.Client): Promise<BaseQuantityRow[]> {
  const result = await client.query<ResultRow>(
    'SELECT einheit_id, monat, geschlecht, groesse, wert::float8 AS wert FROM ergebnis',
  );
  return result.rows.map((r) => ({
    einheitId: r.einheit_id,
    monat: r.monat as Month,
    geschlecht: r.geschlecht as Sex,
    groesse: r.groesse as BaseQuantity,
    wert: r.wert,
  }));
}
