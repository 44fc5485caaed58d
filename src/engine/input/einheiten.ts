/** Loads `einheiten` into `in_einheiten` and the id lookup `ld_unit_keys` used by the microdata. */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Einheit, InputProblem } from '../types.ts';
import { valueLayer, type Lookup } from './checks.ts';
import { checkTree, type UnitRow } from './einheiten-tree.ts';
import { reportProblems } from './problem-list.ts';
import type { Source } from './source.ts';

export const UNIT_KEYS = 'ld_unit_keys';

export interface LoadedUnits {
  einheiten: Einheit[];
  problems: InputProblem[];
  /** Cycles in the tree: the input is unusable even when invalid rows are skipped. */
  fatal: InputProblem[];
  /** einheit_id → uid (NULL: the unit's row was left out), with column `leaf`. */
  lookup: Lookup;
}

export async function loadEinheiten(
  connection: DuckDBConnection,
  source: Source,
  skipInvalid: boolean,
): Promise<LoadedUnits> {
  const layer = valueLayer(source, { id: 'text', name: 'text', ebene: 'text', parent_id: 'text' });
  const read = await connection.runAndReadAll(
    `SELECT __row, t_id, t_name, t_ebene, t_parent_id FROM ${layer} ORDER BY __row`,
  );
  const rows: UnitRow[] = read.getRowsJS().map(([row, id, name, ebene, parentId]) => ({
    row: Number(row),
    id: id as string | null,
    name: name as string | null,
    ebene: ebene as string | null,
    parentId: parentId as string | null,
  }));
  const tree = checkTree(rows, source.file, skipInvalid);
  await connection.run(
    `CREATE OR REPLACE TABLE in_einheiten (uid INTEGER, id VARCHAR, name VARCHAR, ebene VARCHAR, parent_uid INTEGER)`,
  );
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE ${UNIT_KEYS} (key VARCHAR, uid INTEGER, leaf BOOLEAN)`,
  );
  const uidOf = new Map(tree.kept.map((e, uid) => [e.id, uid]));
  const units = await connection.createAppender('in_einheiten');
  tree.kept.forEach((e, uid) => {
    units.appendInteger(uid);
    units.appendVarchar(e.id);
    units.appendVarchar(e.name);
    units.appendVarchar(e.ebene);
    if (e.parentId === null) units.appendNull();
    else units.appendInteger(uidOf.get(e.parentId)!);
    units.endRow();
  });
  units.closeSync();
  const keys = await connection.createAppender(UNIT_KEYS, 'main', 'temp');
  for (const k of tree.keys) {
    keys.appendVarchar(k.key);
    if (k.uid === null) keys.appendNull();
    else keys.appendInteger(k.uid);
    keys.appendBoolean(k.leaf);
    keys.endRow();
  }
  keys.closeSync();
  return {
    einheiten: tree.kept,
    problems: await reportProblems(source, tree.problems, tree.problems.length, skipInvalid),
    fatal: await reportProblems(source, tree.cycles, tree.cycles.length, false),
    lookup: { table: UNIT_KEYS, key: 'key', value: 'uid', file: source.file },
  };
}
