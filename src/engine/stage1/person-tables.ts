/**
 * The microdata as per-person integer columns for the per-person pass (person-pass.ts): one
 * streamed query per table, codes turned into small integers by DuckDB, dates read as the day
 * numbers they are stored as; rows grouped by person with a counting sort. Days become Stichtag
 * months in the pass (StichtagMonths, calendar.ts), by table lookup.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { endDay } from './sql-helpers.ts';
import { forEachChunk, readGrouped, type Grouped } from './read-columns.ts';

/** Sex codes of the per-person pass; only the exact codes m and w are split (kennzahlen.md §2). */
export const SEX_CODE = { m: 0, w: 1, other: 2 } as const;
/**
 * Spell kinds: 0 svb, 1 ausbildung, 2 selbstaendig (the tie order of §2), 3 geringfügig — the
 * starts of employment; 4 öffentlich gefördert — a start and aktive Arbeitsförderung; 5 aktiv —
 * aktive Arbeitsförderung only; 6 an svb row that begins on a day covered by a massnahmen row of
 * kategorie oeffentlich_gefoerdert of the same person — no start (publicly funded employment is
 * no integration, contract version 2 §2), but svb for the follow-up checks. An ausbildung or
 * selbstaendig row beginning on such a day is no candidate either and counts for nothing, so it
 * is not read. Beschäftigung begleitende Leistungen count for nothing.
 */
export const SPELL_KIND = {
  svb: 0,
  ausbildung: 1,
  selbstaendig: 2,
  geringfuegig: 3,
  oeffentlich_gefoerdert: 4,
  aktiv: 5,
  svb_gefoerdert: 6,
} as const;
/** Spells of kind ≤ LAST_START are starts, those of kind FIRST_ACTIVE … LAST_ACTIVE aktive Arbeitsförderung. */
export const LAST_START = SPELL_KIND.oeffentlich_gefoerdert;
export const FIRST_ACTIVE = SPELL_KIND.oeffentlich_gefoerdert;
export const LAST_ACTIVE = SPELL_KIND.aktiv;
/** The arts whose start is an integration unless publicly funded (§2). */
const INTEGRATION_ARTS = "('svb', 'ausbildung', 'selbstaendig')";

export const LZB_MIN_AGE_YEARS = 17;

export interface PersonTables {
  personCount: number;
  sex: Int8Array;
  /** Day number of the 17th birthday; 29 February counts as 1 March (§2). */
  age17: Int32Array;
  /** eLb periods (rows of person p: start[p] … start[p+1]−1): unit, AE flag, file line, von/bis days (open bis: OPEN_END_DAY). */
  elb: Grouped<{
    uid: Int32Array;
    ae: Uint8Array;
    line: Int32Array;
    von: Int32Array;
    bis: Int32Array;
  }>;
  /** beschaeftigungen and the massnahmen of aktive Arbeitsförderung, as SPELL_KIND and days. */
  spells: Grouped<{ kind: Uint8Array; von: Int32Array; bis: Int32Array }>;
}

const caseOf = (column: string, map: Record<string, number>) =>
  `CASE ${column} ${Object.entries(map)
    .map(([code, k]) => `WHEN '${code}' THEN ${k}`)
    .join(' ')} END`;

export async function readPersonTables(connection: DuckDBConnection): Promise<PersonTables> {
  const [countRow] = (
    await connection.runAndReadAll('SELECT count(*)::INTEGER FROM in_personen')
  ).getRowsJS();
  const personCount = Number(countRow![0]);
  const sex = new Int8Array(personCount).fill(-1);
  const age17 = new Int32Array(personCount);
  let seen = 0;
  await forEachChunk(
    connection,
    `
    SELECT pid, CASE sex WHEN 'm' THEN ${SEX_CODE.m} WHEN 'w' THEN ${SEX_CODE.w} ELSE ${SEX_CODE.other} END AS sex,
      CASE WHEN month(geburtsdatum) = 2 AND day(geburtsdatum) = 29
        THEN make_date(year(geburtsdatum) + ${LZB_MIN_AGE_YEARS}, 3, 1)
        ELSE make_date(year(geburtsdatum) + ${LZB_MIN_AGE_YEARS}, month(geburtsdatum), day(geburtsdatum)) END AS age17
    FROM in_personen`,
    ['pid', 'sex', 'age17'],
    ([pids, codes, days], rowCount) => {
      seen += rowCount;
      for (let i = 0; i < rowCount; i++) {
        const pid = pids![i]!;
        if (!(pid >= 0 && pid < personCount) || sex[pid] !== -1)
          throw new Error('in_personen.pid must be dense 0…n−1');
        sex[pid] = codes![i]!;
        age17[pid] = days![i]!;
      }
    },
  );
  if (seen !== personCount) throw new Error('in_personen.pid must be dense 0…n−1');
  const elb = await readGrouped<PersonTables['elb']['rows']>(
    connection,
    `
    SELECT pid, uid, CAST(ae AS UTINYINT) AS ae, CAST(line AS INTEGER) AS line, von, ${endDay('bis')} AS bis FROM in_elb`,
    'pid',
    { uid: Int32Array, ae: Uint8Array, line: Int32Array, von: Int32Array, bis: Int32Array },
    personCount,
  );
  const { aktiv, oeffentlich_gefoerdert: oeg, svb_gefoerdert, ...employment } = SPELL_KIND;
  // Starts on a day covered by a publicly funded measure of the same person (von ≤ day ≤ bis,
  // an open bis covers every later day), found by one join of the two tables.
  const spells = await readGrouped<PersonTables['spells']['rows']>(
    connection,
    `
    WITH gefoerdert AS (
      SELECT DISTINCT b.pid, b.von FROM in_beschaeftigungen b
      JOIN in_massnahmen g ON g.pid = b.pid AND g.kategorie = 'oeffentlich_gefoerdert'
        AND g.von <= b.von AND b.von <= ${endDay('g.bis')}
      WHERE b.art IN ${INTEGRATION_ARTS})
    SELECT b.pid,
      CAST(CASE WHEN f.pid IS NULL THEN ${caseOf('b.art', employment)} ELSE ${svb_gefoerdert} END AS UTINYINT) AS kind,
      b.von, ${endDay('b.bis')} AS bis
    FROM in_beschaeftigungen b
    LEFT JOIN gefoerdert f ON f.pid = b.pid AND f.von = b.von AND b.art IN ${INTEGRATION_ARTS}
    WHERE f.pid IS NULL OR b.art = 'svb'
    UNION ALL
    SELECT pid, CAST(${caseOf('kategorie', { aktiv, oeffentlich_gefoerdert: oeg })} AS UTINYINT), von, ${endDay('bis')} FROM in_massnahmen
    WHERE kategorie IN ('aktiv', 'oeffentlich_gefoerdert')`,
    'pid',
    { kind: Uint8Array, von: Int32Array, bis: Int32Array },
    personCount,
  );
  return { personCount, sex, age17, elb, spells };
}
