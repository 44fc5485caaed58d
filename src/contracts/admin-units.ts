/**
 * Contracts of the administration of the unit tree (/api/admin/units): every unit with its
 * validity and dated links, creating one, renaming, moving from a day on, closing.
 */
import { z } from 'zod';
import { VERGLEICHSTYP_PATTERN } from '../domain/units/unit-keys.ts';
import { UNIT_KINDS } from '../domain/units/unit-tree.ts';
import { calendarDate, positiveInt, requiredText } from './input.ts';

/** A unit id: a path segment (AGS-like numbers, "DE"), so plain characters only. */
export const UNIT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
export const UNIT_ID_MAX = 40;

const unitId = (what: string) =>
  z
    .string({ error: `${what}: Text erwartet` })
    .min(1, { error: `${what} fehlt`, abort: true })
    .max(UNIT_ID_MAX, { error: `${what}: höchstens ${UNIT_ID_MAX} Zeichen`, abort: true })
    .regex(UNIT_ID_PATTERN, {
      error: `${what}: nur Buchstaben ohne Umlaute, Ziffern, Binde- und Unterstrich`,
    });

const kindSchema = z.enum(UNIT_KINDS, {
  error: `Art: ${UNIT_KINDS.slice(0, -1).join(', ')} oder ${UNIT_KINDS.at(-1)} erwartet`,
});
const traegerFormSchema = z.enum(['zkT', 'gE'], { error: 'Trägerform: zkT oder gE erwartet' });

/** A key of digits (the length per kind: domain/units/unit-keys.ts). */
const digits = (what: string, max: number) =>
  z
    .string({ error: `${what}: Ziffern als Text erwartet` })
    .min(1, { error: `${what}: leer; zum Entfernen null senden`, abort: true })
    .max(max, { error: `${what}: höchstens ${max} Ziffern`, abort: true })
    .regex(/^[0-9]+$/, { error: `${what}: nur Ziffern 0–9 erwartet` });

const regionalschluessel = digits('Regionalschlüssel', 12).describe(
  'amtlicher Regionalschlüssel: 2 Ziffern (Land), 5 (Kreis, kreisfreie Stadt), 8 oder 12 (Gemeinde)',
);
const dienststelle = digits('Jobcenter-Nummer/Dienststellennummer', 5).describe(
  'Jobcenter-Nummer (5 Ziffern, Träger und örtliche Jobcenter) oder Dienststellennummer (3 Ziffern, Agentur für Arbeit, Regionaldirektion)',
);
const vergleichstypCode = z
  .string({ error: 'Vergleichstyp: Text erwartet' })
  .regex(VERGLEICHSTYP_PATTERN, {
    error: 'Vergleichstyp: ein Typ des IAB erwartet (Ia … Ie, IIa … IIe, IIIa … IIIe)',
  });

export const comparisonTypeSchema = z.object({
  typ: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});

export const unitLinkSchema = z.object({
  parentId: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});

export const adminUnitSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: kindSchema,
    traegerForm: traegerFormSchema.nullable(),
    validFrom: z.string(),
    validTo: z.string().nullable().describe('letzter Tag (null: besteht fort)'),
    parentId: z.string().nullable().describe('übergeordnete Einheit am Stichtag'),
    links: z.array(unitLinkSchema).describe('Zuordnungen im Baum, älteste zuerst'),
    regionalschluessel: z.string().nullable(),
    dienststelle: z.string().nullable().describe('Jobcenter-Nummer oder Dienststellennummer'),
    vergleichstypen: z
      .array(comparisonTypeSchema)
      .describe('SGB II-Vergleichstypen des IAB mit Gültigkeit, älteste zuerst'),
    rowVersion: z.number().describe('mit jeder Änderung zurückzusenden (optimistische Sperre)'),
  })
  .meta({ id: 'Einheit', description: 'Eine Einheit mit Gültigkeit und Zuordnungen' });
export type AdminUnit = z.infer<typeof adminUnitSchema>;

export const unitTreeQuerySchema = z.object({
  date: calendarDate('Stichtag')
    .optional()
    .describe('Stichtag für parentId, JJJJ-MM-TT (Standard: heute)'),
});

export const createUnitSchema = z.object({
  id: unitId('Kennung'),
  name: requiredText('Name', 200),
  kind: kindSchema,
  traegerForm: traegerFormSchema.nullable().default(null),
  parentId: unitId('Übergeordnete Einheit').nullable(),
  validFrom: calendarDate('Gültig ab'),
  regionalschluessel: regionalschluessel.nullable().default(null),
  dienststelle: dienststelle.nullable().default(null),
  vergleichstyp: vergleichstypCode
    .nullable()
    .default(null)
    .describe('SGB II-Vergleichstyp ab dem ersten Tag (nur Träger)'),
});
export type CreateUnitInput = z.infer<typeof createUnitSchema>;

export const updateUnitSchema = z.object({
  rowVersion: positiveInt('Stand (rowVersion)'),
  name: requiredText('Name', 200).optional().describe('neuer Name (umbenennen)'),
  traegerForm: traegerFormSchema.optional().describe('neue Trägerform (nur Träger)'),
  move: z
    .object({
      parentId: unitId('Neue übergeordnete Einheit'),
      validFrom: calendarDate('Zugeordnet ab'),
    })
    .optional()
    .describe('verschieben: unter eine andere Einheit ab diesem Tag'),
  validTo: calendarDate('Gültig bis').optional().describe('schließen: letzter Tag der Einheit'),
  regionalschluessel: regionalschluessel.nullable().optional().describe('null entfernt ihn'),
  dienststelle: dienststelle.nullable().optional().describe('null entfernt sie'),
  vergleichstyp: z
    .object({
      typ: vergleichstypCode.nullable().describe('null: ab diesem Tag keiner'),
      validFrom: calendarDate('Vergleichstyp gültig ab'),
    })
    .optional()
    .describe('neuer Vergleichstyp ab einem Tag; der bisherige endet am Vortag (nur Träger)'),
});
export type UpdateUnitInput = z.infer<typeof updateUnitSchema>;

export const unitIdParam = z.object({ id: unitId('Kennung der Einheit') });
