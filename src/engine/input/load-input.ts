/**
 * Input stage of the Kennzahlen engine: reads the microdata directory (kennzahlen.md §1),
 * checks it, and leaves clean, typed tables in the DuckDB connection for the computation:
 *
 * - `in_einheiten(uid INTEGER, id, name, ebene, parent_uid INTEGER)`: uid 0…n−1 in file order.
 * - `in_personen(pid INTEGER, person_id, sex, geburtsdatum DATE)`: pid 0…n−1 in file order;
 *   sex `m`, `w`, or `x` for every other code including an empty one.
 * - `in_elb(line BIGINT, pid, uid, von DATE, bis DATE, ae BOOLEAN)`: `line` = data row in the
 *   file (first = 1), the last tie-breaker of §2; bis NULL = open.
 * - `in_leistungen(uid INTEGER, monat DATE, llu DECIMAL(38,6), luh DECIMAL(38,6))`: already added
 *   up per unit and month (first day of the month); see leistungen.ts for why.
 * - `in_beschaeftigungen(pid, art, von, bis)`, `in_massnahmen(pid, kategorie, von, bis)`.
 * - `in_stichtage(monat DATE, stichtag DATE)`: empty without the optional file.
 *
 * bg_id of elb_zeiten and instrument of massnahmen are checked but not kept: no quantity reads
 * them. Input without problems in personen and the spell files takes one join for all four
 * (person-spells.ts), and in_elb, in_beschaeftigungen and in_massnahmen are then views of the
 * table `in_spells`; otherwise each file is loaded and checked on its own, as tables.
 *
 * A problem names file, line, column and the offending value. `line` is the line of the CSV file
 * (the header is line 1, so the first data row is line 2; blank lines and quoted line breaks are
 * counted) or, for Parquet, the row number (first row = 1). Per file the first 1000 problems are
 * listed and a last entry without line counts the rest.
 *
 * Values: every column of §1 is required except `bis` (empty = open), `geschlecht` (empty =
 * other), `parent_id` (empty = root) and `instrument` (read by no quantity). Values are taken as
 * they are, without trimming. Ids are strings: a Parquet integer 7 is the id "7". Dates are
 * YYYY-MM-DD and real calendar days (a Parquet DATE as it is), months YYYY-MM (a Parquet DATE only
 * if it is a first day), amounts not negative, with `.` and at most six decimals. Of rows with
 * the same id the first stands and the later ones are problems.
 *
 * Without `skipInvalid` any problem refuses the input: InvalidInputError with every problem found
 * and no `in_` table left behind. With `skipInvalid` invalid rows are left out and listed in
 * `skipped` (one entry per row, its first problem), and so are rows that refer to a left-out row
 * (spells of a left-out person, microdata of a left-out unit, children of a left-out unit).
 * Missing files or columns, unreadable files, both NAME.csv and NAME.parquet, and a cycle in the
 * tree refuse the input in both modes. Rows of a referenced file that are themselves invalid are
 * reported once, in their own file, not again in the rows referring to them.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { InvalidInputError } from '../errors.ts';
import type { Einheit, InputProblem } from '../types.ts';
import { loadEinheiten } from './einheiten.ts';
import { findInputFiles, INPUT_NAMES, type InputName } from './input-files.ts';
import { loadLeistungen } from './leistungen.ts';
import { loadStichtage } from './stichtage.ts';
import { loadPersonen } from './personen.ts';
import { loadPersonsAndSpells, SPELLS_TABLE } from './person-spells.ts';
import type { Lookup } from './checks.ts';
import { openSource, type Source } from './source.ts';
import { sqlName } from './sql-values.ts';
import { loadBeschaeftigungen, loadElb, loadMassnahmen } from './spells.ts';

export interface LoadedInput {
  einheiten: Einheit[]; // the validated tree, in file order
  inputRows: Record<string, number>; // rows read per file (file name without extension -> count)
  skipped: InputProblem[]; // with skipInvalid: every skipped row with its problem; else []
}

export const INPUT_TABLES = [
  'in_einheiten',
  'in_personen',
  'in_elb',
  'in_leistungen',
  'in_beschaeftigungen',
  'in_massnahmen',
  'in_stichtage',
] as const;

export interface LoadOptions {
  skipInvalid: boolean;
  /** Called at the end of each file's step with its name (see phase-clock.ts). */
  endPhase?: (phase: string) => void;
}

export async function loadInput(
  connection: DuckDBConnection,
  inputDir: string,
  options: LoadOptions,
): Promise<LoadedInput> {
  await dropTables(connection, true);
  try {
    return await load(connection, inputDir, options.skipInvalid, options.endPhase ?? (() => {}));
  } catch (error) {
    await dropTables(connection, true);
    throw error;
  } finally {
    await dropTables(connection, false);
  }
}

