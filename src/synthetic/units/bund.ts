/**
 * Germany: 16 Länder, 405 Träger. NRW is the detailed list of nrw.ts; elsewhere the big cities
 * are named (Kreisschlüssel as id) and the remaining Träger of a Land are Landkreise whose
 * sizes follow a skewed (log-normal) split of the Land's rest. The structure is fixed, not
 * seeded: the same units exist for every seed.
 */
import { Rng, deriveSeed } from '../rng.ts';
import { addNrw } from './nrw.ts';
import { addTraeger, type OrgModel } from './types.ts';

interface LandSpec {
  id: string;
  name: string;
  traeger: number;
  /** eLb stock, thousands. */
  size: number;
  strength: number;
  kdu: number;
  /** Named Träger: [id, name, eLb thousands, strength offset]. */
  cities: readonly (readonly [string, string, number, number])[];
}

const LAENDER: readonly LandSpec[] = [
  {
    id: '01',
    name: 'Schleswig-Holstein',
    traeger: 15,
    size: 160,
    strength: -0.03,
    kdu: 360,
    cities: [
      ['01002', 'Kiel', 22, -0.1],
      ['01003', 'Lübeck', 19, -0.08],
      ['01001', 'Flensburg', 8, -0.05],
      ['01004', 'Neumünster', 7, -0.05],
    ],
  },
  {
    id: '02',
    name: 'Hamburg',
    traeger: 1,
    size: 140,
    strength: -0.05,
    kdu: 460,
    cities: [['02000', 'Hamburg', 140, 0]],
  },
  {
    id: '03',
    name: 'Niedersachsen',
    traeger: 44,
    size: 400,
    strength: 0.0,
    kdu: 340,
    cities: [
      ['03241', 'Region Hannover', 85, -0.08],
      ['03101', 'Braunschweig', 16, -0.04],
      ['03404', 'Osnabrück', 11, -0.02],
      ['03403', 'Oldenburg', 12, -0.02],
      ['03159', 'Landkreis Göttingen', 16, -0.02],
      ['03103', 'Wolfsburg', 6, 0.05],
      ['03102', 'Salzgitter', 9, -0.1],
    ],
  },
  {
    id: '04',
    name: 'Bremen',
    traeger: 2,
    size: 75,
    strength: -0.12,
    kdu: 400,
    cities: [
      ['04011', 'Bremen', 59, 0],
      ['04012', 'Bremerhaven', 16, -0.08],
    ],
  },
  {
    id: '06',
    name: 'Hessen',
    traeger: 26,
    size: 290,
    strength: 0.02,
    kdu: 400,
    cities: [
      ['06412', 'Frankfurt am Main', 55, -0.05],
      ['06414', 'Wiesbaden', 22, -0.06],
      ['06611', 'Kassel', 18, -0.08],
      ['06413', 'Offenbach am Main', 14, -0.1],
      ['06411', 'Darmstadt', 10, -0.02],
    ],
  },
  {
    id: '07',
    name: 'Rheinland-Pfalz',
    traeger: 34,
    size: 160,
    strength: 0.04,
    kdu: 340,
    cities: [
      ['07315', 'Mainz', 12, -0.03],
      ['07314', 'Ludwigshafen am Rhein', 14, -0.08],
      ['07312', 'Kaiserslautern', 10, -0.1],
      ['07111', 'Koblenz', 7, -0.03],
      ['07211', 'Trier', 6, -0.02],
    ],
  },
  {
    id: '08',
    name: 'Baden-Württemberg',
    traeger: 44,
    size: 320,
    strength: 0.1,
    kdu: 410,
    cities: [
      ['08111', 'Stuttgart', 30, -0.06],
      ['08222', 'Mannheim', 18, -0.1],
      ['08212', 'Karlsruhe', 13, -0.06],
      ['08311', 'Freiburg im Breisgau', 13, -0.04],
      ['08221', 'Heidelberg', 6, -0.02],
    ],
  },
  {
    id: '09',
    name: 'Bayern',
    traeger: 96,
    size: 330,
    strength: 0.12,
    kdu: 400,
    cities: [
      ['09162', 'München', 65, -0.05],
      ['09564', 'Nürnberg', 38, -0.1],
      ['09761', 'Augsburg', 17, -0.08],
      ['09362', 'Regensburg', 7, -0.02],
      ['09663', 'Würzburg', 6, -0.02],
    ],
  },
  {
    id: '10',
    name: 'Saarland',
    traeger: 6,
    size: 55,
    strength: -0.05,
    kdu: 320,
    cities: [['10041', 'Regionalverband Saarbrücken', 27, -0.06]],
  },
  {
    id: '11',
    name: 'Berlin',
    traeger: 12,
    size: 420,
    strength: -0.1,
    kdu: 420,
    cities: [
      ['11001', 'Berlin Mitte', 55, -0.05],
      ['11002', 'Berlin Friedrichshain-Kreuzberg', 40, 0],
      ['11003', 'Berlin Pankow', 27, 0.05],
      ['11004', 'Berlin Charlottenburg-Wilmersdorf', 27, 0.03],
      ['11005', 'Berlin Spandau', 33, -0.05],
      ['11006', 'Berlin Steglitz-Zehlendorf', 20, 0.06],
      ['11007', 'Berlin Tempelhof-Schöneberg', 37, 0],
      ['11008', 'Berlin Neukölln', 60, -0.12],
      ['11009', 'Berlin Treptow-Köpenick', 22, 0.05],
      ['11010', 'Berlin Marzahn-Hellersdorf', 35, -0.04],
      ['11011', 'Berlin Lichtenberg', 32, 0],
      ['11012', 'Berlin Reinickendorf', 32, -0.03],
    ],
  },
  {
    id: '12',
    name: 'Brandenburg',
    traeger: 18,
    size: 170,
    strength: 0.0,
    kdu: 320,
    cities: [
      ['12054', 'Potsdam', 13, 0.04],
      ['12052', 'Cottbus', 10, -0.06],
      ['12051', 'Brandenburg an der Havel', 7, -0.06],
      ['12053', 'Frankfurt (Oder)', 6, -0.08],
    ],
  },
  {
    id: '13',
    name: 'Mecklenburg-Vorpommern',
    traeger: 8,
    size: 130,
    strength: -0.02,
    kdu: 320,
    cities: [
      ['13003', 'Rostock', 19, -0.03],
      ['13004', 'Schwerin', 10, -0.04],
    ],
  },
  {
    id: '14',
    name: 'Sachsen',
    traeger: 13,
    size: 270,
    strength: 0.0,
    kdu: 310,
    cities: [
      ['14713', 'Leipzig', 55, -0.04],
      ['14612', 'Dresden', 40, 0.0],
      ['14511', 'Chemnitz', 23, -0.04],
    ],
  },
  {
    id: '15',
    name: 'Sachsen-Anhalt',
    traeger: 14,
    size: 190,
    strength: -0.06,
    kdu: 300,
    cities: [
      ['15002', 'Halle (Saale)', 30, -0.06],
      ['15003', 'Magdeburg', 27, -0.04],
      ['15001', 'Dessau-Roßlau', 8, -0.05],
    ],
  },
  {
    id: '16',
    name: 'Thüringen',
    traeger: 19,
    size: 130,
    strength: 0.03,
    kdu: 300,
    cities: [
      ['16051', 'Erfurt', 14, -0.02],
      ['16053', 'Jena', 6, 0.05],
      ['16052', 'Gera', 10, -0.08],
    ],
  },
];

