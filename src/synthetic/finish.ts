/**
 * Set-based last step in DuckDB: `leistungen` (one row per BG, leaf and month from 2012-01)
 * derived from the BG segments, and — for Parquet — the conversion of the row files.
 * Amounts: Regelbedarfe of the year (§ 20 SGB II, RBEG; Sozialgeld of children net of
 * Kindergeld), Mehrbedarf für Alleinerziehende, counted income first against the Regelbedarf
 * (§ 19 Abs. 3 SGB II), Unterkunft und Heizung with a yearly trend and a small monthly
 * variation; part months pro rata on 30 days. Monthly variation comes from a hash of
 * (seed, bg_id, month), so the output does not depend on row order or threads.
 */
import type { DuckDBConnection } from '@duckdb/node-api';

/** Regelbedarfsstufen 1–6 and Kindergeld for a first child, euro per month. */
const REGELBEDARF: readonly (readonly number[])[] = [
  [2012, 374, 337, 299, 287, 251, 219, 184],
  [2013, 382, 345, 306, 289, 255, 224, 184],
  [2014, 391, 353, 313, 296, 261, 229, 184],
  [2015, 399, 360, 320, 302, 267, 234, 188],
];
/** Unterkunft und Heizung rise about 2 % a year (reference level 2014). */
const KDU_TREND = 1.02;

export const COLUMN_TYPES: Record<string, Record<string, string>> = {
  einheiten: { id: 'VARCHAR', name: 'VARCHAR', ebene: 'VARCHAR', parent_id: 'VARCHAR' },
  personen: { person_id: 'VARCHAR', geschlecht: 'VARCHAR', geburtsdatum: 'DATE' },
  elb_zeiten: {
    person_id: 'VARCHAR',
    einheit_id: 'VARCHAR',
    bg_id: 'VARCHAR',
    von: 'DATE',
    bis: 'DATE',
    alleinerziehend: 'INTEGER',
  },
  beschaeftigungen: { person_id: 'VARCHAR', art: 'VARCHAR', von: 'DATE', bis: 'DATE' },
  massnahmen: {
    person_id: 'VARCHAR',
    kategorie: 'VARCHAR',
    instrument: 'VARCHAR',
    von: 'DATE',
    bis: 'DATE',
  },
  segmente: {
    bg_id: 'VARCHAR',
    einheit_id: 'VARCHAR',
    von: 'DATE',
    bis: 'DATE',
    rbs1: 'INTEGER',
    rbs2: 'INTEGER',
    rbs3: 'INTEGER',
    rbs4: 'INTEGER',
    rbs5: 'INTEGER',
    rbs6: 'INTEGER',
    mehrbedarf_pct: 'INTEGER',
    einkommen: 'INTEGER',
    kdu: 'INTEGER',
  },
};

export function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

export function readCsvSql(path: string, name: string): string {
  const columns = Object.entries(COLUMN_TYPES[name] ?? {})
    .map(([c, t]) => `${sqlString(c)}: ${sqlString(t)}`)
    .join(', ');
  return `read_csv(${sqlString(path)}, header = true, delim = ',', quote = '"', escape = '"', columns = {${columns}})`;
}

function target(path: string, format: 'csv' | 'parquet'): string {
  return format === 'csv'
    ? `${sqlString(path)} (FORMAT csv, HEADER true, DELIMITER ',')`
    : `${sqlString(path)} (FORMAT parquet, COMPRESSION zstd)`;
}

async function count(conn: DuckDBConnection, sql: string): Promise<number> {
  const reader = await conn.runAndReadAll(sql);
  return Number(reader.getRows()[0]?.[0] ?? 0);
}

/** Writes `leistungen` from the segments file; returns the number of rows. */
export async function writeLeistungen(
  conn: DuckDBConnection,
  segmente: string,
  out: string,
  format: 'csv' | 'parquet',
  seed: number,
): Promise<number> {
  // list[year - 2011] picks the year's amount without a join, so the row order stays the segments' order.
  const col = (i: number): string =>
    `[${REGELBEDARF.map((r) => r[i]).join(', ')}][year(ms) - 2011]`;
  const sql = `
    WITH m AS (
      SELECT *, unnest(generate_series(date_trunc('month', von), date_trunc('month', bis), INTERVAL 1 MONTH))::DATE AS ms
      FROM ${readCsvSql(segmente, 'segmente')}
    ),
    d AS (
      SELECT bg_id, einheit_id, strftime(ms, '%Y-%m') AS monat, einkommen AS inc,
        CASE WHEN von <= ms AND bis >= last_day(ms) THEN 1.0
             ELSE least(date_diff('day', greatest(von, ms), least(bis, last_day(ms))) + 1, 30) / 30.0 END AS anteil,
        rbs1 * ${col(1)} + rbs2 * ${col(2)} + rbs3 * ${col(3)} + rbs4 * greatest(${col(4)} - ${col(7)}, 0)
          + rbs5 * greatest(${col(5)} - ${col(7)}, 0) + rbs6 * greatest(${col(6)} - ${col(7)}, 0)
          + mehrbedarf_pct * ${col(1)} / 100.0 AS bedarf,
        kdu * pow(${KDU_TREND}, year(ms) - 2014) AS kdu_y
      FROM m
    )
    SELECT bg_id, einheit_id, monat,
      round(greatest(bedarf - inc, 0) * anteil, 2)::DECIMAL(12, 2) AS llu,
      round(greatest(kdu_y * (1 + ((hash(${seed}, bg_id, monat) % 201)::INTEGER - 100) * 0.0003) - greatest(inc - bedarf, 0), 0) * anteil, 2)::DECIMAL(12, 2) AS luh
    FROM d`;
  return count(conn, `COPY (${sql}) TO ${target(out, format)}`);
}

/** Converts one of the generator's CSV files to Parquet with the §1 column names and types. */
export async function csvToParquet(
  conn: DuckDBConnection,
  name: string,
  csv: string,
  out: string,
): Promise<number> {
  return count(conn, `COPY (SELECT * FROM ${readCsvSql(csv, name)}) TO ${target(out, 'parquet')}`);
}
