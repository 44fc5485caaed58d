/**
 * The microdata as per-person integer columns for the per-person pass (person-pass.ts). DuckDB
 * does the set-based part: dates to day numbers and to Stichtag months (first_mi/last_mi, see
 * calendar.ts), codes to small integers; rows are then grouped by person with a counting sort.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { dayNumber, endDayNumber } from './sql-helpers.ts';
import { groupByKey, readIntColumns, type IntColumns } from './read-columns.ts';

/** Sex codes of the per-person pass; only the exact codes m and w are split (kennzahlen.md §2). */
export const SEX_CODE = { m: 0, w: 1, other: 2 } as const;
/** Start kinds: 0 svb, 1 ausbildung, 2 selbstaendig (the tie order of §2), 3 geringfügig, 4 öffentlich gefördert. */
export const START_KIND = { svb: 0, ausbildung: 1, selbstaendig: 2, geringfuegig: 3, oeffentlich_gefoerdert: 4 } as const;

export const LZB_MIN_AGE_YEARS = 17;

export interface Grouped<K extends string> {
  rows: IntColumns<K>;
  start: Int32Array;
  order: Int32Array;
}

export interface PersonTables {
  personCount: number;
  sex: Int32Array;
  /** Day number of the 17th birthday; 29 February counts as 1 March (§2). */
  age17: Int32Array;
  /** eLb periods: unit, AE flag, file line, von/bis days, covered Stichtag months a…b. */
  elb: Grouped<'pid' | 'uid' | 'ae' | 'line' | 'von' | 'bis' | 'a' | 'b'>;
  /** Starts of employment (all arts) and of öffentlich geförderte Beschäftigung, with their months. */
  starts: Grouped<'pid' | 'kind' | 'von' | 'a' | 'b'>;
  /** Months covered by a measure of aktive Arbeitsförderung (aktiv or öffentlich gefördert). */
  active: Grouped<'pid' | 'a' | 'b'>;
}

async function grouped<K extends string>(connection: DuckDBConnection, sql: string, names: readonly K[], personCount: number): Promise<Grouped<K>> {
  const rows = await readIntColumns(connection, sql, names);
  return { rows, ...groupByKey((rows as Record<string, Int32Array>).pid!, personCount) };
}

export async function readPersonTables(connection: DuckDBConnection): Promise<PersonTables> {
  const persons = await readIntColumns(connection, `
    SELECT pid, CASE sex WHEN 'm' THEN ${SEX_CODE.m} WHEN 'w' THEN ${SEX_CODE.w} ELSE ${SEX_CODE.other} END AS sex,
      ${dayNumber(`CASE WHEN month(geburtsdatum) = 2 AND day(geburtsdatum) = 29
        THEN make_date(year(geburtsdatum) + ${LZB_MIN_AGE_YEARS}, 3, 1)
        ELSE make_date(year(geburtsdatum) + ${LZB_MIN_AGE_YEARS}, month(geburtsdatum), day(geburtsdatum)) END`)} AS age17
    FROM in_personen ORDER BY pid`, ['pid', 'sex', 'age17']);
  const personCount = persons.length;
  persons.pid.forEach((pid, i) => {
    if (pid !== i) throw new Error('in_personen.pid must be dense 0…n−1');
  });
  const elb = await grouped(connection, `
    SELECT pid, uid, CASE WHEN ae THEN 1 ELSE 0 END AS ae, line, von, bis, first_mi(von) AS a, last_mi(bis) AS b
    FROM (SELECT pid, uid, ae, line, ${dayNumber('von')} AS von, ${endDayNumber('bis')} AS bis FROM in_elb)`,
  ['pid', 'uid', 'ae', 'line', 'von', 'bis', 'a', 'b'], personCount);
  const kind = (column: string) => `CASE ${column} ${Object.entries(START_KIND).map(([code, k]) => `WHEN '${code}' THEN ${k}`).join(' ')} END`;
  const starts = await grouped(connection, `
    SELECT pid, kind, von, first_mi(von) AS a, last_mi(bis) AS b FROM (
      SELECT pid, ${kind('art')} AS kind, ${dayNumber('von')} AS von, ${endDayNumber('bis')} AS bis FROM in_beschaeftigungen
      UNION ALL
      SELECT pid, ${START_KIND.oeffentlich_gefoerdert}, ${dayNumber('von')}, ${endDayNumber('bis')} FROM in_massnahmen
      WHERE kategorie = 'oeffentlich_gefoerdert')`,
  ['pid', 'kind', 'von', 'a', 'b'], personCount);
  const active = await grouped(connection, `
    SELECT pid, first_mi(${dayNumber('von')}) AS a, last_mi(${endDayNumber('bis')}) AS b
    FROM in_massnahmen WHERE kategorie IN ('aktiv', 'oeffentlich_gefoerdert')`,
  ['pid', 'a', 'b'], personCount);
  return { personCount, sex: persons.sex, age17: persons.age17, elb, starts, active };
}