function addLand(model: OrgModel, land: LandSpec): void {
  model.units.push({ id: land.id, name: land.name, ebene: 'land', parentId: null });
  const rng = new Rng(deriveSeed(0, 'bund-structure', land.id));
  for (const [id, name, size, offset] of land.cities) {
    addTraeger(model, land.id, {
      id,
      name,
      size: size * 1000,
      strength: land.strength + offset,
      kdu: land.kdu * 1.08,
    });
  }
  const restCount = land.traeger - land.cities.length;
  const rest = land.size * 1000 - land.cities.reduce((s, c) => s + c[2] * 1000, 0);
  const weights = Array.from({ length: restCount }, () => Math.exp(0.55 * rng.normal()));
  const total = weights.reduce((s, w) => s + w, 0);
  weights.forEach((w, i) => {
    const n = String(i + 1).padStart(2, '0');
    addTraeger(model, land.id, {
      id: `${land.id}9${n}`,
      name: `Landkreis ${land.name} ${n}`,
      size: (rest * w) / total,
      strength: land.strength + 0.02 + 0.08 * rng.normal(),
      kdu: Math.round(land.kdu * (0.95 + 0.05 * rng.normal())),
    });
  });
}

export function addBund(model: OrgModel): void {
  for (const land of LAENDER) {
    if (land.id === '06') addNrw(model); // keep Länder in Schlüssel order: 05 before 06
    addLand(model, land);
  }
}
