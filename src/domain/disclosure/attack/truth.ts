/**
 * The true values of cells, as the operator reads them unsuppressed: a base cell is its figure,
 * a sum cell the sum of its months — or, where those months lie before the stored ones, the true
 * numerator or denominator of the Kennzahl that sends it (the same mapping as the channels).
 */
import { monthIndex, parseMonth } from '../../shared/month.ts';
import { cellKey, parseCellKey } from './cells.ts';
import { AVERAGED_RATES, QUOTAS, k2e3Part } from './channels/parts.ts';
import type { SeenFigure } from './figures.ts';
import { isJanuary, quantityOf } from './model.ts';

type TrueFigure = Pick<
  SeenFigure,
  'unitId' | 'month' | 'sex' | 'kind' | 'metric' | 'value' | 'zaehler' | 'nenner'
>;

export class Truth {
  private readonly known = new Map<string, number | null>();

  constructor(figures: readonly TrueFigure[]) {
    for (const f of figures) {
      const m = monthIndex(parseMonth(f.month));
      if (f.kind === 'grundgroesse')
        this.known.set(cellKey(f.unitId, f.sex, f.metric as never, m), f.value);
      else if (f.kind === 'kennzahl' && f.zaehler !== null && f.nenner !== null)
        this.fromKennzahl(f, m);
    }
  }

  private fromKennzahl(f: TrueFigure, m: number): void {
    const set = (expression: string, month: number, value: number) => {
      const key = cellKey(f.unitId, f.sex, expression as never, month);
      if (this.known.get(key) == null) this.known.set(key, Math.round(value));
    };
    const quota = QUOTAS[f.metric];
    if (quota !== undefined) {
      set(`S12:${quota[0]}`, m, f.zaehler!);
      set(`S12:${quota[1]}`, m - 1, 12 * f.nenner!);
    } else if (AVERAGED_RATES[f.metric] !== undefined) {
      const [flow, stock, lag] = AVERAGED_RATES[f.metric]!;
      set(`S12:${flow}`, m, f.zaehler!);
      set(`S12:${stock}`, m + lag, f.nenner!);
    } else if (f.metric === 'K2E3') {
      set(`S12:${k2e3Part(m)}`, m, f.zaehler!);
      set('S12:INT_SVB', m, f.nenner!);
    } else if (f.metric === 'K1E2' || f.metric === 'K3') {
      set(f.metric === 'K1E2' ? 'ELB' : 'LZB', m - 12, f.nenner!);
    } else if (f.metric === 'JFW_K2') set('YTD:INT', m, f.zaehler!);
    else if (f.metric === 'JDW_LZB') set('YTD:LZB', m, f.zaehler!);
  }

  /** the true value of a cell key (cells.ts), null if unknown */
  of(key: string): number | null {
    const known = this.known.get(key);
    if (known != null) return known;
    const { unitId, sex, expression, month } = parseCellKey(key);
    if (!expression.includes(':')) return null;
    const q = quantityOf(expression);
    let from = month - 11;
    if (expression.startsWith('YTD:')) for (from = month; !isJanuary(from);) from--;
    let sum = 0;
    for (let m = from; m <= month; m++) {
      const v = this.known.get(cellKey(unitId, sex, q, m));
      if (v == null) return null;
      sum += v;
    }
    return sum;
  }
}
