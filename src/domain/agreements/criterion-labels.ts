/** German names of the criterion kinds, for findings, tables and forms. */
import type { CriterionKind } from './criteria.ts';

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
