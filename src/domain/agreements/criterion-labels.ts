/** German names of the criterion kinds, for findings, tables and forms. */
import type { CriterionKind, NoIncreaseWording } from './criteria.ts';

export const CRITERION_KIND_LABELS: Record<CriterionKind, string> = {
  relative_aenderung: 'relative Veränderung',
  absolut: 'absoluter Zielwert',
  keine_erhoehung: 'keine Erhöhung',
  monitoring: 'Monitoring',
  meilenstein: 'Meilenstein',
  qualitativ: 'qualitatives Ziel',
  statistisch: 'statistischer Vergleich',
  zusammengesetzt: 'zusammengesetztes Ziel',
};

/** The wording variants of "no increase" as the agreements write them, for forms and diffs. */
export const NO_INCREASE_WORDING_LABELS: Record<NoIncreaseWording, string> = {
  konstant_vermeiden: '„konstant bleibt und eine Erhöhung … vermieden werden kann“',
  gleich_bleibt: '„gleich bleibt“',
  nicht_steigt: '„nicht steigt“',
};
