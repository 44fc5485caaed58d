/**
 * The fast path for `personen`, `elb_zeiten`, `beschaeftigungen` and `massnahmen` when they have
 * no problem at all, the usual case. Every join with the person ids builds a hash table of all of
 * them (at bund scale 13 million strings, about 4 CPU-seconds each), and so does the check for
 * duplicate ids; checking each file on its own built it four times. Here one join serves all:
 * the rows of the three spell files and the person rows themselves meet `in_personen` once.
 * A person row that meets a row other than its own has a duplicate id.
 *
 * The spells land in one table `in_spells(kind, line, pid, uid, von, bis)`, and `in_elb`,
 * `in_beschaeftigungen` and `in_massnahmen` are views of it with the columns the per-file path
 * (spells.ts) writes. `kind` tells the file and its code in one column (writing a table costs
 * about a CPU-second per column and 40 million rows here): 0/1 an eLb period without/with AE, then
 * the ARTEN of beschaeftigungen, then the KATEGORIEN of massnahmen. Any problem, however small,
 * and the caller runs the per-file path instead, which names every problem; nothing of this
 * attempt is left behind then.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { allPass, lookupJoin, type Lookup } from './checks.ts';
import { createCounted } from './create-counted.ts';
import { PERSON_ID_CHECKS, PERSON_ROW_CHECKS, PERSON_SELECT, personenLayer } from './personen.ts';
import type { Source } from './source.ts';
import { sqlString } from './sql-values.ts';
import {
  ARTEN,
  BESCHAEFTIGUNG_CHECKS,
  KATEGORIEN,
  MASSNAHME_CHECKS,
  beschaeftigungLayer,
  elbChecks,
  elbLayer,
  massnahmeLayer,
  unitJoin,
} from './spells.ts';

export const SPELLS_TABLE = 'in_spells';

const FIRST_ART = 2;
const FIRST_KATEGORIE = FIRST_ART + ARTEN.length;
/** Kind of a person row in the join; such rows are kept only when they meet another person row. */
const PERSON_KIND = FIRST_KATEGORIE + KATEGORIEN.length;

/** `codes[i]` → first + i and back. */
const toKind = (column: string, codes: readonly string[], first: number) =>
  `CASE ${column} ${codes.map((c, i) => `WHEN ${sqlString(c)} THEN ${first + i}`).join(' ')} END`;
const fromKind = (codes: readonly string[], first: number) =>
  `CASE kind ${codes.map((c, i) => `WHEN ${first + i} THEN ${sqlString(c)}`).join(' ')} END`;

/** The views of in_spells: which kinds, and the columns. */
const SPELL_VIEWS = {
  in_elb: { kinds: [0, 1], columns: 'line, pid, uid, von, bis, kind = 1 AS ae' },
  in_beschaeftigungen: {
    kinds: [FIRST_ART, FIRST_KATEGORIE - 1],
    columns: `pid, ${fromKind(ARTEN, FIRST_ART)} AS art, von, bis`,
  },
  in_massnahmen: {
    kinds: [FIRST_KATEGORIE, PERSON_KIND - 1],
    columns: `pid, ${fromKind(KATEGORIEN, FIRST_KATEGORIE)} AS kategorie, von, bis`,
  },
} as const;

export interface PersonSources {
  personen: Source;
  elb_zeiten: Source;
  beschaeftigungen: Source;
  massnahmen: Source;
}

