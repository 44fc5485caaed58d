/**
 * The base quantities (Grundgrößen) and Kennzahlen of § 48a SGB II as fixed by
 * shared/domain/kennzahlen.md (Kennzahlen-Verordnung 2010/2011/2019, BA operationalisation).
 * Ids stay exactly as in the contract.
 */

export const SEXES = ['insgesamt', 'm', 'w'] as const;
/** `insgesamt` = all persons, including those of other or unknown sex. */
export type Sex = (typeof SEXES)[number];

export const BASE_QUANTITIES = [
  'ELB',
  'ELB_AE',
  'ZUGANG_ELB',
  'ABGANG_ELB',
  'LZB',
  'ZUGANG_LZB',
  'ABGANG_LZB',
  'LZB_AKTIV',
  'INT',
  'INT_SVB',
  'INT_AE',
  'INT_LZB',
  'EIN_GB',
  'EIN_OEG',
  'INT_NACHHALTIG',
  'INT_KONTINUIERLICH',
  'INT_BEDARFSDECKEND',
  'LLU',
  'LUH',
] as const;
export type BaseQuantity = (typeof BASE_QUANTITIES)[number];

/** Money exists for `insgesamt` only (kennzahlen.md §2). */
export const MONEY_QUANTITIES: ReadonlySet<BaseQuantity> = new Set(['LLU', 'LUH']);

export function quantityExistsForSex(quantity: BaseQuantity, sex: Sex): boolean {
  return sex === 'insgesamt' || !MONEY_QUANTITIES.has(quantity);
}

/**
 * What the flows and integrations count, by contract version 2 (contract-version.ts): one text
 * each, for the labels of the base quantities, the definitions of the Kennzahlen and the list of
 * changes.
 */
export const COUNTING_TEXTS = {
  /** ZUGANG_ELB: the movement concept of the BA statistics */
  elbZugang:
    'jeder Eintritt in den eLb-Bestand der Einheit zwischen zwei Stichtagen, auch mehrfach je Person',
  /** ABGANG_ELB */
  elbAbgang:
    'jeder Austritt aus dem eLb-Bestand der Einheit zwischen zwei Stichtagen, auch mehrfach je Person',
  /** ZUGANG_LZB: LZB flows compare two stocks (a move between units is neither) */
  lzbZugang:
    'Personen, die am Stichtag LZB sind und am Stichtag des Vormonats in keiner Einheit LZB waren',
  /** ABGANG_LZB */
  lzbAbgang:
    'Personen, die am Stichtag des Vormonats LZB waren und am Stichtag in keiner Einheit LZB sind',
  /** KennzahlenV § 5 Abs. 1 */
  noIntegration:
    'Die Aufnahme öffentlich geförderter Beschäftigung ist keine Integration (§ 5 Abs. 1 Kennzahlen-Verordnung).',
  /** K1E3, K1E4, K3E3, K3E4 (contract §3, Ø12w) */
  stockWeighted: 'mit dem Bestand gewichteter Durchschnitt der zwölf Monatsraten',
} as const;

export const BASE_QUANTITY_LABELS: Record<BaseQuantity, string> = {
  ELB: 'Bestand erwerbsfähiger Leistungsberechtigter (Personen am Stichtag)',
  ELB_AE: 'eLb, die Hauptperson einer Alleinerziehenden-BG sind (Personen am Stichtag)',
  ZUGANG_ELB: `Zugänge: ${COUNTING_TEXTS.elbZugang} (Ereignisse)`,
  ABGANG_ELB: `Abgänge: ${COUNTING_TEXTS.elbAbgang} (Ereignisse)`,
  LZB: 'Langzeitleistungsbezieher: eLb mit mindestens 638 eLb-Tagen in 730 Tagen, ab 17 Jahren (Personen)',
  ZUGANG_LZB: `Zugänge in den LZB-Bestand: ${COUNTING_TEXTS.lzbZugang} (Personen)`,
  ABGANG_LZB: `Abgänge aus dem LZB-Bestand: ${COUNTING_TEXTS.lzbAbgang} (Personen)`,
  LZB_AKTIV: 'LZB in einer Maßnahme der aktiven Arbeitsförderung am Stichtag (Personen)',
  INT: `Integrationen: Aufnahmen sv-pflichtiger Beschäftigung, voll qualifizierender Ausbildung oder Selbständigkeit (Ereignisse, höchstens eines je Person und Monat). ${COUNTING_TEXTS.noIntegration}`,
  INT_SVB: 'Integrationen in sozialversicherungspflichtige Beschäftigung (Ereignisse)',
  INT_AE: 'Integrationen von Alleinerziehenden (Ereignisse)',
  INT_LZB: 'Integrationen von Langzeitleistungsbeziehern (Ereignisse)',
  EIN_GB: 'Eintritte in geringfügige Beschäftigung (Ereignisse)',
  EIN_OEG: 'Eintritte in öffentlich geförderte Beschäftigung (Ereignisse)',
  INT_NACHHALTIG:
    'Integrationen in sv-pflichtige Beschäftigung, die zwölf Monate später sv-pflichtig beschäftigt sind (Ereignisse)',
  INT_KONTINUIERLICH:
    'Integrationen in sv-pflichtige Beschäftigung mit sv-pflichtiger Beschäftigung an allen sechs folgenden Stichtagen (Ereignisse)',
  INT_BEDARFSDECKEND:
    'Integrationen, nach denen die Person drei Monate später in keinem eLb-Bestand ist (Ereignisse)',
  LLU: 'Summe der Leistungen zum Lebensunterhalt (Euro)',
  LUH: 'Summe der Leistungen für Unterkunft und Heizung (Euro)',
};

