/**
 * Stocks and their flows: ELB(m) = ELB(m−1) + ZUGANG_ELB(m) − ABGANG_ELB(m) on every level
 * (kennzahlen.md §2: every status period that begins or ends between two Stichtage is a flow).
 * For LZB the identity holds only where no LZB person moves in or out (ZUGANG_LZB counts persons
 * who were LZB in no unit). Between the örtliche Jobcenter of a Träger such moves are routine, so
 * the attacker uses it above them only, for a unit and sex whose shown months confirm it at least
 * twelve times and never contradict it (a Land of the demo has one Träger; with data of other
 * Träger the contradictions show). For ELB wherever the shown months never contradict it.
 */
import type { BaseQuantity, Sex } from '../../../kpi/catalog.ts';
import { equation, type Constraint } from '../constraint.ts';
import type { Model } from '../model.ts';
import type { Channel } from './channel.ts';

const IDENTITIES: [
  stock: BaseQuantity,
  zugang: BaseQuantity,
  abgang: BaseQuantity,
  confirm: number,
][] = [
  ['ELB', 'ZUGANG_ELB', 'ABGANG_ELB', 0],
  ['LZB', 'ZUGANG_LZB', 'ABGANG_LZB', 12],
];

/** how often the shown figures confirm and contradict the identity */
function evidence(model: Model, unitId: string, sex: Sex, [s, z, a]: (typeof IDENTITIES)[number]) {
  let confirmed = 0,
    contradicted = 0;
  for (const m of model.facts.months()) {
    const v = [
      model.facts.shownBase(unitId, sex, s, m),
      model.facts.shownBase(unitId, sex, s, m - 1),
    ];
    const flows = [
      model.facts.shownBase(unitId, sex, z, m),
      model.facts.shownBase(unitId, sex, a, m),
    ];
    if (v.includes(null) || flows.includes(null)) continue;
    if (v[0] === v[1]! + flows[0]! - flows[1]!) confirmed++;
    else contradicted++;
  }
  return { confirmed, contradicted };
}

export const stockFlow: Channel = {
  id: 'stockFlow',
  constraints(model: Model): Constraint[] {
    const out: Constraint[] = [];
    for (const unitId of model.facts.unitIds)
      for (const sex of model.sexes)
        for (const identity of IDENTITIES) {
          const { confirmed, contradicted } = evidence(model, unitId, sex, identity);
          if (contradicted > 0 || confirmed < identity[3]) continue;
          if (identity[3] > 0 && model.facts.units.get(unitId)?.kind === 'jobcenter') continue;
          const [s, z, a] = identity;
          for (const m of model.baseMonths().slice(1))
            out.push(
              equation(
                'stockFlow',
                [
                  [model.cell(unitId, sex, s, m), 1],
                  [model.cell(unitId, sex, s, m - 1), -1],
                  [model.cell(unitId, sex, z, m), -1],
                  [model.cell(unitId, sex, a, m), 1],
                ],
                0,
              ),
            );
        }
    return out;
  },
};
