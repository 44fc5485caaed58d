/** Writes the `personen` and `elb_zeiten` rows of a finished BG history. */
import { LAST_DAY } from './dates.ts';
import type { Household, Person } from './household.ts';
import type { Period } from './money.ts';
import type { Rows } from './rows.ts';

function writePerson(rows: Rows, p: Person, periods: readonly Period[], aeEnd: number): void {
  let any = false;
  for (const period of periods) {
    const von = Math.max(period.von, p.from);
    const bis = Math.min(period.bis, p.to);
    if (von > bis || von > LAST_DAY) continue;
    any = true;
    // The Hauptperson of an Alleinerziehenden-BG is flagged while a minor child lives in the BG.
    if (von <= aeEnd && bis > aeEnd && aeEnd < LAST_DAY) {
      rows.elb(p, period.leafId, period.bgId, von, aeEnd, true);
      rows.elb(p, period.leafId, period.bgId, aeEnd + 1, bis, false);
    } else {
      rows.elb(p, period.leafId, period.bgId, von, bis, von <= aeEnd);
    }
  }
  if (any) rows.person(p);
}

export function writeHousehold(
  rows: Rows,
  h: Household,
  periods: readonly Period[],
  aeEnd: number,
): void {
  writePerson(rows, h.hp, periods, aeEnd);
  if (h.partner !== null) writePerson(rows, h.partner, periods, -1);
  for (const c of h.children) if (c.person !== null) writePerson(rows, c.person, periods, -1);
}
