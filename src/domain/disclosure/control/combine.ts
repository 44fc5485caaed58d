/**
 * One release across Datenstände (docs/disclosure-control.md): a series-year withheld in the plan
 * of any Datenstand is withheld in all of them, as strictly as the strictest — otherwise a month
 * shown in one Datenstand and the year total shown in the next give the withheld month away.
 * The combined plan shows a subset of what the own plan shows (its shown months and Kennzahlen,
 * proved by its own audit, where the others leave them), so each Datenstand stays as safe as its
 * own plan made it. Each plan is closed under the lines (release-plan.ts), so their union is too.
 */
import type { ReleasePlan } from './release-plan.ts';
import type { SeriesYearStatus } from './series-year.ts';

const STRICTNESS: Record<SeriesYearStatus, number> = { monate: 0, jahr: 1, keine: 2 };

export function combineReleasePlans(own: ReleasePlan, all: readonly ReleasePlan[]): ReleasePlan {
  return {
    units: own.units,
    status: (u, s, q, y) =>
      all.reduce<SeriesYearStatus>(
        (strictest, plan) => {
          const status = plan.status(u, s, q, y);
          return STRICTNESS[status] > STRICTNESS[strictest] ? status : strictest;
        },
        own.status(u, s, q, y),
      ),
    has: own.has,
    derivedShown: own.derivedShown,
    derivedKennzahl: own.derivedKennzahl,
  };
}