/** Loads the four files if every row passes and returns true; else leaves nothing and returns false. */
export async function loadPersonsAndSpells(
  connection: DuckDBConnection,
  sources: PersonSources,
  units: Lookup,
): Promise<boolean> {
  const personRows = await createCounted(
    connection,
    `CREATE OR REPLACE TABLE in_personen AS
    SELECT ${PERSON_SELECT} FROM ${personenLayer(sources.personen)} WHERE ${allPass([...PERSON_ID_CHECKS, ...PERSON_ROW_CHECKS])}`,
  );
  if (personRows === sources.personen.rows && (await joinSpells(connection, sources, units))) {
    for (const [view, { kinds, columns }] of Object.entries(SPELL_VIEWS)) {
      await connection.run(
        `CREATE OR REPLACE VIEW ${view} AS SELECT ${columns} FROM ${SPELLS_TABLE} WHERE kind BETWEEN ${kinds[0]} AND ${kinds[1]}`,
      );
    }
    return true;
  }
  await connection.run(`DROP TABLE IF EXISTS ${SPELLS_TABLE}`);
  await connection.run('DROP TABLE IF EXISTS in_personen');
  return false;
}

/** Writes in_spells; true if it holds every spell row and no person id occurs twice. */
async function joinSpells(
  connection: DuckDBConnection,
  sources: PersonSources,
  units: Lookup,
): Promise<boolean> {
  const unit = unitJoin(units);
  const branch = (
    layer: string,
    joins: string,
    ok: string,
    columns: { kind: string; line?: string; uid?: string; spell?: boolean },
  ) => `
    SELECT CAST(${columns.kind} AS UTINYINT) AS kind, CAST(${columns.line ?? 'NULL'} AS BIGINT) AS line, v.t_person_id AS person_key,
      CAST(${columns.uid ?? 'NULL'} AS INTEGER) AS uid, CAST(${columns.spell ? 'v.p_von' : 'NULL'} AS DATE) AS von,
      CAST(${columns.spell ? 'v.p_bis' : 'NULL'} AS DATE) AS bis, ${ok} AS ok
    FROM ${layer} ${joins}`;
  // Rows of a spell file without their person (unknown id, empty id) drop out of the inner join
  // and are missed in the counts below. A person row meets at least itself.
  await connection.run(`CREATE OR REPLACE TABLE ${SPELLS_TABLE} AS
    SELECT s.kind, s.line, p.pid, s.uid, s.von, s.bis FROM (
      ${branch(elbLayer(sources.elb_zeiten), lookupJoin(unit, true), allPass(elbChecks(unit, false)), { kind: `CASE WHEN v.t_alleinerziehend = '1' THEN 1 ELSE 0 END`, line: 'v.__row', uid: 'u.uid', spell: true })}
      UNION ALL
      ${branch(beschaeftigungLayer(sources.beschaeftigungen), '', allPass(BESCHAEFTIGUNG_CHECKS), { kind: toKind('v.t_art', ARTEN, FIRST_ART), spell: true })}
      UNION ALL
      ${branch(massnahmeLayer(sources.massnahmen), '', allPass(MASSNAHME_CHECKS), { kind: toKind('v.t_kategorie', KATEGORIEN, FIRST_KATEGORIE), spell: true })}
      UNION ALL
      ${branch(personenLayer(sources.personen), '', 'true', { kind: String(PERSON_KIND), line: 'v.__row' })}
    ) s JOIN in_personen p ON p.person_id = s.person_key
    WHERE CASE WHEN s.kind = ${PERSON_KIND} THEN p.pid <> s.line - 1 ELSE s.ok END`);
  const counted = await connection.runAndReadAll(`SELECT
    count(*) FILTER (kind BETWEEN ${SPELL_VIEWS.in_elb.kinds.join(' AND ')}),
    count(*) FILTER (kind BETWEEN ${SPELL_VIEWS.in_beschaeftigungen.kinds.join(' AND ')}),
    count(*) FILTER (kind BETWEEN ${SPELL_VIEWS.in_massnahmen.kinds.join(' AND ')}),
    count(*) FILTER (kind = ${PERSON_KIND})
    FROM ${SPELLS_TABLE}`);
  const [elb, beschaeftigungen, massnahmen, persons] = counted.getRows()[0]!.map(Number);
  return (
    elb === sources.elb_zeiten.rows &&
    beschaeftigungen === sources.beschaeftigungen.rows &&
    massnahmen === sources.massnahmen.rows &&
    persons === 0
  );
}
