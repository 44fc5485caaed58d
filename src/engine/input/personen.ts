/**
 * Loads `personen` into `in_personen(pid, person_id, sex, geburtsdatum)`. pid is dense 0…n−1 in
 * file order, so that the later stages join on integers. sex is `m` or `w` for exactly these
 * codes and `x` for any other or an empty code (kennzahlen.md §2: others count in insgesamt only).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { InputProblem } from '../types.ts';
import { duplicate, required, validDate, valueLayer, type Check, type Lookup } from './checks.ts';
import { findDuplicates } from './duplicates.ts';
import { runTableJob } from './run-checks.ts';
import type { Source } from './source.ts';

export interface LoadedPersons {
  problems: InputProblem[];
  /** person_id → pid, with the ids whose row was left out. */
  lookup: Lookup;
}

export const personenLayer = (source: Source) =>
  valueLayer(source, { person_id: 'text', geschlecht: 'text', geburtsdatum: 'date' });

/** The row checks of `personen` but the duplicate check, which goes after person_id. */
export const PERSON_ID_CHECKS: readonly Check[] = [required('person_id')];
export const PERSON_ROW_CHECKS: readonly Check[] = [
  required('geburtsdatum'),
  validDate('geburtsdatum'),
];

/** The columns of in_personen from the value layer, pid = data row − 1. */
export const PERSON_SELECT = `CAST(v.__row - 1 AS INTEGER) AS pid, v.t_person_id AS person_id,
  CASE v.t_geschlecht WHEN 'm' THEN 'm' WHEN 'w' THEN 'w' ELSE 'x' END AS sex, v.p_geburtsdatum AS geburtsdatum`;

export async function loadPersonen(
  connection: DuckDBConnection,
  source: Source,
  skipInvalid: boolean,
): Promise<LoadedPersons> {
  const layer = personenLayer(source);
  const dups = await findDuplicates(connection, source.name, layer, 'v.t_person_id');
  const result = await runTableJob(connection, {
    source,
    skipInvalid,
    target: 'in_personen',
    layer,
    joins: dups ? `LEFT JOIN ${dups} d ON d.__row = v.__row` : '',
    checks: [
      ...PERSON_ID_CHECKS,
      ...(dups ? [duplicate('person_id', 'd')] : []),
      ...PERSON_ROW_CHECKS,
    ],
    select: PERSON_SELECT,
    key: 'v.t_person_id',
  });
  const lookup: Lookup = {
    table: 'in_personen',
    key: 'person_id',
    value: 'pid',
    file: source.file,
  };
  if (result.problemTable === null) return { problems: [], lookup };
  // Rows were left out: close the gaps in pid, and remember the ids that are gone.
  await connection.run(`CREATE OR REPLACE TABLE in_personen AS
    SELECT CAST(row_number() OVER (ORDER BY pid) - 1 AS INTEGER) AS pid, person_id, sex, geburtsdatum FROM in_personen ORDER BY pid`);
  await connection.run(`CREATE OR REPLACE TEMP TABLE ld_skipped_persons AS
    SELECT DISTINCT pr.key FROM ${result.problemTable} pr ANTI JOIN in_personen p ON p.person_id = pr.key WHERE pr.key IS NOT NULL`);
  return { problems: result.problems, lookup: { ...lookup, skipped: 'ld_skipped_persons' } };
}