async function load(
  connection: DuckDBConnection,
  inputDir: string,
  skipInvalid: boolean,
  endPhase: (phase: string) => void,
): Promise<LoadedInput> {
  const found = findInputFiles(inputDir);
  if (found.problems.length > 0) throw new InvalidInputError(found.problems);
  const sources = new Map<InputName, Source>();
  const fileProblems: InputProblem[] = [];
  for (const [name, file] of found.files) {
    const opened = await openSource(connection, file);
    if (opened.source) sources.set(name, opened.source);
    fileProblems.push(...opened.problems);
  }
  if (fileProblems.length > 0) throw new InvalidInputError(fileProblems);
  const source = (name: InputName) => sources.get(name)!;
  endPhase('load: opening files');

  const units = await loadEinheiten(connection, source('einheiten'), skipInvalid);
  if (skipInvalid && units.fatal.length > 0) throw new InvalidInputError(units.fatal);
  endPhase('load: einheiten');
  const timed: Timed = async (name, loading) => {
    const found = await loading;
    endPhase(`load: ${name}`);
    return found;
  };
  const personSources = {
    personen: source('personen'),
    elb_zeiten: source('elb_zeiten'),
    beschaeftigungen: source('beschaeftigungen'),
    massnahmen: source('massnahmen'),
  };
  const allPassed = await loadPersonsAndSpells(connection, personSources, units.lookup);
  endPhase(`load: personen and spells in one join${allPassed ? '' : ' (found problems)'}`);
  const problems = [
    ...units.fatal,
    ...units.problems,
    ...(allPassed
      ? await timed(
          'leistungen',
          loadLeistungen(connection, source('leistungen'), units.lookup, skipInvalid),
        )
      : await loadEachFile(connection, source, units.lookup, skipInvalid, timed)),
    ...(await timed(
      'stichtage',
      loadStichtage(connection, sources.get('stichtage') ?? null, skipInvalid),
    )),
  ];
  if (!skipInvalid && problems.length > 0) throw new InvalidInputError(problems);
  return {
    einheiten: units.einheiten,
    inputRows: Object.fromEntries(INPUT_NAMES.map((name) => [name, sources.get(name)?.rows ?? 0])),
    skipped: skipInvalid ? problems : [],
  };
}

type Timed = (name: string, loading: Promise<InputProblem[]>) => Promise<InputProblem[]>;

/**
 * personen, elb_zeiten, leistungen, beschaeftigungen and massnahmen each on its own, for input with
 * a problem in personen or a spell file: their problems, in this order of the files.
 */
async function loadEachFile(
  connection: DuckDBConnection,
  source: (name: InputName) => Source,
  units: Lookup,
  skipInvalid: boolean,
  timed: Timed,
): Promise<InputProblem[]> {
  const persons = await loadPersonen(connection, source('personen'), skipInvalid);
  const lookups = { persons: persons.lookup, units };
  return [
    ...(await timed('personen', Promise.resolve(persons.problems))),
    ...(await timed('elb_zeiten', loadElb(connection, source('elb_zeiten'), lookups, skipInvalid))),
    ...(await timed(
      'leistungen',
      loadLeistungen(connection, source('leistungen'), units, skipInvalid),
    )),
    ...(await timed(
      'beschaeftigungen',
      loadBeschaeftigungen(connection, source('beschaeftigungen'), lookups, skipInvalid),
    )),
    ...(await timed(
      'massnahmen',
      loadMassnahmen(connection, source('massnahmen'), lookups, skipInvalid),
    )),
  ];
}

/**
 * Drops the working tables (temporary, `ld_…`) and, with `inputTables`, the `in_` tables and views
 * (person-spells.ts) too.
 */
async function dropTables(connection: DuckDBConnection, inputTables: boolean): Promise<void> {
  const listed = await connection.runAndReadAll(
    `SELECT table_name FROM duckdb_tables() WHERE database_name = 'temp' AND starts_with(table_name, 'ld_')`,
  );
  for (const [table] of listed.getRowsJS())
    await connection.run(`DROP TABLE IF EXISTS temp.main.${sqlName(String(table))}`);
  if (!inputTables) return;
  const names = [...INPUT_TABLES, SPELLS_TABLE].map((t) => `'${t}'`).join(', ');
  const views = await connection.runAndReadAll(
    `SELECT view_name FROM duckdb_views() WHERE database_name = 'memory' AND schema_name = 'main' AND view_name IN (${names})`,
  );
  for (const [view] of views.getRowsJS())
    await connection.run(`DROP VIEW ${sqlName(String(view))}`);
  for (const table of [...INPUT_TABLES, SPELLS_TABLE])
    await connection.run(`DROP TABLE IF EXISTS ${table}`);
}