export const KENNZAHLEN = [
  'K1',
  'K1E1',
  'K1E2',
  'K1E3',
  'K1E4',
  'K2',
  'K2E1',
  'K2E2',
  'K2E3',
  'K2E4',
  'K3',
  'K3E1',
  'K3E2',
  'K3E3',
  'K3E4',
] as const;
export type Kennzahl = (typeof KENNZAHLEN)[number];

/** Year values for target steering (kennzahlen.md §4) written by `kpi compute` beside the Kennzahlen. */
export const STEERING_VALUES = ['JFW_K2', 'JDW_LZB'] as const;
export type SteeringValue = (typeof STEERING_VALUES)[number];

export type KennzahlId = Kennzahl | SteeringValue;
export const KENNZAHL_IDS: readonly KennzahlId[] = [...KENNZAHLEN, ...STEERING_VALUES];

export interface KennzahlDefinition {
  id: KennzahlId;
  /** Official German name. */
  name: string;
  /** What is counted and how, in German, shown beside the figure. */
  definition: string;
  /** `percent` values are ×100; `count` values are persons. */
  unit: 'percent' | 'count';
}

/** An averaged rate (K1E3, K1E4, K3E3, K3E4): Σ12 flows / Σ12 stocks · 100, and what a flow is. */
function averagedRate(flows: string, stocks: string, counted: string): string {
  return `Summe der ${flows} der letzten zwölf Monate je Summe der ${stocks}, in Prozent (${COUNTING_TEXTS.stockWeighted}). ${counted}`;
}

