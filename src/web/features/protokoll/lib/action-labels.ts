/** German names of the recorded actions and record kinds (the codes stay visible beside them). */

const ACTIONS: Record<string, string> = {
  'agreement.create': 'Vereinbarung angelegt',
  'agreement.update': 'Vereinbarung bearbeitet',
  'agreement.revise': 'neue Fassung begonnen',
  'assessment.decide': 'Bewertung eines Ziels festgelegt',
  'framework_change.create': 'Änderung der Rahmenbedingungen erfasst',
  'values.import': 'Datenstand geladen',
  'indicator.create': 'lokale Kennzahl angelegt',
  'indicator.update': 'lokale Kennzahl geändert',
  'unit.create': 'Einheit angelegt',
  'unit.update': 'Einheit geändert',
  'user.create': 'Benutzer angelegt',
  'user.update': 'Benutzer geändert',
  'user.deactivate': 'Benutzer deaktiviert',
  'user.reactivate': 'Benutzer reaktiviert',
  'user.password_reset': 'Kennwort zurückgesetzt (Administration)',
  'user.password': 'eigenes Kennwort geändert',
  'export.agreement_document': 'Export: Zielvereinbarung',
  'export.monitoring_report': 'Export: Monitoringbericht',
  'export.dialogue_agenda': 'Export: Vorbereitung des Zielsteuerungsdialogs',
  'export.assessment_report': 'Export: Zielerreichungsbericht',
  'export.table': 'Export: Tabelle',
  'export.audit_trail': 'Export: Audit-Protokoll',
};

export function actionLabel(action: string): string {
  const known = ACTIONS[action];
  if (known !== undefined) return known;
  // lifecycle steps: agreement.anbieten, agreement.unterzeichnen …
  if (action.startsWith('agreement.')) return `Vereinbarung: ${action.slice('agreement.'.length)}`;
  return action;
}

export const ENTITY_LABELS: Record<string, string> = {
  agreement: 'Zielvereinbarung',
  datenstand: 'Datenstand',
  unit: 'Einheit',
  indicator: 'lokale Kennzahl',
  table: 'Tabelle',
  audit: 'Audit-Protokoll',
  user: 'Benutzer',
};

/** Beginnings of actions offered in the filter. */
export const ACTION_PREFIXES = [
  { value: 'agreement.', label: 'Zielvereinbarungen' },
  { value: 'assessment.', label: 'Bewertungen' },
  { value: 'framework_change.', label: 'Rahmenbedingungen' },
  { value: 'values.', label: 'Datenstände' },
  { value: 'indicator.', label: 'lokale Kennzahlen' },
  { value: 'unit.', label: 'Einheiten' },
  { value: 'user.', label: 'Benutzer' },
  { value: 'export.', label: 'Exporte' },
] as const;
