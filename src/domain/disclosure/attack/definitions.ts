/**
 * The sums the Kennzahlen are made of, as identities between cells (always true, no figure
 * needed): S12:Q(m) = Q(m−11) + … + Q(m), so S12:Q(m) − S12:Q(m−1) = Q(m) − Q(m−12); and
 * YTD:Q(m) = YTD:Q(m−1) + Q(m), YTD:Q(January) = Q(January).
 */
import type { Sex } from '../../kpi/catalog.ts';
import { equation, type Constraint } from './constraint.ts';
import { isJanuary, SUMMED_12, SUMMED_YTD, type Model } from './model.ts';

export function definitions(model: Model): Constraint[] {
  const out: Constraint[] = [];
  for (const unitId of model.facts.unitIds)
    for (const sex of model.sexes) {
      for (const m of model.sumMonths()) {
        twelveMonthSums(model, unitId, sex, m, out);
        yearToDateSums(model, unitId, sex, m, out);
      }
    }
  return out;
}

function twelveMonthSums(model: Model, unitId: string, sex: Sex, m: number, out: Constraint[]) {
  for (const q of SUMMED_12) {
    const sum = model.cell(unitId, sex, `S12:${q}`, m);
    const terms: [number, number][] = [[sum, 1]];
    for (let k = m - 11; k <= m; k++) terms.push([model.cell(unitId, sex, q, k), -1]);
    out.push(equation('definitions', terms, 0));
    if (m > model.facts.first - 1)
      out.push(
        equation(
          'definitions',
          [
            [sum, 1],
            [model.cell(unitId, sex, `S12:${q}`, m - 1), -1],
            [model.cell(unitId, sex, q, m), -1],
            [model.cell(unitId, sex, q, m - 12), 1],
          ],
          0,
        ),
      );
  }
}

function yearToDateSums(model: Model, unitId: string, sex: Sex, m: number, out: Constraint[]) {
  for (const q of SUMMED_YTD) {
    const terms: [number, number][] = [
      [model.cell(unitId, sex, `YTD:${q}`, m), 1],
      [model.cell(unitId, sex, q, m), -1],
    ];
    if (!isJanuary(m)) terms.push([model.cell(unitId, sex, `YTD:${q}`, m - 1), -1]);
    out.push(equation('definitions', terms, 0));
  }
}
