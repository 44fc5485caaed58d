/** The frame of the OpenAPI document at /api/openapi.json; the operations come from the routes. */

export const TAGS = [
  { name: 'System', description: 'Betriebszustand, handelnder Benutzer' },
  { name: 'Einheiten', description: 'Der Einheitenbaum: Bund, Länder, Träger, örtliche Jobcenter' },
  {
    name: 'Werte',
    description:
      'Grundgrößen, Kennzahlen und lokale Kennzahlen je Datenstand; Laden neuer Datenstände',
  },
  {
    name: 'Zielvereinbarungen',
    description:
      'Zielvereinbarungen nach § 48b SGB II: Inhalt, Fassungen, Ablauf bis zur Unterzeichnung, Kaskade zu den örtlichen Jobcentern',
  },
  {
    name: 'Monitoring',
    description: 'Stand jedes Ziels im Jahr: Ist, Zielwert, Abstand, Prognose, Status',
  },
  {
    name: 'Bewertung',
    description: 'Jahresbewertung: Entscheidungen je Ziel, Änderungen der Rahmenbedingungen',
  },
  {
    name: 'Vergleich',
    description: 'Kennzahlenvergleich der örtlichen Jobcenter und im SGB II-Vergleichstyp',
  },
  {
    name: 'Dokumente',
    description: 'Zielvereinbarung als PDF/DOCX, Berichte als PDF, Tabellen als XLSX/CSV',
  },
  { name: 'Protokoll', description: 'Änderungsprotokoll: wer hat wann was geändert' },
  {
    name: 'Administration',
    description:
      'Benutzerkonten und Einheitenbaum verwalten (nur Rolle Administration; sie unterzeichnet und entscheidet nichts)',
  },
  {
    name: 'Anmeldung',
    description:
      'Anmelden und Abmelden, die eigene Sitzung, das eigene Kennwort, persönliche API-Token',
  },
] as const;

export type TagName = (typeof TAGS)[number]['name'];

export const OPENAPI_DOCUMENT = {
  openapi: '3.1.0',
  info: {
    title: 'Zielsteuerung SGB II',
    version: '0.1.0',
    description:
      'Kennzahlen nach § 48a SGB II, Zielvereinbarungen nach § 48b SGB II, Monitoring und Bewertung. ' +
      'Fehler haben eine Form: `{"error": {"code", "message", "details": [{"path", "message"}]}}`. ' +
      'Jede Schnittstelle außer der Anmeldung verlangt eine Sitzung (Cookie aus POST /api/session; schreibende ' +
      'Anfragen mit X-CSRF-Token) oder ein persönliches API-Token (Authorization: Bearer …).',
    license: { name: 'MIT', identifier: 'MIT' },
  },
  servers: [{ url: '/', description: 'dieser Server' }],
  tags: [...TAGS],
  security: [{ sitzung: [] }, { apiToken: [] }] as Record<string, string[]>[],
};
