/** One figure as services exchange it: unit × month × sex × metric, with numerator and denominator. */
import type { Quality } from '../../domain/monitoring/types.ts';

export type MetricKind = 'grundgroesse' | 'kennzahl' | 'lokal';
import type { ValueSource } from '../../domain/access/roles.ts';

export type { ValueSource };

export interface ValueRow {
  unitId: string;
  /** YYYY-MM */
  month: string;
  sex: 'insgesamt' | 'm' | 'w';
  kind: MetricKind;
  metric: string;
  /** null = missing */
  value: number | null;
  zaehler: number | null;
  nenner: number | null;
  quality: Quality;
}

export interface DatenstandInput {
  /** ISO date the figures are as of */
  stand: string;
  source: ValueSource;
  label: string;
}
