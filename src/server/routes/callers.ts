/**
 * Who may call each operation, in one table, as the OpenAPI document states it (`x-berechtigt`
 * and the description of each operation). The decision itself is made by the domain
 * (src/domain/access/rights.ts) on the server; this is its description for people and clients.
 * A test requires an entry for every operation.
 */
const SEES =
  'wer die Einheit der Zielseite sieht (eigene Einheit und darunter); nicht die Administration';
const OWN = 'jeder angemeldete Benutzer, für sich selbst';

export const CALLERS: Record<string, string> = {
  createSession: 'alle (Anmeldung)',
  getLoginInfo: 'alle (Anmeldeseite)',
  startSingleSignOn: 'alle (Anmeldung über den Identitätsanbieter)',
  finishSingleSignOn: 'alle (Rückkehr vom Identitätsanbieter)',
  getSession: OWN,
  deleteSession: OWN,
  updateOwnPassword: OWN,
  createApiToken: OWN,
  listApiTokens: OWN,
  revokeApiToken: OWN,
  getViewer: OWN,
  getHealth: 'alle (Betriebsüberwachung; die Antwort sagt nur ok oder gestört)',
  listUnits: 'jeder angemeldete Benutzer: die Einheiten, deren Daten er sieht',
  queryValues:
    'wer die Einheiten sieht; kleine Fallzahlen nur mit Mikrodatenrecht in der eigenen Einheit; nicht die Administration',
  listDatenstaende: 'jeder angemeldete Benutzer außer der Administration',
  importValues:
    'wer das Laderecht für die Quelle hat, nur für sichtbare Einheiten; Quellen außer „manuell“ nie für die eigene Einheit; manuell nur Werte eigener lokaler Kennzahlen; Datenstand nicht in der Zukunft',
  listLocalIndicators: 'jeder angemeldete Benutzer',
  saveLocalIndicator:
    'Landessteuerung, Träger oder örtliches Jobcenter für die eigene Einheit; ändern nur die Einheit, der die Kennzahl gehört',
  listAgreements: `Zielvereinbarungen, die der Benutzer sieht (${SEES})`,
  getAgreement: SEES,
  compareAgreementVersions: SEES,
  getAgreementMonitoring: SEES,
  getYearOverview: 'jeder angemeldete Benutzer: die Zielvereinbarungen, die er sieht',
  checkAgreementCascade: SEES,
  listFrameworkChanges: SEES,
  listAssessmentDecisions: SEES,
  getAgreementDocument: SEES,
  getDialogueAgenda: SEES,
  getAssessmentReport: SEES,
  createAgreement:
    'eine der beiden Parteien; steuernd ist die Einheit, die die Zielseite steuert (Land → Träger, Träger → örtliches Jobcenter); eine übergeordnete Vereinbarung muss eine eigene der steuernden Seite sein',
  updateAgreementContent:
    'Entwurf: beide Parteien; in Verhandlung: die steuernde Seite; nie nach einer Unterschrift. Unterzeichnet: Meilensteinstand melden (Zielseite) oder feststellen (steuernde Seite)',
  transitionAgreement:
    'anbieten: Zielseite; verhandeln: steuernde Seite; zurückziehen: Angebot die Zielseite, Verhandlung beide; unterzeichnen: jede Seite nur die eigene Unterschrift; bewerten und wieder öffnen (mit Begründung): steuernde Seite',
  reviseAgreement: 'beide Parteien, aus „unterzeichnet“',
  draftNextYear: 'beide Parteien',
  deriveAgreementCascade:
    'der Träger als Zielseite der übergeordneten Vereinbarung (für seine örtlichen Jobcenter)',
  recordFrameworkChange:
    'beide Parteien, solange die Vereinbarung unterzeichnet und nicht bewertet ist',
  recordAssessmentDecision: 'die steuernde Seite, solange die Vereinbarung nicht bewertet ist',
  compareJobcenters:
    'wer die Einheit sieht; ein örtliches Jobcenter auch seine Nachbarn (geschützt); nicht die Administration',
  compareWithinVergleichstyp:
    'wer die Einheit sieht (Vergleichspartner geschützt); nicht die Administration',
  getMonitoringReport: 'wer die Einheiten sieht; nicht die Administration',
  exportTable: 'wer die Einheiten sieht; nicht die Administration',
  listAuditTrail:
    'Administration: das ganze Protokoll; andere: der Verlauf eines Datensatzes, den sie sehen (Datenstände: Landessteuerung)',
  checkAuditChain: 'nur die Administration',
  listUserAccounts: 'nur die Administration',
  createUserAccount: 'nur die Administration',
  updateUserAccount:
    'nur die Administration (nicht die eigene Rolle, sich selbst nicht deaktivieren)',
  resetUserPassword: 'nur die Administration (nicht das eigene Kennwort)',
  listUnitTree: 'nur die Administration',
  createUnit: 'nur die Administration',
  updateUnit: 'nur die Administration',
  exportAuditTrail: 'nur die Administration',
};

type Operation = { operationId?: string; description?: string; 'x-berechtigt'?: string };

/** The document with each operation's callers added; an operation without entry is an error. */
export function withCallers<T extends { paths?: object }>(document: T): T {
  for (const item of Object.values(document.paths ?? {}) as object[])
    for (const operation of Object.values(item) as Operation[]) {
      const who = operation.operationId === undefined ? undefined : CALLERS[operation.operationId];
      if (who === undefined) continue;
      operation['x-berechtigt'] = who;
      operation.description = [operation.description, `Berechtigt: ${who}.`]
        .filter((x) => x !== undefined && x !== '')
        .join('\n\n');
    }
  return document;
}
