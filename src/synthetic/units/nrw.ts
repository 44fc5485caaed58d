/**
 * Nordrhein-Westfalen: its 53 Träger (22 kreisfreie Städte, Städteregion Aachen, 30 Kreise),
 * ids = Kreisschlüssel. Sizes are rough eLb stocks 2014 in thousands (scaled to the Land total),
 * strength is the log-multiplier on integration hazards (Ruhr cities low, Münsterland high),
 * kdu the monthly Unterkunft und Heizung of a one-person BG in 2014 (euro). Four zkT-Kreise
 * keep örtliche Jobcenter, as Kreis Borken does; the rest are leaves themselves.
 */
import { KREIS_BORKEN } from './kreis-borken.ts';
import { addTraeger, type OrgModel, type TraegerSpec } from './types.ts';

type Row = readonly [string, string, number, number, number];

const TRAEGER: readonly Row[] = [
  ['05111', 'Düsseldorf', 50, -0.05, 440],
  ['05112', 'Duisburg', 58, -0.22, 360],
  ['05113', 'Essen', 76, -0.2, 380],
  ['05114', 'Krefeld', 26, -0.12, 370],
  ['05116', 'Mönchengladbach', 32, -0.15, 370],
  ['05117', 'Mülheim an der Ruhr', 16, -0.08, 380],
  ['05119', 'Oberhausen', 26, -0.16, 360],
  ['05120', 'Remscheid', 9, -0.05, 350],
  ['05122', 'Solingen', 12, -0.04, 370],
  ['05124', 'Wuppertal', 44, -0.12, 360],
  ['05314', 'Bonn', 21, -0.02, 450],
  ['05315', 'Köln', 86, -0.08, 450],
  ['05316', 'Leverkusen', 13, -0.04, 410],
  ['05334', 'Städteregion Aachen', 44, -0.08, 390],
  ['05512', 'Bottrop', 9, -0.06, 350],
  ['05513', 'Gelsenkirchen', 41, -0.28, 340],
  ['05515', 'Münster', 17, 0.02, 430],
  ['05711', 'Bielefeld', 27, -0.05, 370],
  ['05911', 'Bochum', 34, -0.14, 360],
  ['05913', 'Dortmund', 73, -0.18, 370],
  ['05914', 'Hagen', 21, -0.15, 350],
  ['05915', 'Hamm', 19, -0.1, 340],
  ['05916', 'Herne', 19, -0.2, 340],
  ['05154', 'Kreis Kleve', 16, 0.05, 340],
  ['05158', 'Kreis Mettmann', 31, 0.0, 420],
  ['05162', 'Rhein-Kreis Neuss', 25, 0.02, 410],
  ['05166', 'Kreis Viersen', 17, 0.02, 360],
  ['05170', 'Kreis Wesel', 26, -0.04, 360],
  ['05358', 'Kreis Düren', 18, -0.02, 340],
  ['05362', 'Rhein-Erft-Kreis', 28, 0.0, 410],
  ['05366', 'Kreis Euskirchen', 9, 0.06, 340],
  ['05370', 'Kreis Heinsberg', 14, 0.03, 340],
  ['05374', 'Oberbergischer Kreis', 14, 0.06, 340],
  ['05378', 'Rheinisch-Bergischer Kreis', 14, 0.04, 410],
  ['05382', 'Rhein-Sieg-Kreis', 32, 0.03, 410],
  ['05558', 'Kreis Coesfeld', 6, 0.12, 330],
  ['05562', 'Kreis Recklinghausen', 61, -0.15, 350],
  ['05566', 'Kreis Steinfurt', 17, 0.1, 320],
  ['05570', 'Kreis Warendorf', 12, 0.08, 330],
  ['05754', 'Kreis Gütersloh', 13, 0.1, 340],
  ['05758', 'Kreis Herford', 14, 0.02, 330],
  ['05762', 'Kreis Höxter', 5, 0.08, 300],
  ['05766', 'Kreis Lippe', 21, 0.0, 330],
  ['05770', 'Kreis Minden-Lübbecke', 17, 0.04, 320],
  ['05774', 'Kreis Paderborn', 16, 0.06, 340],
  ['05954', 'Ennepe-Ruhr-Kreis', 20, -0.02, 350],
  ['05958', 'Hochsauerlandkreis', 10, 0.12, 310],
  ['05962', 'Märkischer Kreis', 25, -0.02, 320],
  ['05966', 'Kreis Olpe', 4, 0.15, 320],
  ['05970', 'Kreis Siegen-Wittgenstein', 14, 0.05, 320],
  ['05974', 'Kreis Soest', 15, 0.03, 330],
  ['05978', 'Kreis Unna', 33, -0.08, 350],
];

