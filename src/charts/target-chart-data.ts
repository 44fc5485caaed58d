/**
 * A target's chart data from the domain objects both the web application and the documents
 * have: the target (its criterion and Soll-Verlauf), the figures (MetricSnapshot) and the
 * assessment (forecast). Pure; the December threshold is the criterion's own (thresholds.ts).
 */
import type { Target } from '../domain/agreements/agreement.ts';
import { metricUnitOf } from '../domain/agreements/metric-name.ts';
import type { Criterion, LocalIndicator } from '../domain/agreements/criteria.ts';
import { figureCriterion, metricOf, referenceYearOf } from '../domain/agreements/metric-of.ts';
import { steeringLabelOf } from '../domain/monitoring/steering-values.ts';
import { criterionThreshold } from '../domain/monitoring/thresholds.ts';
import type { MetricSnapshot, TargetAssessment } from '../domain/monitoring/types.ts';
import { displayDecimalsOf } from '../domain/agreements/display-decimals.ts';
import type { TargetChartModel } from './target-chart-model.ts';

type Quantitative = Extract<
  Criterion,
  { kind: 'relative_aenderung' | 'absolut' | 'keine_erhoehung' }
>;

function isQuantitative(c: Criterion | null): c is Quantitative {
  return c?.kind === 'relative_aenderung' || c?.kind === 'absolut' || c?.kind === 'keine_erhoehung';
}

/** null for targets without figures (milestones, statistical, text-only composites). */
export function buildTargetChartModel(
  target: Pick<Target, 'criterion' | 'values'>,
  snapshot: MetricSnapshot | null,
  assessment: TargetAssessment | null,
  indicators?: readonly LocalIndicator[],
): TargetChartModel | null {
  const metric = metricOf(target.criterion);
  if (metric === null || snapshot === null) return null;
  const criterion = figureCriterion(target.criterion);
  const unit = metricUnitOf(metric, indicators);
  // named as in the month judged (JDW_LZB is a Jahresfortschrittswert before December)
  const named = { year: snapshot.year, month: assessment?.month ?? 12 };
  const decimals = isQuantitative(criterion)
    ? criterion.decimals
    : displayDecimalsOf(metric, indicators);
  const december = isQuantitative(criterion)
    ? criterionThreshold(criterion, snapshot, 12, unit)
    : null;
  const referenceYear = referenceYearOf(criterion, snapshot.year);
  const f = assessment?.forecast ?? null;
  return {
    title: `${steeringLabelOf(metric, indicators, named)} ${snapshot.year}`,
    unit,
    decimals,
    year: snapshot.year,
    referenceYear,
    current: snapshot.current.map((o) => o?.value ?? null),
    reference: snapshot.reference.map((o) => o?.value ?? null),
    path: target.values.path,
    threshold: december !== null && 'threshold' in december ? december.threshold.value : null,
    forecast:
      f === null || assessment?.final === true
        ? null
        : { value: f.value, low: f.low, high: f.high, fromMonth: f.fromMonth, level: f.level },
  };
}
