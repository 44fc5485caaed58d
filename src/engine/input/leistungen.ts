/**
 * `leistungen` → `in_leistungen(uid INTEGER, monat DATE, llu DECIMAL(38,6), luh DECIMAL(38,6))`,
 * one row per leaf unit and month. Rows of the same unit and month are added up here (§1: rows
 * with the same bg_id, einheit_id, monat add up; §2 reads only the sums per unit and month): at
 * ~160 million rows a per-row table would cost more time and memory than the whole computation
 * may take. Sums are exact (see asAmount).
 *
 * One scan groups the rows that pass the row checks (bg_id, llu, luh) by the raw einheit_id and
 * monat; the unit and month checks then run on the few groups. Only if rows are missing a second
 * scan lists the problem rows with every check.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import {
  allPass,
  leafUnit,
  lookupJoin,
  reference,
  required,
  validAmount,
  validMonth,
  valueLayer,
  type Lookup,
  type LookupJoin,
} from './checks.ts';
import { collectProblems } from './run-checks.ts';
import type { Source } from './source.ts';
import { amountSumToEuro } from './sql-values.ts';
import type { InputProblem } from '../types.ts';

const GROUPS = 'ld_leistungen_groups';

export async function loadLeistungen(
  connection: DuckDBConnection,
  source: Source,
  units: Lookup,
  skipInvalid: boolean,
): Promise<InputProblem[]> {
  const unit: LookupJoin = { lookup: units, alias: 'u', column: 'einheit_id' };
  const rowChecks = [
    required('bg_id'),
    required('llu'),
    ...validAmount('llu'),
    required('luh'),
    ...validAmount('luh'),
  ];
  const keyChecks = [
    required('einheit_id'),
    ...reference(unit, skipInvalid),
    leafUnit('einheit_id', 'u'),
    required('monat'),
    validMonth('monat'),
  ];
  const rowLayer = valueLayer(source, { bg_id: 'text', llu: 'amount', luh: 'amount' }, [
    'einheit_id',
    'monat',
  ]);
  await connection.run(`CREATE OR REPLACE TEMP TABLE ${GROUPS} AS
    SELECT v.einheit_id, v.monat, count(*) AS n, sum(v.p_llu) AS llu, sum(v.p_luh) AS luh
    FROM ${rowLayer} WHERE ${allPass(rowChecks)} GROUP BY ALL`);
  const groups = {
    types: source.types,
    relation: `(SELECT 0 AS __row, einheit_id, monat, n, llu, luh FROM ${GROUPS})`,
  };
  const keyLayer = valueLayer(groups, { einheit_id: 'text', monat: 'month' }, ['n', 'llu', 'luh']);
  await connection.run(`CREATE OR REPLACE TABLE in_leistungen AS
    SELECT u.uid, v.p_monat AS monat, ${amountSumToEuro('sum(v.llu)', source.types.llu!)} AS llu,
      ${amountSumToEuro('sum(v.luh)', source.types.luh!)} AS luh, sum(v.n) AS __n
    FROM ${keyLayer} ${lookupJoin(unit, true)} WHERE ${allPass(keyChecks)} GROUP BY ALL ORDER BY ALL`);
  const counted = await connection.runAndReadAll(`SELECT coalesce(sum(__n), 0) FROM in_leistungen`);
  await connection.run(`ALTER TABLE in_leistungen DROP COLUMN __n`);
  if (Number(counted.getRows()[0]![0]) === source.rows) return [];
  const checks = [rowChecks[0]!, ...keyChecks, ...rowChecks.slice(1)];
  const layer = valueLayer(source, {
    bg_id: 'text',
    einheit_id: 'text',
    monat: 'month',
    llu: 'amount',
    luh: 'amount',
  });
  return (
    await collectProblems(connection, { source, layer, lookups: [unit], checks, skipInvalid })
  ).problems;
}
