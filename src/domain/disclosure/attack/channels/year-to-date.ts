/**
 * Values for target steering (kennzahlen.md §4): JFW_K2 sends Σ INT(January … m) and
 * Ø ELB(December … m−1), JDW_LZB sends Σ LZB(January … m). Consecutive months differ by one
 * month's count (definitions.ts): INT(m) = zaehler(m) − zaehler(m−1).
 */
import { equation, slackOf, type Constraint } from '../constraint.ts';
import { isJanuary, type Model } from '../model.ts';
import { shownKennzahlen, type Channel } from './channel.ts';

const monthsInto = (m: number) => (((m % 12) + 12) % 12) + 1;

export const yearToDate: Channel = {
  id: 'yearToDate',
  constraints(model: Model): Constraint[] {
    const out: Constraint[] = [];
    for (const f of shownKennzahlen(model, 'JFW_K2')) {
      const z = model.cell(f.unitId, f.sex, 'YTD:INT', f.month);
      out.push(equation('yearToDate', [[z, 1]], f.zaehler, slackOf(f.zaehler)));
      // Σ ELB(December y−1 … m−1) = months · nenner
      const months = monthsInto(f.month);
      const december = model.cell(f.unitId, f.sex, 'ELB', f.month - months);
      const terms: [number, number][] = [[december, 1]];
      if (!isJanuary(f.month)) terms.push([model.cell(f.unitId, f.sex, 'YTD:ELB', f.month - 1), 1]);
      const sum = months * f.nenner;
      out.push(equation('yearToDate', terms, sum, slackOf(sum)));
    }
    for (const f of shownKennzahlen(model, 'JDW_LZB')) {
      const z = model.cell(f.unitId, f.sex, 'YTD:LZB', f.month);
      out.push(equation('yearToDate', [[z, 1]], f.zaehler, slackOf(f.zaehler)));
    }
    return out;
  },
};
