/**
 * Row checks as SQL. A check is a condition that is true when a row has the problem, and the
 * sentence that names it with the offending value. Checks read the value layer `v` of a source:
 * per column `e_` (empty), `t_` (text), `p_` (parsed: date, month, or amount as an exact number).
 */
import type { Source } from './source.ts';
import {
  asAmount,
  asDate,
  asMonth,
  asText,
  isEmpty,
  quoted,
  sqlName,
  sqlString,
} from './sql-values.ts';

export interface Check {
  column: string;
  /** SQL boolean, true when the row has this problem (NULL counts as no problem). */
  when: string;
  /** SQL VARCHAR: the problem sentence. `{line}` in it stands for the line of row `ref`. */
  message: string;
  /** SQL BIGINT: another data row the sentence points to (a duplicate's first occurrence). */
  ref?: string;
  /** false: the row is left out, but not reported unless invalid rows are skipped (a cascade). */
  report: boolean;
}

export type ValueKind = 'text' | 'date' | 'month' | 'amount';

/** Where a value layer reads from: a source, or a table derived from one with the same column types. */
export type Relation = Pick<Source, 'relation' | 'types'>;

/**
 * The value layer: one subquery, aliased `v`, that every check and output column reads. Columns
 * not named in `kinds` but in `passThrough` are handed on as they are. DuckDB computes only
 * what a statement uses, so a statement pays for the parsed values it reads.
 */
export function valueLayer(
  source: Relation,
  kinds: Readonly<Record<string, ValueKind>>,
  passThrough: readonly string[] = [],
): string {
  const parts = ['__row', ...passThrough.map(sqlName)];
  for (const [column, kind] of Object.entries(kinds)) {
    const ref = sqlName(column);
    const type = source.types[column]!;
    parts.push(`${isEmpty(ref, type)} AS e_${column}`, `${asText(ref, type)} AS t_${column}`);
    if (kind === 'date') parts.push(`${asDate(ref, type)} AS p_${column}`);
    if (kind === 'month') parts.push(`${asMonth(ref, type)} AS p_${column}`);
    if (kind === 'amount') parts.push(`${asAmount(ref, type)} AS p_${column}`);
  }
  return `(SELECT ${parts.join(', ')} FROM ${source.relation}) v`;
}

const value = (column: string) => quoted(`v.t_${column}`);

export function required(column: string): Check {
  return { column, when: `v.e_${column}`, message: sqlString(`${column} is empty`), report: true };
}

export function validDate(column: string): Check {
  return {
    column,
    when: `NOT v.e_${column} AND v.p_${column} IS NULL`,
    message: `${sqlString(`${column} `)} || ${value(column)} || ' is not a valid date (YYYY-MM-DD)'`,
    report: true,
  };
}

export function validMonth(column: string): Check {
  return {
    column,
    when: `NOT v.e_${column} AND v.p_${column} IS NULL`,
    message: `${sqlString(`${column} `)} || ${value(column)} || ' is not a month (YYYY-MM)'`,
    report: true,
  };
}

/** An amount in euro: a number, not negative (kennzahlen.md §1 "negative amount"). */
export function validAmount(column: string): Check[] {
  return [
    {
      column,
      when: `NOT v.e_${column} AND v.p_${column} IS NULL`,
      message: `${sqlString(`${column} `)} || ${value(column)} || ' is not an amount (a number with . as decimal point and at most 6 decimals)'`,
      report: true,
    },
    {
      column,
      when: `v.p_${column} < 0`,
      message: `${sqlString(`${column} `)} || ${value(column)} || ' is negative'`,
      report: true,
    },
  ];
}

export function oneOf(column: string, codes: readonly string[]): Check {
  return {
    column,
    when: `NOT v.e_${column} AND v.t_${column} NOT IN (${codes.map(sqlString).join(', ')})`,
    message: `${sqlString(`${column} `)} || ${value(column)} || ${sqlString(` is not one of ${codes.join(', ')}`)}`,
    report: true,
  };
}

