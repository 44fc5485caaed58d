/**
 * Kreis Borken (zugelassener kommunaler Träger, NRW) with its 17 örtliche Jobcenter.
 * Ids are the Gemeindeschlüssel. Weights = population 2014 × relative SGB II density
 * (border and middle towns Gronau and Bocholt above, small rural municipalities below).
 */
import type { TraegerSpec } from './types.ts';

const TOWNS: readonly (readonly [string, string, number, number, number])[] = [
  // id, name, population, relative density, strength offset
  ['05554004', 'Ahaus', 39_000, 0.95, 0.02],
  ['05554008', 'Bocholt', 71_000, 1.35, -0.08],
  ['05554012', 'Borken', 41_500, 1.0, 0.0],
  ['05554016', 'Gescher', 16_900, 0.8, 0.06],
  ['05554020', 'Gronau', 46_000, 1.7, -0.15],
  ['05554024', 'Heek', 8_500, 0.6, 0.12],
  ['05554028', 'Heiden', 8_100, 0.65, 0.1],
  ['05554032', 'Isselburg', 10_700, 1.0, -0.02],
  ['05554036', 'Legden', 7_100, 0.6, 0.1],
  ['05554040', 'Raesfeld', 11_000, 0.65, 0.08],
  ['05554044', 'Reken', 14_300, 0.75, 0.05],
  ['05554048', 'Rhede', 19_200, 0.8, 0.04],
  ['05554052', 'Schöppingen', 8_000, 0.6, 0.12],
  ['05554056', 'Stadtlohn', 20_000, 0.9, 0.03],
  ['05554060', 'Südlohn', 9_100, 0.7, 0.08],
  ['05554064', 'Velen', 12_900, 0.7, 0.07],
  ['05554068', 'Vreden', 22_400, 0.7, 0.09],
];

/** Kreis Borken around January 2015: 10,785 eLb. */
export const KREIS_BORKEN: TraegerSpec = {
  id: '05554',
  name: 'Kreis Borken',
  size: 10_800,
  strength: 0,
  kdu: 330,
  jobcenter: TOWNS.map(
    ([id, name, pop, density, offset]) => [id, name, pop * density, offset] as const,
  ),
};
