/** The disclosure control for figures of örtliche Jobcenter (docs/disclosure-control.md). */
export { planRelease, type ReleaseInput, type ReleasePlan } from './release-plan.ts';
export { combineReleasePlans } from './combine.ts';
export {
  kennzahlReleased,
  monthReleased,
  monthsRead,
  yearTotalReleased,
} from './kennzahl-release.ts';
export { PROTECTED, PROTECTED_SYMBOL, PROTECTION_NOTE, type ProtectionMark } from './mark.ts';
export { COUNT_QUANTITIES, type SeriesYearStatus } from './series-year.ts';
export { isSmallCount, MIN_CELL_COUNT } from './small-count.ts';
