/**
 * Figures per unit × month × sex with their Datenstand (kennzahlen.md §5): a new Datenstand is a
 * new set of rows, never an update of an old one.
 */
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { units } from './units.ts';

export const valueSource = pgEnum('value_source', [
  'mikrodaten',
  'ba_veroeffentlichung',
  'manuell',
]);
export const valueQuality = pgEnum('value_quality', [
  'final',
  'vorlaeufig',
  'eingeschraenkt',
  'fehlend',
]);
/** grundgroesse = base quantity, kennzahl = K1 … K3E4 and the steering values, lokal = local indicator. */
export const metricKind = pgEnum('metric_kind', ['grundgroesse', 'kennzahl', 'lokal']);

export const datenstaende = pgTable(
  'datenstaende',
  {
    id: serial('id').primaryKey(),
    /** the as-of date of the figures */
    stand: date('stand', { mode: 'string' }).notNull(),
    source: valueSource('source').notNull(),
    label: text('label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
    /**
     * The version of the Kennzahlen contract (domain/kpi/contract-version.ts) by which this
     * program computed the figures from microdata; null = not computed here (BA publications,
     * manual entries, figures loaded through the API). Datenstände from microdata stored before
     * the column are version 1 (migration 0009).
     */
    kennzahlenVertrag: integer('kennzahlen_vertrag'),
  },
  (t) => [
    check(
      'datenstaende_kennzahlen_vertrag',
      sql`${t.kennzahlenVertrag} IS NULL OR (${t.source} = 'mikrodaten' AND ${t.kennzahlenVertrag} >= 1)`,
    ),
  ],
);

export const metricValues = pgTable(
  'metric_values',
  {
    datenstandId: integer('datenstand_id')
      .notNull()
      .references(() => datenstaende.id),
    unitId: text('unit_id')
      .notNull()
      .references(() => units.id),
    /** YYYY-MM */
    month: text('month').notNull(),
    sex: text('sex').notNull(),
    kind: metricKind('kind').notNull(),
    /** base quantity id, Kennzahl id or local indicator id */
    metric: text('metric').notNull(),
    /** null = missing (with quality 'fehlend') */
    value: doublePrecision('value'),
    zaehler: doublePrecision('zaehler'),
    nenner: doublePrecision('nenner'),
    quality: valueQuality('quality').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.datenstandId, t.unitId, t.month, t.sex, t.kind, t.metric] }),
    index('metric_values_lookup').on(t.unitId, t.kind, t.metric, t.month),
  ],
);

export const localIndicators = pgTable('local_indicators', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  definition: text('definition').notNull(),
  unit: text('unit').notNull(),
  /** the unit that defined the indicator and alone may change it */
  ownerUnitId: text('owner_unit_id')
    .notNull()
    .references(() => units.id),
  /** LocalIndicator['source'] of src/domain/agreements/criteria.ts */
  source: jsonb('source').notNull(),
  rowVersion: integer('row_version').notNull().default(1),
});
