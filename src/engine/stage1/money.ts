/**
 * LLU and LUH (kennzahlen.md §2): sums of `llu` and `luh` over the `leistungen` rows of a unit and
 * month (rows with the same bg_id, einheit_id and monat add up), exact in DECIMAL, 0 for a month
 * without rows. Money is not split by sex, so it counts in `insgesamt` only.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { QuantityCube } from '../quantity-cube.ts';

export async function addMoney(connection: DuckDBConnection, cube: QuantityCube): Promise<void> {
  const result = await connection.runAndReadAll(`
    SELECT uid, CAST(year(monat) * 12 + month(monat) - 1 AS INTEGER) AS mi,
      CAST(sum(llu) AS DOUBLE) AS llu, CAST(sum(luh) AS DOUBLE) AS luh
    FROM in_leistungen GROUP BY ALL`);
  for (const [uid, mi, lluSum, luhSum] of result.getRowsJS()) {
    const k = Number(mi) - cube.first;
    cube.addMoney('LLU', Number(uid), k, Number(lluSum));
    cube.addMoney('LUH', Number(uid), k, Number(luhSum));
  }
}
