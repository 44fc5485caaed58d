/**
 * A target split by sex (e.g. Integrationsquote der Frauen / der Männer): each part judged like a
 * target of its own, and the parts checked against the total (sex-split.ts) on the reference
 * year's stored figures (denominators as weights of a quota).
 */
import type { Target } from '../../domain/agreements/agreement.ts';
import type { LocalIndicator } from '../../domain/agreements/criteria.ts';
import { renderCriterion } from '../../domain/agreements/sentence.ts';
import { checkSexSplit } from '../../domain/agreements/sex-split.ts';
import { assessTarget } from '../../domain/monitoring/attainment.ts';
import type { TargetAssessment } from '../../domain/monitoring/types.ts';
import type { ServiceContext } from '../context.ts';
import { loadMetricSnapshot } from './metric-snapshot.ts';
import { metricOf, referenceYearOf } from '../../domain/agreements/metric-of.ts';
import { readValues } from '../values/protect-values.ts';

export interface SplitMonitoring {
  parts: { sex: 'm' | 'w'; sentence: string; assessment: TargetAssessment }[];
  /** German findings where the parts do not fit the total; empty when they do */
  findings: string[];
}

interface SplitContext {
  year: number;
  unitId: string;
  today: string;
  datenstand: 'latest' | number;
  subject: string;
  /** the agreement's local indicators, named in the parts' sentences */
  indicators: readonly LocalIndicator[];
}

export async function monitorSplit(
  ctx: ServiceContext,
  target: Target,
  c: SplitContext,
): Promise<SplitMonitoring> {
  const parts: SplitMonitoring['parts'] = [];
  const denominators: Partial<Record<'m' | 'w', number>> = {};
  const referenceValues: Partial<Record<'insgesamt' | 'm' | 'w', number>> = {};
  for (const part of target.split!.parts) {
    const metric = metricOf(part.criterion);
    const referenceYear = referenceYearOf(part.criterion, c.year);
    const loaded =
      metric === null
        ? null
        : await loadMetricSnapshot(
            ctx,
            {
              metric,
              unitId: c.unitId,
              year: c.year,
              referenceYear,
              datenstand: c.datenstand,
            },
            c.indicators,
          );
    const assessment = assessTarget(
      { ...target, split: null, criterion: part.criterion, values: { offer: null, path: null } },
      { today: c.today, year: c.year, snapshot: loaded?.snapshot ?? null, partStatuses: {} },
      undefined,
      { indicators: c.indicators },
    );
    parts.push({
      sex: part.sex,
      sentence: renderCriterion(part.criterion, {
        year: c.year,
        subject: c.subject,
        role: target.role,
        lead: target.lead,
        indicators: c.indicators,
      }),
      assessment,
    });
    const december = loaded?.snapshot.reference[11]?.value;
    if (december !== null && december !== undefined) referenceValues[part.sex] = december;
    if (metric?.source === 'kennzahl') {
      const [v] = await readValues(ctx, {
        unitIds: [c.unitId],
        kind: 'kennzahl',
        metrics: [metric.id],
        sex: [part.sex],
        from: `${referenceYear}-12`,
        to: `${referenceYear}-12`,
        datenstand: c.datenstand,
      });
      if (v?.nenner != null) denominators[part.sex] = v.nenner;
    }
  }
  const totalMetric = metricOf(target.criterion);
  if (totalMetric !== null) {
    const total = await loadMetricSnapshot(
      ctx,
      {
        metric: totalMetric,
        unitId: c.unitId,
        year: c.year,
        referenceYear: referenceYearOf(target.criterion, c.year),
        datenstand: c.datenstand,
      },
      c.indicators,
    );
    const december = total.snapshot.reference[11]?.value;
    if (december !== null && december !== undefined) referenceValues.insgesamt = december;
  }
  return {
    parts,
    findings: checkSexSplit({
      total: target.criterion!,
      split: target.split!,
      denominators,
      referenceValues,
    }),
  };
}
