/**
 * The withheld figures one viewer fetched: base quantities of persons or events, and Kennzahlen
 * resting on counts, that no source showed. Each with the cells that make up its counts.
 */
import type { Sex } from '../../kpi/catalog.ts';
import { countExpressions, restsOnCounts, type CountExpression } from './count-basis.ts';
import type { WithholdReason } from './figures.ts';
import { PERSON_QUANTITIES, type Model } from './model.ts';

export interface Target {
  kind: 'grundgroesse' | 'kennzahl';
  unitId: string;
  sex: Sex;
  metric: string;
  month: number;
  reasons: WithholdReason[];
  counts: CountExpression[];
}

export function withheldTargets(model: Model): Target[] {
  const persons = new Set<string>(PERSON_QUANTITIES);
  const out: Target[] = [];
  for (const [key, entry] of model.facts.entries) {
    if (entry.shown !== null || entry.reasons.length === 0) continue;
    const [kind, unitId, sex, metric, month] = key.split('|') as [
      Target['kind'],
      string,
      Sex,
      string,
      string,
    ];
    const m = Number(month);
    if (kind === 'grundgroesse' && persons.has(metric))
      out.push({
        kind,
        unitId,
        sex,
        metric,
        month: m,
        reasons: entry.reasons,
        counts: [{ terms: [[model.cell(unitId, sex, metric as never, m), 1]], scale: 1 }],
      });
    else if (kind === 'kennzahl' && restsOnCounts(metric))
      out.push({
        kind,
        unitId,
        sex,
        metric,
        month: m,
        reasons: entry.reasons,
        counts: countExpressions(model, unitId, sex, metric, m),
      });
  }
  return out;
}

/** the distinct cells of a target's counts */
export function targetCells(target: Target): number[] {
  return [...new Set(target.counts.flatMap((e) => e.terms.map(([cell]) => cell)))];
}
