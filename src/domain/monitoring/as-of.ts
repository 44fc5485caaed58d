/**
 * The date targets are judged as of. A view "Stand der Zahlen: Ende Juni" judges milestones
 * against 30 June, not against the day it is read: the web application, the monitoring report
 * and the dialogue agenda all take it from here.
 */

/** The last day of a month, ISO (YYYY-MM-DD). */
export function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** today, or the end of `untilMonth` of the agreement year when that is earlier. */
export function asOfDate(year: number, untilMonth: number | undefined, today: string): string {
  if (untilMonth === undefined) return today;
  const end = lastDayOfMonth(year, untilMonth);
  return end < today ? end : today;
}

/** Whether the agreement year has ended as of `asOf` (before that a target is still offen). */
export function periodEnded(year: number, asOf: string): boolean {
  return asOf > `${year}-12-31`;
}
