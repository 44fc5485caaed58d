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

/** A nullable `bis` DATE column as a day number, an open end as OPEN_END_DAY. */
export function endDayNumber(dateExpr: string): string {
  return `coalesce(${dayNumber(dateExpr)}, ${OPEN_END_DAY})`;
}
