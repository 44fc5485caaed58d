/**
 * Quantities that count a part of another (kennzahlen.md §2): INT_SVB, INT_AE, INT_LZB and
 * INT_BEDARFSDECKEND are integrations, INT_NACHHALTIG and INT_KONTINUIERLICH svb integrations,
 * ELB_AE and LZB eLb, LZB_AKTIV and ZUGANG_LZB LZB; an integration in m is of a person in the
 * stock of m−1 (control/relations.ts). Each gives part ≤ whole: where the whole is 1, a withheld
 * part of 1 or 2 is 1.
 */
import { SUBSETS } from '../../control/relations.ts';
import { between, type Constraint } from '../constraint.ts';
import { SUMMED_12, type Model } from '../model.ts';
import type { Channel } from './channel.ts';

export const subsets: Channel = {
  id: 'subsets',
  constraints(model: Model): Constraint[] {
    const out: Constraint[] = [];
    const summed = new Set(SUMMED_12);
    for (const unitId of model.facts.unitIds)
      for (const sex of model.sexes)
        for (const [part, whole, lag] of SUBSETS) {
          for (const m of model.baseMonths().slice(1)) {
            const terms: [number, number][] = [
              [model.cell(unitId, sex, whole, m + lag), 1],
              [model.cell(unitId, sex, part, m), -1],
            ];
            out.push(between('subsets', terms, 0, Infinity));
          }
          if (lag !== 0 || !summed.has(part) || !summed.has(whole)) continue;
          for (const m of model.sumMonths()) {
            const terms: [number, number][] = [
              [model.cell(unitId, sex, `S12:${whole}`, m), 1],
              [model.cell(unitId, sex, `S12:${part}`, m), -1],
            ];
            out.push(between('subsets', terms, 0, Infinity));
          }
        }
    return out;
  },
};
