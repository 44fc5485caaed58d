/** The one-join path of personen and the spell files must give what the per-file path gives. */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DuckDBConnection } from '@duckdb/node-api';
import { loadEinheiten } from './einheiten.ts';
import { findInputFiles, type InputName } from './input-files.ts';
import { loadPersonsAndSpells } from './person-spells.ts';
import { loadPersonen } from './personen.ts';
import { openSource, type Source } from './source.ts';
import { loadBeschaeftigungen, loadElb, loadMassnahmen } from './spells.ts';
import {
  inputFolder,
  removeInputFolders,
  rows,
  tableNames,
  withConnection,
} from './test-support.ts';

after(removeInputFolders);

const TABLES = ['in_personen', 'in_elb', 'in_beschaeftigungen', 'in_massnahmen'];

async function openAll(
  connection: DuckDBConnection,
  dir: string,
): Promise<(name: InputName) => Source> {
  const sources = new Map<InputName, Source>();
  for (const [name, file] of findInputFiles(dir).files)
    sources.set(name, (await openSource(connection, file)).source!);
  return (name) => sources.get(name)!;
}

async function tryOneJoin(connection: DuckDBConnection, dir: string): Promise<boolean> {
  const source = await openAll(connection, dir);
  const units = await loadEinheiten(connection, source('einheiten'), false);
  const sources = {
    personen: source('personen'),
    elb_zeiten: source('elb_zeiten'),
    beschaeftigungen: source('beschaeftigungen'),
    massnahmen: source('massnahmen'),
  };
  return loadPersonsAndSpells(connection, sources, units.lookup);
}

/** Rows and column types of the four tables, for comparing the two paths. */
async function snapshot(connection: DuckDBConnection): Promise<unknown> {
  const out: Record<string, unknown> = {};
  for (const table of TABLES) {
    out[table] = {
      rows: await rows(connection, `SELECT * FROM ${table} ORDER BY ALL`),
      types: await rows(
        connection,
        `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '${table}' ORDER BY ordinal_position`,
      ),
    };
  }
  return out;
}

test('on the valid fixture one join gives the tables of the per-file path', async () => {
  // A fixture with every spell kind: elb with and without AE, open and closed bis, svb and
  // geringfügig, aktiv and öffentlich gefördert (fixtures/valid).
  const dir = inputFolder();
  const oneJoin = await withConnection(async (connection) => {
    assert.equal(await tryOneJoin(connection, dir), true);
    return snapshot(connection);
  });
  const perFile = await withConnection(async (connection) => {
    const source = await openAll(connection, dir);
    const units = await loadEinheiten(connection, source('einheiten'), false);
    const persons = await loadPersonen(connection, source('personen'), false);
    const lookups = { persons: persons.lookup, units: units.lookup };
    const problems = [
      ...(await loadElb(connection, source('elb_zeiten'), lookups, false)),
      ...(await loadBeschaeftigungen(connection, source('beschaeftigungen'), lookups, false)),
      ...(await loadMassnahmen(connection, source('massnahmen'), lookups, false)),
    ];
    assert.deepEqual([...persons.problems, ...problems], []);
    return snapshot(connection);
  });
  assert.deepEqual(oneJoin, perFile);
});

/** Inputs with one problem each that only the join can see; the one-join path must give up on each. */
const ONLY_THE_JOIN_SEES = {
  // P2 twice; no spell refers to P2 at all, so only the person rows meeting each other show it.
  'a duplicate person id': {
    'personen.csv':
      'person_id,geschlecht,geburtsdatum\nP1,m,1980-05-17\nP2,w,1975-02-28\nP3,d,2001-12-01\nP4,,1990-01-01\nP2,m,1970-01-01\n',
    'elb_zeiten.csv':
      'person_id,einheit_id,bg_id,von,bis,alleinerziehend\nP1,J1,B1,2014-01-01,,0\n',
    'beschaeftigungen.csv': 'person_id,art,von,bis\n',
    'massnahmen.csv': 'person_id,kategorie,instrument,von,bis\n',
  },
  'an unknown person in beschaeftigungen': {
    'beschaeftigungen.csv': 'person_id,art,von,bis\nP1,svb,2014-07-01,\nP8,svb,2014-07-01,\n',
  },
  'an unknown person in massnahmen': {
    'massnahmen.csv': 'person_id,kategorie,instrument,von,bis\nP9,aktiv,,2014-06-01,\n',
  },
  'an unknown unit in elb_zeiten': {
    'elb_zeiten.csv':
      'person_id,einheit_id,bg_id,von,bis,alleinerziehend\nP1,J7,B1,2014-01-01,,0\n',
  },
};

for (const [what, files] of Object.entries(ONLY_THE_JOIN_SEES)) {
  test(`${what}: the one-join path gives up and leaves no table behind`, () =>
    withConnection(async (connection) => {
      assert.equal(await tryOneJoin(connection, inputFolder(files)), false);
      const left = (await tableNames(connection)).filter((t) => t.startsWith('in_'));
      assert.deepEqual(left, ['in_einheiten']);
    }));
}
