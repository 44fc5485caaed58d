/**
 * Statements per request from pg_stat_statements (its library ships with the embedded
 * PostgreSQL): enabled in the run's own copy of the cluster before the server starts, reset
 * before each route, read after it.
 */
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';

/** Must run before the cluster starts (shared_preload_libraries). */
export async function enableStatementStats(dataDir: string): Promise<void> {
  await appendFile(
    join(dataDir, 'pg', 'postgresql.conf'),
    [
      '',
      '# bench/api --profile: statements per request',
      "shared_preload_libraries = 'pg_stat_statements'",
      'pg_stat_statements.track = all',
      'pg_stat_statements.track_utility = on',
      'pg_stat_statements.track_planning = on',
      '',
    ].join('\n'),
  );
}

export interface StatementStat {
  query: string;
  calls: number;
  execMs: number;
  planMs: number;
  rows: number;
}

export interface StatementStats {
  calls: number;
  execMs: number;
  planMs: number;
  rows: number;
  statements: StatementStat[];
}

export class StatementStatsReader {
  private constructor(private readonly client: pg.Client) {}

  static async connect(pgPort: number): Promise<StatementStatsReader> {
    // the embedded cluster's fixed credentials (src/db/embedded-cluster.ts)
    const client = new pg.Client({
      connectionString: `postgres://postgres:postgres@127.0.0.1:${pgPort}/postgres`,
    });
    await client.connect();
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    return new StatementStatsReader(client);
  }

  async reset(): Promise<void> {
    await this.client.query('SELECT pg_stat_statements_reset()');
  }

  /** Everything since the last reset, except this reader's own statements and the health check. */
  async read(): Promise<StatementStats> {
    const result = await this.client.query<{
      query: string;
      calls: string;
      exec: number;
      plan: number;
      rows: string;
    }>(
      `SELECT query, calls, total_exec_time AS exec, total_plan_time AS plan, rows
         FROM pg_stat_statements
        WHERE query NOT ILIKE '%pg_stat_statements%' AND query NOT IN ('select 1', 'select $1')
        ORDER BY total_exec_time + total_plan_time DESC`,
    );
    const statements = result.rows.map((r) => ({
      query: r.query.replace(/\s+/g, ' '),
      calls: Number(r.calls),
      execMs: r.exec,
      planMs: r.plan,
      rows: Number(r.rows),
    }));
    return {
      calls: statements.reduce((s, r) => s + r.calls, 0),
      execMs: statements.reduce((s, r) => s + r.execMs, 0),
      planMs: statements.reduce((s, r) => s + r.planMs, 0),
      rows: statements.reduce((s, r) => s + r.rows, 0),
      statements,
    };
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}