/** Örtliche Jobcenter of three more Kreise: [Gemeindeschlüssel suffix, name, population in thousands]. */
const MUNICIPALITIES: Readonly<Record<string, readonly (readonly [string, string, number])[]>> = {
  '05558': [
    ['004', 'Ascheberg', 15],
    ['008', 'Billerbeck', 11.5],
    ['012', 'Coesfeld', 36],
    ['016', 'Dülmen', 46],
    ['020', 'Havixbeck', 11.5],
    ['024', 'Lüdinghausen', 24],
    ['028', 'Nordkirchen', 10],
    ['032', 'Nottuln', 19.5],
    ['036', 'Olfen', 12.5],
    ['040', 'Rosendahl', 10.5],
    ['044', 'Senden', 20],
  ],
  '05154': [
    ['004', 'Bedburg-Hau', 13],
    ['008', 'Emmerich am Rhein', 30],
    ['012', 'Geldern', 33],
    ['016', 'Goch', 34],
    ['020', 'Issum', 12],
    ['024', 'Kalkar', 14],
    ['028', 'Kerken', 12.5],
    ['032', 'Kevelaer', 28],
    ['036', 'Kleve', 49],
    ['040', 'Kranenburg', 10],
    ['044', 'Rees', 21],
    ['048', 'Rheurdt', 6.5],
    ['052', 'Straelen', 16],
    ['056', 'Uedem', 8],
    ['060', 'Wachtendonk', 8],
    ['064', 'Weeze', 10.5],
  ],
  '05958': [
    ['004', 'Arnsberg', 74],
    ['008', 'Bestwig', 11],
    ['012', 'Brilon', 25.5],
    ['016', 'Eslohe', 9],
    ['020', 'Hallenberg', 4.5],
    ['024', 'Marsberg', 20],
    ['028', 'Medebach', 8],
    ['032', 'Meschede', 30],
    ['036', 'Olsberg', 15],
    ['040', 'Schmallenberg', 25],
    ['044', 'Sundern', 28],
    ['048', 'Winterberg', 13],
  ],
};

export const NRW_ID = '05';
/** eLb stock of NRW, persons (about 1.1 million). */
const NRW_SIZE = 1_100_000;

export function nrwTraeger(): TraegerSpec[] {
  const others = TRAEGER.reduce((s, r) => s + r[2], 0);
  const scale = (NRW_SIZE - KREIS_BORKEN.size) / (others * 1000);
  const specs: TraegerSpec[] = TRAEGER.map(([id, name, size, strength, kdu]) => {
    const towns = MUNICIPALITIES[id];
    const spec: TraegerSpec = { id, name, size: size * 1000 * scale, strength, kdu };
    if (towns !== undefined) {
      // Weight by population with a small deterministic spread of density and strength.
      spec.jobcenter = towns.map(
        ([suffix, town, pop], i) =>
          [
            `${id}${suffix}`,
            town,
            pop * (0.8 + ((i * 7) % 5) * 0.1),
            ((i * 3) % 5) * 0.02 - 0.04,
          ] as const,
      );
    }
    return spec;
  });
  specs.push(KREIS_BORKEN);
  return specs.sort((a, b) => (a.id < b.id ? -1 : 1));
}

export function addNrw(model: OrgModel): void {
  model.units.push({ id: NRW_ID, name: 'Nordrhein-Westfalen', ebene: 'land', parentId: null });
  for (const t of nrwTraeger()) addTraeger(model, NRW_ID, t);
}
