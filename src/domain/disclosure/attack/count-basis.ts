/**
 * The counts a Kennzahl figure rests on (domain/benchmarking/count-basis.ts), as expressions over
 * cells: the protection withholds a figure when one of them is 1 or 2 — for a count averaged
 * over `scale` months, when the average lies strictly between 0 and 3. A withheld figure is
 * recovered when all its counts are.
 */
import { COUNT_BASIS } from '../../benchmarking/count-basis.ts';
import type { KennzahlId, Sex } from '../../kpi/catalog.ts';
import { AVERAGED_RATES, k2e3Part, QUOTAS } from './channels/parts.ts';
import type { Knowledge } from './knowledge.ts';
import { isJanuary, type Model } from './model.ts';

export interface CountExpression {
  terms: [cell: number, coef: number][];
  /** the count is Σ terms / scale */
  scale: number;
}

const one = (cell: number): CountExpression => ({ terms: [[cell, 1]], scale: 1 });

export function countExpressions(
  model: Model,
  unitId: string,
  sex: Sex,
  id: string,
  m: number,
): CountExpression[] {
  const cell = model.cell.bind(model, unitId, sex);
  if (id === 'K1E2' || id === 'K3') {
    const q = id === 'K1E2' ? 'ELB' : 'LZB';
    return [one(cell(q, m)), one(cell(q, m - 12))];
  }
  const quota = QUOTAS[id];
  if (quota !== undefined)
    return [
      one(cell(`S12:${quota[0]}`, m)),
      { terms: [[cell(`S12:${quota[1]}`, m - 1), 1]], scale: 12 },
    ];
  const rate = AVERAGED_RATES[id];
  if (rate !== undefined)
    return [
      one(cell(`S12:${rate[0]}`, m)),
      { terms: [[cell(`S12:${rate[1]}`, m + rate[2]), 1]], scale: 12 },
    ];
  switch (id) {
    case 'K2E3':
      return share(cell(`S12:${k2e3Part(m)}`, m), cell('S12:INT_SVB', m));
    case 'K3E2':
      return share(cell('LZB_AKTIV', m), cell('LZB', m));
    case 'JFW_K2': {
      const months = (((m % 12) + 12) % 12) + 1;
      const stock: [number, number][] = [[cell('ELB', m - months), 1]];
      if (!isJanuary(m)) stock.push([cell('YTD:ELB', m - 1), 1]);
      return [one(cell('YTD:INT', m)), { terms: stock, scale: months }];
    }
    case 'JDW_LZB':
      return [{ terms: [[cell('YTD:LZB', m), 1]], scale: (((m % 12) + 12) % 12) + 1 }];
    default:
      return [];
  }
}

/** a part of a whole: part, whole and the rest are counts */
function share(part: number, whole: number): CountExpression[] {
  return [
    one(part),
    one(whole),
    {
      terms: [
        [whole, 1],
        [part, -1],
      ],
      scale: 1,
    },
  ];
}

/** whether a Kennzahl rests on counts at all (K1, K1E1 rest on money) */
export function restsOnCounts(id: string): boolean {
  return id in COUNT_BASIS && COUNT_BASIS[id as KennzahlId] !== 'geld';
}

/** a count's value as far as known: [lo, hi] of Σ coef·cell (not divided by the scale) */
export function countRange(k: Knowledge, e: CountExpression): [number, number] {
  let lo = 0,
    hi = 0;
  for (const [cell, coef] of e.terms) {
    const [a, b] = k.bounds(cell);
    lo += coef >= 0 ? coef * a : coef * b;
    hi += coef >= 0 ? coef * b : coef * a;
  }
  return [lo, hi];
}
