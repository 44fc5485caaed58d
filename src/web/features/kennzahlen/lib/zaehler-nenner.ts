/**
 * What numerator and denominator of each Kennzahl are (kennzahlen.md §3 "zaehler/nenner"), so the
 * page can say it beside the figures — above all that integrations are events, not persons.
 */
import type { KennzahlId } from '../../../../domain/kpi/catalog.ts';

export type PartUnit = 'euro' | 'personen' | 'ereignisse' | 'monate' | 'personenmonate';

export interface Part {
  label: string;
  unit: PartUnit;
}

const p = (label: string, unit: PartUnit): Part => ({ label, unit });
const TWELVE = 'in den letzten zwölf Monaten';
const AVERAGE_ELB = p('eLb im Durchschnitt der zwölf Vormonate', 'personen');

export const ZAEHLER_NENNER: Record<KennzahlId, { zaehler: Part; nenner: Part }> = {
  K1: {
    zaehler: p('Leistungen zum Lebensunterhalt im Berichtsmonat', 'euro'),
    nenner: p('dieselben Leistungen im Vorjahresmonat', 'euro'),
  },
  K1E1: {
    zaehler: p('Leistungen für Unterkunft und Heizung im Berichtsmonat', 'euro'),
    nenner: p('dieselben Leistungen im Vorjahresmonat', 'euro'),
  },
  K1E2: {
    zaehler: p('eLb am Stichtag', 'personen'),
    nenner: p('eLb am Stichtag des Vorjahresmonats', 'personen'),
  },
  K1E3: {
    zaehler: p(`Zugänge in den eLb-Bestand ${TWELVE}`, 'ereignisse'),
    nenner: p('Summe der eLb-Bestände an den zwölf Stichtagen', 'personenmonate'),
  },
  K1E4: {
    zaehler: p(`Abgänge aus dem eLb-Bestand ${TWELVE}`, 'ereignisse'),
    nenner: p('Summe der eLb-Bestände an den zwölf Stichtagen der Vormonate', 'personenmonate'),
  },
  K2: { zaehler: p(`Integrationen ${TWELVE}`, 'ereignisse'), nenner: AVERAGE_ELB },
  K2E1: {
    zaehler: p(`Eintritte in geringfügige Beschäftigung ${TWELVE}`, 'ereignisse'),
    nenner: AVERAGE_ELB,
  },
  K2E2: {
    zaehler: p(`Eintritte in öffentlich geförderte Beschäftigung ${TWELVE}`, 'ereignisse'),
    nenner: AVERAGE_ELB,
  },
  K2E3: {
    zaehler: p(
      `Integrationen mit anhaltender sv-pflichtiger Beschäftigung ${TWELVE}`,
      'ereignisse',
    ),
    nenner: p(`Integrationen in sv-pflichtige Beschäftigung ${TWELVE}`, 'ereignisse'),
  },
  K2E4: {
    zaehler: p(`Integrationen Alleinerziehender ${TWELVE}`, 'ereignisse'),
    nenner: p('alleinerziehende eLb im Durchschnitt der zwölf Vormonate', 'personen'),
  },
  K3: {
    zaehler: p('Langzeitleistungsbezieher am Stichtag', 'personen'),
    nenner: p('Langzeitleistungsbezieher am Stichtag des Vorjahresmonats', 'personen'),
  },
  K3E1: {
    zaehler: p(`Integrationen von Langzeitleistungsbeziehern ${TWELVE}`, 'ereignisse'),
    nenner: p('Langzeitleistungsbezieher im Durchschnitt der zwölf Vormonate', 'personen'),
  },
  K3E2: {
    zaehler: p(
      'Langzeitleistungsbezieher in Maßnahmen der aktiven Arbeitsförderung am Stichtag',
      'personen',
    ),
    nenner: p('Langzeitleistungsbezieher am Stichtag', 'personen'),
  },
  K3E3: {
    zaehler: p(`Zugänge in den Bestand an Langzeitleistungsbeziehern ${TWELVE}`, 'ereignisse'),
    nenner: p(
      'Summe der Bestände an Langzeitleistungsbeziehern an den zwölf Stichtagen',
      'personenmonate',
    ),
  },
  K3E4: {
    zaehler: p(`Abgänge aus dem Bestand an Langzeitleistungsbeziehern ${TWELVE}`, 'ereignisse'),
    nenner: p(
      'Summe der Bestände an Langzeitleistungsbeziehern an den zwölf Stichtagen der Vormonate',
      'personenmonate',
    ),
  },
  JFW_K2: {
    zaehler: p('Integrationen seit Januar', 'ereignisse'),
    nenner: p('eLb im Durchschnitt von Dezember des Vorjahres bis zum Vormonat', 'personen'),
  },
  JDW_LZB: {
    zaehler: p(
      'Summe der monatlichen Bestände an Langzeitleistungsbeziehern seit Januar',
      'personenmonate',
    ),
    nenner: p('Zahl der Monate', 'monate'),
  },
};

export const PART_UNIT_WORDS: Record<PartUnit, string> = {
  euro: 'Euro',
  personen: 'Personen',
  ereignisse: 'Ereignisse, nicht Personen',
  monate: 'Monate',
  personenmonate: 'Personenmonate',
};

export const KENNZAHL_GROUPS: { title: string; intro: string; ids: KennzahlId[] }[] = [
  { title: 'Kennzahlen', intro: 'Die drei Kennzahlen nach § 48a SGB II.', ids: ['K1', 'K2', 'K3'] },
  {
    title: 'Ergänzungsgrößen',
    intro: 'Sie erklären, wie die Kennzahlen zustande kommen.',
    ids: [
      'K1E1',
      'K1E2',
      'K1E3',
      'K1E4',
      'K2E1',
      'K2E2',
      'K2E3',
      'K2E4',
      'K3E1',
      'K3E2',
      'K3E3',
      'K3E4',
    ],
  },
  {
    title: 'Jahreswerte für die Zielsteuerung',
    intro: 'Auf diese Werte werden Ziele vereinbart; der Dezemberwert ist der Jahreswert.',
    ids: ['JFW_K2', 'JDW_LZB'],
  },
];
