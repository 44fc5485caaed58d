/**
 * What a target is measured on and which year it is compared with — written once, for the
 * monitoring, the charts, the documents, the cascade and the sex split alike.
 */
import type { Criterion, Metric } from './criteria.ts';

/** The criterion that carries the figures: a composite's rule, else the criterion itself. */
export function figureCriterion(criterion: Criterion | null): Criterion | null {
  return criterion?.kind === 'zusammengesetzt' ? figureCriterion(criterion.rule) : criterion;
}

/** The metric a criterion is measured on, if any (composite rules included). */
export function metricOf(criterion: Criterion | null): Metric | null {
  const c = figureCriterion(criterion);
  return c !== null && 'metric' in c ? c.metric : null;
}

/**
 * The year a criterion compares with (kennzahlen.md §4: the previous year, unless a relative
 * change names its own reference year). `year` is the agreement year.
 */
export function referenceYearOf(criterion: Criterion | null, year: number): number {
  const c = figureCriterion(criterion);
  return referenceYearFrom(c?.kind === 'relative_aenderung' ? c.referenceYear : null, year);
}

/** The reference year from an agreed one (null = the previous year). */
export function referenceYearFrom(referenceYear: number | null, year: number): number {
  return referenceYear ?? year - 1;
}
