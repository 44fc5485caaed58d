/**
 * The unit tree (Bund › Land › Träger › örtliches Jobcenter) with validity dates. A unit's place
 * in the tree is a dated link, so a change of Träger or a merger keeps history.
 */
import { date, integer, pgEnum, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/** unit-tree.ts: the Träger tree, and the organisations outside it that are parties to agreements */
export const unitKind = pgEnum('unit_kind', [
  'bund',
  'land',
  'traeger',
  'jobcenter',
  'bmas',
  'ba',
  'regionaldirektion',
  'agentur',
  'kommune',
]);
/** zkT = zugelassener kommunaler Träger (§ 6a SGB II), gE = gemeinsame Einrichtung (§ 44b SGB II). */
export const traegerForm = pgEnum('traeger_form', ['zkT', 'gE']);

export const units = pgTable('units', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  kind: unitKind('kind').notNull(),
  traegerForm: traegerForm('traeger_form'),
  validFrom: date('valid_from', { mode: 'string' }).notNull(),
  validTo: date('valid_to', { mode: 'string' }),
  /** amtlicher Regionalschlüssel: 2 digits for a Land, 5 for a Kreis or kreisfreie Stadt (unit-keys.ts) */
  regionalschluessel: text('regionalschluessel'),
  /** Jobcenter-Nummer of a Träger or Jobcenter, Dienststellennummer of a BA office (unit-keys.ts) */
  dienststelle: text('dienststelle'),
  /** optimistic concurrency: every change by the administration names the version it read */
  rowVersion: integer('row_version').notNull().default(1),
});

export const unitLinks = pgTable(
  'unit_links',
  {
    unitId: text('unit_id')
      .notNull()
      .references(() => units.id),
    parentId: text('parent_id')
      .notNull()
      .references(() => units.id),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.validFrom] })],
);

/** SGB II-Vergleichstyp of the IAB (Ia … IIIe since 2014), dated: types are revised. */
export const unitComparisonTypes = pgTable(
  'unit_comparison_types',
  {
    unitId: text('unit_id')
      .notNull()
      .references(() => units.id),
    typ: text('typ').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.validFrom] })],
);

/** Nearest neighbours as listed with the Vergleichstypen (rank 1 = most similar). */
export const unitNeighbours = pgTable(
  'unit_neighbours',
  {
    unitId: text('unit_id')
      .notNull()
      .references(() => units.id),
    neighbourId: text('neighbour_id')
      .notNull()
      .references(() => units.id),
    rank: integer('rank').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.neighbourId, t.validFrom] })],
);
