/**
 * Values for target steering (kennzahlen.md §4): JFW_K2 sends Σ INT(January … m) and
 * Ø ELB(December … m−1), JDW_LZB sends Σ LZB(January … m). Consecutive months differ by one
 * month's count (definitions.ts): INT(m) = zaehler(m) − zaehler(m−1).
 */
import { between, type Constraint } from '../constraint.ts';
import { isJanuary, type Model } from '../model.ts';
import { shownKennzahlen, type Channel } from './channel.ts';
import { monthsIntoYear, scaled } from './parts.ts';

export const yearToDate: Channel = {
  id: 'yearToDate',
  constraints(model: Model): Constraint[] {
    const out: Constraint[] = [];
    for (const f of shownKennzahlen(model, 'JFW_K2')) {
      const z = model.cell(f.unitId, f.sex, 'YTD:INT', f.month);
      if (f.zaehler !== null) out.push(between('yearToDate', [[z, 1]], ...f.zaehler));
      if (f.nenner === null) continue;
      // Σ ELB(December y−1 … m−1) = months · nenner
      const months = monthsIntoYear(f.month);
      const december = model.cell(f.unitId, f.sex, 'ELB', f.month - months);
      const terms: [number, number][] = [[december, 1]];
      if (!isJanuary(f.month)) terms.push([model.cell(f.unitId, f.sex, 'YTD:ELB', f.month - 1), 1]);
      out.push(between('yearToDate', terms, ...scaled(f.nenner, months)));
    }
    for (const f of shownKennzahlen(model, 'JDW_LZB')) {
      const z = model.cell(f.unitId, f.sex, 'YTD:LZB', f.month);
      if (f.zaehler !== null) out.push(between('yearToDate', [[z, 1]], ...f.zaehler));
    }
    return out;
  },
};
