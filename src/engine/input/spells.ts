/**
 * Loads the person spells: `elb_zeiten` → `in_elb`, `beschaeftigungen` → `in_beschaeftigungen`,
 * `massnahmen` → `in_massnahmen` (kennzahlen.md §1). `von` is required, an empty `bis` is open
 * (NULL), `bis` is inclusive and may not lie before `von`.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { InputProblem } from '../types.ts';
import {
  leafUnit,
  notBefore,
  oneOf,
  reference,
  required,
  validDate,
  valueLayer,
  type Check,
  type Lookup,
  type LookupJoin,
  type ValueKind,
} from './checks.ts';
import { runTableJob } from './run-checks.ts';
import type { Source } from './source.ts';

export const ARTEN = ['svb', 'ausbildung', 'selbstaendig', 'geringfuegig'] as const;
export const KATEGORIEN = ['aktiv', 'begleitend', 'oeffentlich_gefoerdert'] as const;

export interface SpellLookups {
  persons: Lookup;
  units: Lookup;
}

const personJoin = (lookups: SpellLookups): LookupJoin => ({
  lookup: lookups.persons,
  alias: 'p',
  column: 'person_id',
});
const person = (lookups: SpellLookups, skipInvalid: boolean): Check[] => [
  required('person_id'),
  ...reference(personJoin(lookups), skipInvalid),
];
const period: Check[] = [
  required('von'),
  validDate('von'),
  validDate('bis'),
  notBefore('von', 'bis'),
];
const periodKinds: Record<string, ValueKind> = { von: 'date', bis: 'date' };

/**
 * The checks of each spell file other than its person_id (person-spells.ts joins the persons of
 * all three files at once), in column order; `unit` joins the einheit_id of elb_zeiten as `u`.
 */
export function elbChecks(unit: LookupJoin, skipInvalid: boolean): Check[] {
  return [
    required('einheit_id'),
    ...reference(unit, skipInvalid),
    leafUnit('einheit_id', unit.alias),
    required('bg_id'),
    ...period,
    required('alleinerziehend'),
    oneOf('alleinerziehend', ['0', '1']),
  ];
}
export const BESCHAEFTIGUNG_CHECKS: readonly Check[] = [
  required('art'),
  oneOf('art', ARTEN),
  ...period,
];
export const MASSNAHME_CHECKS: readonly Check[] = [
  required('kategorie'),
  oneOf('kategorie', KATEGORIEN),
  ...period,
];

/** The value layers of the spell files (see valueLayer); bg_id and instrument are only checked. */
export const elbLayer = (source: Source) =>
  valueLayer(source, {
    person_id: 'text',
    einheit_id: 'text',
    bg_id: 'text',
    ...periodKinds,
    alleinerziehend: 'text',
  });
export const beschaeftigungLayer = (source: Source) =>
  valueLayer(source, { person_id: 'text', art: 'text', ...periodKinds });
export const massnahmeLayer = (source: Source) =>
  valueLayer(source, { person_id: 'text', kategorie: 'text', instrument: 'text', ...periodKinds });

export const unitJoin = (units: Lookup): LookupJoin => ({
  lookup: units,
  alias: 'u',
  column: 'einheit_id',
});

export async function loadElb(
  connection: DuckDBConnection,
  source: Source,
  lookups: SpellLookups,
  skipInvalid: boolean,
): Promise<InputProblem[]> {
  const unit = unitJoin(lookups.units);
  const result = await runTableJob(connection, {
    source,
    skipInvalid,
    target: 'in_elb',
    layer: elbLayer(source),
    lookups: [personJoin(lookups), unit],
    checks: [...person(lookups, skipInvalid), ...elbChecks(unit, skipInvalid)],
    select: `v.__row AS line, p.pid, u.uid, v.p_von AS von, v.p_bis AS bis, v.t_alleinerziehend = '1' AS ae`,
  });
  return result.problems;
}

export async function loadBeschaeftigungen(
  connection: DuckDBConnection,
  source: Source,
  lookups: SpellLookups,
  skipInvalid: boolean,
): Promise<InputProblem[]> {
  const result = await runTableJob(connection, {
    source,
    skipInvalid,
    layer: beschaeftigungLayer(source),
    lookups: [personJoin(lookups)],
    target: 'in_beschaeftigungen',
    checks: [...person(lookups, skipInvalid), ...BESCHAEFTIGUNG_CHECKS],
    select: `p.pid, v.t_art AS art, v.p_von AS von, v.p_bis AS bis`,
  });
  return result.problems;
}

/** `instrument` is free text and may be empty; no quantity of §2 reads it, so it is not kept. */
export async function loadMassnahmen(
  connection: DuckDBConnection,
  source: Source,
  lookups: SpellLookups,
  skipInvalid: boolean,
): Promise<InputProblem[]> {
  const result = await runTableJob(connection, {
    source,
    skipInvalid,
    layer: massnahmeLayer(source),
    lookups: [personJoin(lookups)],
    target: 'in_massnahmen',
    checks: [...person(lookups, skipInvalid), ...MASSNAHME_CHECKS],
    select: `p.pid, v.t_kategorie AS kategorie, v.p_von AS von, v.p_bis AS bis`,
  });
  return result.problems;
}
