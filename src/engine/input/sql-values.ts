/**
 * SQL expressions that turn one input column, of whatever type the file gives it, into the value
 * the contract of kennzahlen.md §1 means. CSV columns are VARCHAR; Parquet columns may also be
 * integers, DOUBLE, DECIMAL, DATE or BOOLEAN. Every expression yields NULL where the value is
 * missing or unusable, so that checks can be plain SQL over whole columns.
 */

/** A SQL string literal. */
export function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** A quoted SQL identifier. */
export function sqlName(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

type TypeClass = 'text' | 'integer' | 'floating' | 'decimal' | 'date' | 'boolean' | 'other';

function typeClass(type: string): TypeClass {
  if (type === 'VARCHAR') return 'text';
  if (/^U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)$/.test(type)) return 'integer';
  if (type === 'DOUBLE' || type === 'FLOAT') return 'floating';
  if (type.startsWith('DECIMAL')) return 'decimal';
  if (type === 'DATE') return 'date';
  if (type === 'BOOLEAN') return 'boolean';
  return 'other';
}

/** True where the cell is empty (NULL, or the empty string in a text column). */
export function isEmpty(ref: string, type: string): string {
  return typeClass(type) === 'text' ? `(${ref} IS NULL OR ${ref} = '')` : `(${ref} IS NULL)`;
}

/**
 * The cell as text, NULL when empty. Ids are strings (§1), so a Parquet integer 7 and a CSV "7"
 * are the same id; a whole DOUBLE or DECIMAL reads like the integer, a BOOLEAN as 1/0.
 */
export function asText(ref: string, type: string): string {
  switch (typeClass(type)) {
    case 'text':
      return `NULLIF(${ref}, '')`;
    case 'floating':
      return `CASE WHEN isfinite(${ref}) AND ${ref} = trunc(${ref}) AND abs(${ref}) < 1e15 THEN CAST(CAST(${ref} AS BIGINT) AS VARCHAR) ELSE CAST(${ref} AS VARCHAR) END`;
    case 'decimal':
      return `CASE WHEN ${ref} = trunc(${ref}) THEN CAST(CAST(${ref} AS HUGEINT) AS VARCHAR) ELSE CAST(${ref} AS VARCHAR) END`;
    case 'date':
      return `strftime(${ref}, '%Y-%m-%d')`;
    case 'boolean':
      return `CASE WHEN ${ref} THEN '1' WHEN NOT ${ref} THEN '0' END`;
    default:
      return `CAST(${ref} AS VARCHAR)`;
  }
}

/** A calendar date written YYYY-MM-DD; a DATE column as it is. */
export function asDate(ref: string, type: string): string {
  if (typeClass(type) === 'date') return ref;
  const text = asText(ref, type);
  return `CASE WHEN regexp_full_match(${text}, '[0-9]{4}-[0-9]{2}-[0-9]{2}') THEN TRY_CAST(${text} AS DATE) END`;
}

/** A month written YYYY-MM, as the DATE of its first day; a DATE column only if it is a first day. */
export function asMonth(ref: string, type: string): string {
  if (typeClass(type) === 'date') return `CASE WHEN day(${ref}) = 1 THEN ${ref} END`;
  const text = asText(ref, type);
  return `CASE WHEN regexp_full_match(${text}, '[0-9]{4}-[0-9]{2}') THEN TRY_CAST(${text} || '-01' AS DATE) END`;
}

/**
 * An amount in euro as an exact number whose sum `amountSumToEuro` turns into DECIMAL(38,6)
 * (§3 "computed exactly"). Integer and DECIMAL columns are summed as they are (no per-row cast);
 * a DOUBLE becomes BIGINT micro-euro (1e-6 €), rounded, which is exact to sum and much cheaper
 * than a per-row DECIMAL cast; text must be a plain decimal number with `.` and at most six
 * decimals. NULL where the value is no usable amount.
 */
export function asAmount(ref: string, type: string): string {
  switch (typeClass(type)) {
    case 'floating':
      // The cast rounds to the nearest micro-euro; NaN, ±inf and beyond ±9.2e12 € give NULL.
      return `TRY_CAST(${ref} * 1000000 AS BIGINT)`;
    case 'integer':
      return ref;
    case 'decimal':
      return decimalScale(type) <= 6 ? ref : `TRY_CAST(${ref} AS DECIMAL(38,6))`;
    case 'text':
      return `CASE WHEN regexp_full_match(${ref}, '-?[0-9]+(\\.[0-9]{1,6})?') THEN TRY_CAST(${ref} AS DECIMAL(38,6)) END`;
    default:
      return 'CAST(NULL AS DECIMAL(38,6))';
  }
}

/** The sum of `asAmount` values of a column of type `type`, in euro as DECIMAL(38,6). */
export function amountSumToEuro(sum: string, type: string): string {
  // Micro-euro back to euro without DOUBLE: ×0.000001 in DECIMAL is exact.
  if (typeClass(type) === 'floating')
    return `CAST(CAST(${sum} AS DECIMAL(38,6)) * 0.000001 AS DECIMAL(38,6))`;
  return `CAST(${sum} AS DECIMAL(38,6))`;
}

function decimalScale(type: string): number {
  const match = /^DECIMAL\(\d+,(\d+)\)$/.exec(type);
  return match ? Number(match[1]) : 0;
}

/** A value as it appears in a problem sentence: in double quotes, cut after 60 characters. */
export function quoted(text: string): string {
  return `('"' || CASE WHEN length(${text}) > 60 THEN left(${text}, 57) || '...' ELSE ${text} END || '"')`;
}
