/**
 * The roles of the system and the unit each belongs to (zielsteuerung.md "Roles"): the Land
 * steers its Träger, the Träger's controlling steers its örtliche Jobcenter, the head of an
 * örtliches Jobcenter answers for its own targets; a reader sees without acting; the
 * administration manages users and units and signs or decides nothing. The microdata grant
 * (seeing counts of 1 and 2) and the import rights per source are given separately.
 */
import { UNIT_KIND_LABELS, type UnitKind } from '../units/unit-tree.ts';

export type Role = 'ministerium' | 'traeger' | 'jobcenter' | 'administration' | 'leser';

export const ROLES: readonly Role[] = [
  'ministerium',
  'traeger',
  'jobcenter',
  'leser',
  'administration',
];

export const ROLE_LABELS: Record<Role, string> = {
  ministerium: 'Landessteuerung (Ministerium)',
  traeger: 'Controlling des Trägers',
  jobcenter: 'örtliches Jobcenter',
  leser: 'Lesezugriff',
  administration: 'Administration',
};

/** The sources a Datenstand can come from (kennzahlen.md §5). */
export type ValueSource = 'mikrodaten' | 'ba_veroeffentlichung' | 'manuell';

export const VALUE_SOURCES: readonly ValueSource[] = [
  'mikrodaten',
  'ba_veroeffentlichung',
  'manuell',
];

export const VALUE_SOURCE_LABELS: Record<ValueSource, string> = {
  mikrodaten: 'eigene Berechnung aus Mikrodaten',
  ba_veroeffentlichung: 'BA-Veröffentlichung',
  manuell: 'manuelle Erfassung (lokale Kennzahlen)',
};

/**
 * The unit kinds an account of each role may belong to. BMAS is a ministry; the BA, its
 * Regionaldirektionen and Agenturen and the kommunale Träger of a gE are Träger of the benefits
 * (§ 6 Abs. 1 SGB II): their staff act for them as parties (rights-model.ts PARTY_ROLE).
 */
const UNIT_KINDS_OF_ROLE: Record<Role, readonly UnitKind[]> = {
  ministerium: ['land', 'bmas'],
  traeger: ['traeger', 'ba', 'regionaldirektion', 'agentur', 'kommune'],
  jobcenter: ['jobcenter'],
  leser: ['bund', 'land', 'traeger', 'jobcenter'],
  administration: ['bund', 'land'],
};

/** Why an account of `role` cannot belong to a unit of `kind` (German), or null when it can. */
export function roleUnitMismatch(role: Role, kind: UnitKind, unitName: string): string | null {
  if (UNIT_KINDS_OF_ROLE[role].includes(kind)) return null;
  return `Die Rolle „${ROLE_LABELS[role]}“ passt nicht zu ${unitName}: erwartet ist eine Einheit der Art ${UNIT_KINDS_OF_ROLE[
    role
  ]
    .map((k) => UNIT_KIND_LABELS[k])
    .join(' oder ')}.`;
}