export const KENNZAHL_DEFINITIONS: Record<KennzahlId, KennzahlDefinition> = {
  K1: {
    id: 'K1',
    unit: 'percent',
    name: 'Veränderung der Summe der Leistungen zum Lebensunterhalt',
    definition:
      'Summe der Leistungen zum Lebensunterhalt im Berichtsmonat gegenüber dem Vorjahresmonat, Veränderung in Prozent.',
  },
  K1E1: {
    id: 'K1E1',
    unit: 'percent',
    name: 'Veränderung der Summe der Leistungen für Unterkunft und Heizung',
    definition:
      'Summe der Leistungen für Unterkunft und Heizung (§ 22 SGB II) im Berichtsmonat gegenüber dem Vorjahresmonat, Veränderung in Prozent.',
  },
  K1E2: {
    id: 'K1E2',
    unit: 'percent',
    name: 'Veränderung der Zahl der erwerbsfähigen Leistungsberechtigten',
    definition:
      'Bestand an eLb am Stichtag gegenüber dem Stichtag des Vorjahresmonats, Veränderung in Prozent.',
  },
  K1E3: {
    id: 'K1E3',
    unit: 'percent',
    name: 'Durchschnittliche Zugangsrate der erwerbsfähigen Leistungsberechtigten',
    definition: averagedRate(
      'Zugänge in den eLb-Bestand',
      'eLb-Bestände an den zwölf Stichtagen',
      `Zugänge: ${COUNTING_TEXTS.elbZugang}.`,
    ),
  },
  K1E4: {
    id: 'K1E4',
    unit: 'percent',
    name: 'Durchschnittliche Abgangsrate der erwerbsfähigen Leistungsberechtigten',
    definition: averagedRate(
      'Abgänge aus dem eLb-Bestand',
      'eLb-Bestände an den zwölf Stichtagen der Vormonate',
      `Abgänge: ${COUNTING_TEXTS.elbAbgang}.`,
    ),
  },
  K2: {
    id: 'K2',
    unit: 'percent',
    name: 'Integrationsquote',
    definition: `Summe der Integrationen der letzten zwölf Monate je 100 eLb im Durchschnitt der zwölf Vormonate. Gezählt werden Ereignisse, nicht Personen: eine Person kann in mehreren Monaten integriert werden. ${COUNTING_TEXTS.noIntegration}`,
  },
  K2E1: {
    id: 'K2E1',
    unit: 'percent',
    name: 'Quote der Eintritte in geringfügige Beschäftigung',
    definition:
      'Eintritte in geringfügige Beschäftigung der letzten zwölf Monate je 100 eLb im Durchschnitt der zwölf Vormonate.',
  },
  K2E2: {
    id: 'K2E2',
    unit: 'percent',
    name: 'Quote der Eintritte in öffentlich geförderte Beschäftigung',
    definition:
      'Eintritte in öffentlich geförderte Beschäftigung der letzten zwölf Monate je 100 eLb im Durchschnitt der zwölf Vormonate.',
  },
  K2E3: {
    id: 'K2E3',
    unit: 'percent',
    name: 'Kontinuierliche Beschäftigung nach Integration',
    definition:
      'Anteil der Integrationen in sv-pflichtige Beschäftigung der letzten zwölf Monate, nach denen an allen sechs folgenden Stichtagen sv-pflichtige Beschäftigung besteht (bis Februar 2019: Nachhaltigkeit, Beschäftigung zwölf Monate später).',
  },
  K2E4: {
    id: 'K2E4',
    unit: 'percent',
    name: 'Integrationsquote der Alleinerziehenden',
    definition:
      'Integrationen alleinerziehender eLb der letzten zwölf Monate je 100 alleinerziehende eLb im Durchschnitt der zwölf Vormonate.',
  },
  K3: {
    id: 'K3',
    unit: 'percent',
    name: 'Veränderung des Bestands an Langzeitleistungsbeziehern',
    definition:
      'Bestand an Langzeitleistungsbeziehern (mindestens 21 der letzten 24 Monate eLb, ab 17 Jahren) gegenüber dem Vorjahresmonat, Veränderung in Prozent.',
  },
  K3E1: {
    id: 'K3E1',
    unit: 'percent',
    name: 'Integrationsquote der Langzeitleistungsbezieher',
    definition:
      'Integrationen von LZB der letzten zwölf Monate je 100 LZB im Durchschnitt der zwölf Vormonate.',
  },
  K3E2: {
    id: 'K3E2',
    unit: 'percent',
    name: 'Aktivierungsquote der Langzeitleistungsbezieher',
    definition:
      'Anteil der LZB, die am Stichtag an einer Maßnahme der aktiven Arbeitsförderung teilnehmen.',
  },
  K3E3: {
    id: 'K3E3',
    unit: 'percent',
    name: 'Durchschnittliche Zugangsrate der Langzeitleistungsbezieher',
    definition: averagedRate(
      'Zugänge in den LZB-Bestand',
      'LZB-Bestände an den zwölf Stichtagen',
      `Zugänge: ${COUNTING_TEXTS.lzbZugang}.`,
    ),
  },
  K3E4: {
    id: 'K3E4',
    unit: 'percent',
    name: 'Durchschnittliche Abgangsrate der Langzeitleistungsbezieher',
    definition: averagedRate(
      'Abgänge aus dem LZB-Bestand',
      'LZB-Bestände an den zwölf Stichtagen der Vormonate',
      `Abgänge: ${COUNTING_TEXTS.lzbAbgang}.`,
    ),
  },
  JFW_K2: {
    id: 'JFW_K2',
    unit: 'percent',
    name: 'Jahresfortschrittswert der Integrationsquote',
    definition:
      'Integrationen von Januar bis zum Berichtsmonat je 100 eLb im Durchschnitt von Dezember des Vorjahres bis zum Vormonat; der Dezemberwert ist die Integrationsquote des Jahres.',
  },
  JDW_LZB: {
    id: 'JDW_LZB',
    unit: 'count',
    name: 'Jahresdurchschnittswert des LZB-Bestands',
    definition:
      'Durchschnittlicher Bestand an Langzeitleistungsbeziehern von Januar bis zum Berichtsmonat (Personen).',
  },
};
