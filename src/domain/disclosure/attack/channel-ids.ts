/**
 * The channels of the attack, each a kind of linear identity between figures one viewer can
 * fetch (docs/disclosure-attack.md explains each in German and English).
 */
export const CHANNEL_IDS = [
  'rolling12',
  'sexes',
  'averagedRates',
  'yearToDate',
  'stockFlow',
  'tree',
  'direct',
  'subsets',
  'values',
] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number] | 'definitions' | 'reasons' | 'cases';

export const CHANNEL_LABELS: Record<ChannelId, string> = {
  rolling12:
    'Gleitende 12-Monats-Zähler der Quoten / rolling 12-month numerators (K2, K2E1–4, K3E1)',
  sexes: 'Insgesamt = Männer + Frauen / total = men + women',
  averagedRates:
    'Durchschnittsraten: Σ12 Bewegungen und Σ12 Bestände / averaged rates: Σ12 flows and stocks (K1E3/4, K3E3/4)',
  yearToDate: 'Jahresfortschritt / year to date (JFW_K2, JDW_LZB)',
  stockFlow: 'Bestand-Bewegung / stock-flow (ELB, LZB)',
  tree: 'Träger = Σ örtliche Jobcenter / parent = Σ children',
  direct: 'Zähler/Nenner der Kennzahlen / numerators and denominators (K1E2, K3, K3E2)',
  subsets: 'Teilmengen / subsets (INT_SVB ≤ INT, LZB ≤ ELB, …)',
  values: 'Wert × bekannter Nenner / value × known denominator (where zaehler/nenner are not sent)',
  definitions: 'Definitionen der Summen / definitions of the sums',
  reasons: 'Sperrgrund (1 oder 2) / withholding reason (1 or 2)',
  cases: 'Fallunterscheidung über alle Identitäten / case analysis over all identities',
};
