/**
 * Loads the person spells: `elb_zeiten` → `in_elb`, `beschaeftigungen` → `in_beschaeftigungen`,
 * `massnahmen` → `in_massnahmen` (kennzahlen.md §1). `von` is required, an empty `bis` is open
 * (NULL), `bis` is inclusive and may not lie before `von`.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { InputProblem } from '../types.ts';
import { leafUnit, notBefore, oneOf, reference, required, validDate, valueLayer, type Check, type Lookup, type LookupJoin, type ValueKind } from './checks.ts';
import { runTableJob } from './run-checks.ts';
import type { Source } from './source.ts';

export const ARTEN = ['svb', 'ausbildung', 'selbstaendig', 'geringfuegig'] as const;
export const KATEGORIEN = ['aktiv', 'begleitend', 'oeffentlich_gefoerdert'] as const;

export interface SpellLookups {
  persons: Lookup;
  units: Lookup;
}

const personJoin = (lookups: SpellLookups): LookupJoin => ({ lookup: lookups.persons, alias: 'p', column: 'person_id' });
const person = (lookups: SpellLookups, skipInvalid: boolean): Check[] => [required('person_id'), ...reference(personJoin(lookups), skipInvalid)];
const period: Check[] = [required('von'), validDate('von'), validDate('bis'), notBefore('von', 'bis')];
const periodKinds: Record<string, ValueKind> = { von: 'date', bis: 'date' };

export async function loadElb(connection: DuckDBConnection, source: Source, lookups: SpellLookups, skipInvalid: boolean): Promise<InputProblem[]> {
  const unit: LookupJoin = { lookup: lookups.units, alias: 'u', column: 'einheit_id' };
  const result = await runTableJob(connection, {
    source,
    skipInvalid,
    target: 'in_elb',
    layer: valueLayer(source, { person_id: 'text', einheit_id: 'text', bg_id: 'text', ...periodKinds, alleinerziehend: 'text' }),
    lookups: [personJoin(lookups), unit],
    checks: [
      ...person(lookups, skipInvalid),
      required('einheit_id'), ...reference(unit, skipInvalid), leafUnit('einheit_id', 'u'),
      required('bg_id'),
      ...period,
      required('alleinerziehend'), oneOf('alleinerziehend', ['0', '1']),
    ],
    select: `v.__row AS line, p.pid, u.uid, v.t_bg_id AS bg_id, v.p_von AS von, v.p_bis AS bis, v.t_alleinerziehend = '1' AS ae`,
  });
  return result.problems;
}

export async function loadBeschaeftigungen(connection: DuckDBConnection, source: Source, lookups: SpellLookups, skipInvalid: boolean): Promise<InputProblem[]> {
  const result = await runTableJob(connection, {
    source,
    skipInvalid,
    layer: valueLayer(source, { person_id: 'text', art: 'text', ...periodKinds }),
    lookups: [personJoin(lookups)],
    target: 'in_beschaeftigungen',
    checks: [...person(lookups, skipInvalid), required('art'), oneOf('art', ARTEN), ...period],
    select: `p.pid, v.t_art AS art, v.p_von AS von, v.p_bis AS bis`,
  });
  return result.problems;
}

/** `instrument` is free text and may be empty (no quantity of §2 reads it). */
export async function loadMassnahmen(connection: DuckDBConnection, source: Source, lookups: SpellLookups, skipInvalid: boolean): Promise<InputProblem[]> {
  const result = await runTableJob(connection, {
    source,
    skipInvalid,
    layer: valueLayer(source, { person_id: 'text', kategorie: 'text', instrument: 'text', ...periodKinds }),
    lookups: [personJoin(lookups)],
    target: 'in_massnahmen',
    checks: [...person(lookups, skipInvalid), required('kategorie'), oneOf('kategorie', KATEGORIEN), ...period],
    select: `p.pid, v.t_kategorie AS kategorie, v.t_instrument AS instrument, v.p_von AS von, v.p_bis AS bis`,
  });
  return result.problems;
}