/** `bis` (inclusive) before `von`; an empty `bis` is open (kennzahlen.md §1). */
export function notBefore(from: string, to: string): Check {
  return {
    column: to,
    when: `v.p_${to} < v.p_${from}`,
    message: `${sqlString(`${to} `)} || strftime(v.p_${to}, '%Y-%m-%d') || ${sqlString(` is before ${from} `)} || strftime(v.p_${from}, '%Y-%m-%d')`,
    report: true,
  };
}

/**
 * Ids of another file, joined as `alias`: `table` has a row per kept id with its `value`;
 * `table` rows with a NULL value, or the ids in `skipped` (a table with column `key`), are ids
 * whose row was left out. An unknown id is a problem; an id whose row was left out makes this
 * row go too, reported only when invalid rows are skipped (otherwise the other row's problem
 * is the one to fix).
 */
export interface Lookup {
  table: string;
  key: string;
  value: string;
  skipped?: string;
  /** File name of the referenced file, for the sentence. */
  file: string;
}

/** A lookup of ids joined to the value layer: the row's `column` looked up as `alias`. */
export interface LookupJoin {
  lookup: Lookup;
  alias: string;
  column: string;
}

/**
 * The join of a lookup. `inner` serves the statement that keeps the passing rows only: a row
 * without a match fails its reference check anyway, and an inner join is cheaper.
 */
export function lookupJoin({ lookup, alias, column }: LookupJoin, inner: boolean): string {
  const main = `${inner ? 'JOIN' : 'LEFT JOIN'} ${lookup.table} ${alias} ON ${alias}.${lookup.key} = v.t_${column}`;
  return lookup.skipped
    ? `${main} LEFT JOIN ${lookup.skipped} ${alias}_s ON ${alias}_s.key = v.t_${column}`
    : main;
}

export function reference({ lookup, alias, column }: LookupJoin, skipInvalid: boolean): Check[] {
  const inSkipped = lookup.skipped ? `${alias}_s.key IS NOT NULL` : 'false';
  return [
    {
      column,
      when: `NOT v.e_${column} AND ${alias}.${lookup.key} IS NULL AND NOT (${inSkipped})`,
      message: `${sqlString(`${column} `)} || ${value(column)} || ${sqlString(` is not in ${lookup.file}`)}`,
      report: true,
    },
    {
      column,
      when: `(${alias}.${lookup.key} IS NOT NULL AND ${alias}.${lookup.value} IS NULL) OR ${inSkipped}`,
      message: `${sqlString(`${column} `)} || ${value(column)} || ${sqlString(` refers to a skipped row of ${lookup.file}`)}`,
      report: skipInvalid,
    },
  ];
}

/** Microdata reference the leaves of the tree (kennzahlen.md §1); `alias` joins ld_unit_keys. */
export function leafUnit(column: string, alias: string): Check {
  return {
    column,
    when: `${alias}.key IS NOT NULL AND NOT ${alias}.leaf`,
    message: `${sqlString(`${column} `)} || ${value(column)} || ' is not a leaf of the einheiten tree (it has sub-units)'`,
    report: true,
  };
}

/** Rows whose id appeared in an earlier row; `dups` holds (__row, first_row) of such rows. */
export function duplicate(column: string, dups: string): Check {
  return {
    column,
    when: `${dups}.first_row IS NOT NULL`,
    message: `${sqlString(`${column} `)} || ${value(column)} || ' appears more than once (first in line {line})'`,
    ref: `${dups}.first_row`,
    report: true,
  };
}

/** True where the row passes every check. */
export function allPass(checks: readonly Check[]): string {
  return checks.length === 0
    ? 'true'
    : `NOT coalesce(${checks.map((c) => `(${c.when})`).join(' OR ')}, false)`;
}
