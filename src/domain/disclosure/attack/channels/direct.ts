/**
 * Numerators and denominators that are base quantities themselves: K1E2 and K3 send X(m) and
 * X(m−12) of ELB and LZB, K3E2 sends LZB_AKTIV(m) and LZB(m). A cell withheld in the table of
 * base quantities (to protect a sibling) may be shown here.
 */
import type { BaseQuantity } from '../../../kpi/catalog.ts';
import { between, type Constraint } from '../constraint.ts';
import type { Model } from '../model.ts';
import { shownKennzahlen, type Channel } from './channel.ts';

/** Kennzahl → [quantity of the numerator, its month offset], [of the denominator]. */
const PARTS: Record<string, [[BaseQuantity, number], [BaseQuantity, number]]> = {
  K1E2: [
    ['ELB', 0],
    ['ELB', -12],
  ],
  K3: [
    ['LZB', 0],
    ['LZB', -12],
  ],
  K3E2: [
    ['LZB_AKTIV', 0],
    ['LZB', 0],
  ],
};

export const direct: Channel = {
  id: 'direct',
  constraints(model: Model): Constraint[] {
    const out: Constraint[] = [];
    for (const [id, [[zq, zm], [nq, nm]]] of Object.entries(PARTS))
      for (const f of shownKennzahlen(model, id)) {
        const z = model.cell(f.unitId, f.sex, zq, f.month + zm);
        const n = model.cell(f.unitId, f.sex, nq, f.month + nm);
        if (f.zaehler !== null) out.push(between('direct', [[z, 1]], ...f.zaehler));
        if (f.nenner !== null) out.push(between('direct', [[n, 1]], ...f.nenner));
      }
    return out;
  },
};
