/**
 * SQL building blocks of stage 1. Days are INTEGER day numbers since 1970-01-01, months are
 * absolute month indexes (year·12 + month − 1, as `monthIndex` in src/domain/shared/month.ts),
 * so that interval arithmetic is integer arithmetic.
 */
import { OPEN_END_DAY } from './calendar.ts';

/** A DATE column as a day number. */
export function dayNumber(dateExpr: string): string {
  return `CAST(${dateExpr} - DATE '1970-01-01' AS INTEGER)`;
}

/**
 * A nullable `bis` DATE column with an open end as the day OPEN_END_DAY, still a DATE: a DuckDB
 * DATE is stored as its day number, so DATE columns are read as day numbers as they are.
 */
export function endDay(dateExpr: string): string {
  return `coalesce(${dateExpr}, DATE '1970-01-01' + ${OPEN_END_DAY})`;
}
