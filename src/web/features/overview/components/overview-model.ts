/** Pure helpers of the overview: the default year, filtering and the order of rows. */
import type { AgreementSummary, UnitView } from '../../../lib/types.ts';
import { indexUnits } from '../../../lib/shared-queries.ts';

/** The newest year with a signed or assessed agreement (the year being monitored), else the newest year. */
export function defaultYear(agreements: readonly AgreementSummary[]): number | undefined {
  const running = agreements
    .filter((a) => a.status === 'unterzeichnet' || a.status === 'bewertet')
    .map((a) => a.year);
  const years = running.length > 0 ? running : agreements.map((a) => a.year);
  return years.length === 0 ? undefined : Math.max(...years);
}

export function yearsOf(agreements: readonly AgreementSummary[]): number[] {
  return [...new Set(agreements.map((a) => a.year))].sort((a, b) => b - a);
}

export interface OverviewRow {
  agreement: AgreementSummary;
  /** 0: steering level (Land – Träger), 1: cascaded (Träger – örtliches Jobcenter) */
  depth: number;
}

/** Steering agreements first, each followed by the agreements derived from it, by name. */
export function arrangeRows(
  agreements: readonly AgreementSummary[],
  units: readonly UnitView[],
  filter: { land?: string; traeger?: string },
): OverviewRow[] {
  const { isWithin } = indexUnits(units);
  const scope = filter.traeger ?? filter.land;
  const shown = agreements.filter((a) => scope === undefined || isWithin(a.unit.id, scope));
  const ids = new Set(shown.map((a) => a.id));
  const byName = (a: AgreementSummary, b: AgreementSummary) =>
    a.unit.name.localeCompare(b.unit.name, 'de');
  const roots = shown
    .filter((a) => a.parentAgreementId === null || !ids.has(a.parentAgreementId))
    .sort(byName);
  return roots.flatMap((root) => [
    { agreement: root, depth: 0 },
    ...shown
      .filter((a) => a.parentAgreementId === root.id)
      .sort(byName)
      .map((agreement) => ({ agreement, depth: 1 })),
  ]);
}
