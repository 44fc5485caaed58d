/** The org trees of the three scales (kennzahlen.md §1 `einheiten`). */
import { addBund } from './bund.ts';
import { KREIS_BORKEN } from './kreis-borken.ts';
import { addNrw, NRW_ID } from './nrw.ts';
import { addTraeger, type OrgModel } from './types.ts';

export type Scale = 'kreis' | 'land' | 'bund';
export const SCALES: readonly Scale[] = ['kreis', 'land', 'bund'];

export function buildOrg(scale: Scale): OrgModel {
  const model: OrgModel = { units: [], leaves: [] };
  if (scale === 'kreis') {
    model.units.push({ id: NRW_ID, name: 'Nordrhein-Westfalen', ebene: 'land', parentId: null });
    addTraeger(model, NRW_ID, KREIS_BORKEN);
  } else if (scale === 'land') {
    addNrw(model);
  } else {
    addBund(model);
  }
  return model;
}

export type { Leaf, OrgModel, UnitRow } from './types.ts';
