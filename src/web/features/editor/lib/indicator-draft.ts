/**
 * The form state of a local indicator (name, Kennung, description, source; for a derived one the
 * two parts and the operation) and its way to the API. The unit of a derived indicator is never
 * chosen: it is what the domain computes from the parts (derived-indicator.ts), so that the form
 * and the server follow one rule.
 */
import type {
  Aggregation,
  IndicatorUnit,
  LocalIndicator,
  StoredMetric,
} from '../../../../domain/agreements/criteria.ts';
import { derivedUnit } from '../../../../domain/agreements/derived-indicator.ts';
import { transliterateUmlauts } from '../../../../domain/shared/umlauts.ts';
import type { Sex } from '../../../../domain/kpi/catalog.ts';

export interface PartDraft {
  source: StoredMetric['source'];
  id: string;
  sex: Sex;
  aggregation: Aggregation;
}

export interface IndicatorDraft {
  id: string;
  /** false while the Kennung follows the name (a new indicator whose Kennung nobody typed) */
  idTyped: boolean;
  name: string;
  definition: string;
  /** the chosen unit of a manual indicator (a derived one takes the computed unit) */
  unit: IndicatorUnit;
  kind: 'manuell' | 'abgeleitet' | 'regel';
  operation: 'differenz' | 'quotient';
  left: PartDraft;
  right: PartDraft;
  /** a rule over the microdata is kept as it is: the form does not edit rules */
  rule: Extract<LocalIndicator['source'], { kind: 'regel' }> | null;
}

const part = (sex: Sex): PartDraft => ({
  source: 'kennzahl',
  id: 'K2',
  sex,
  aggregation: 'monatswert',
});

export function emptyIndicatorDraft(): IndicatorDraft {
  return {
    id: '',
    idTyped: false,
    name: '',
    definition: '',
    unit: 'Personen',
    kind: 'manuell',
    operation: 'differenz',
    left: part('w'),
    right: part('m'),
    rule: null,
  };
}

function metricToPart(m: StoredMetric): PartDraft {
  return m.source === 'kennzahl'
    ? { source: 'kennzahl', id: m.id, sex: m.sex, aggregation: 'monatswert' }
    : { source: 'grundgroesse', id: m.id, sex: m.sex, aggregation: m.aggregation };
}

export function indicatorToDraft(indicator: LocalIndicator): IndicatorDraft {
  const d: IndicatorDraft = {
    ...emptyIndicatorDraft(),
    id: indicator.id,
    idTyped: true,
    name: indicator.name,
    definition: indicator.definition,
    unit: indicator.unit as IndicatorUnit,
    kind: indicator.source.kind,
  };
  if (indicator.source.kind === 'abgeleitet')
    return {
      ...d,
      operation: indicator.source.operation,
      left: metricToPart(indicator.source.left),
      right: metricToPart(indicator.source.right),
    };
  if (indicator.source.kind === 'regel') return { ...d, rule: indicator.source };
  return d;
}

function partToMetric(p: PartDraft): StoredMetric {
  if (p.source === 'kennzahl')
    return {
      source: 'kennzahl',
      id: p.id as Extract<StoredMetric, { source: 'kennzahl' }>['id'],
      sex: p.sex,
    };
  return {
    source: 'grundgroesse',
    id: p.id as Extract<StoredMetric, { source: 'grundgroesse' }>['id'],
    sex: p.sex,
    aggregation: p.aggregation,
  };
}

type DerivedSource = Extract<LocalIndicator['source'], { kind: 'abgeleitet' }>;

function derivedSourceOf(d: IndicatorDraft): DerivedSource {
  return {
    kind: 'abgeleitet',
    operation: d.operation,
    left: partToMetric(d.left),
    right: partToMetric(d.right),
  };
}

/** The unit a derived indicator gets from its parts, or the domain's reason why they do not fit. */
export function resultingUnit(d: IndicatorDraft): { unit: IndicatorUnit } | { problem: string } {
  return derivedUnit(derivedSourceOf(d));
}

/**
 * The indicator as the API takes it. A derived indicator whose parts do not combine keeps the
 * chosen unit: the server answers with the domain's reason, shown at the second part.
 */
export function draftToIndicator(d: IndicatorDraft): LocalIndicator {
  const base = {
    id: d.id.trim(),
    name: d.name.trim(),
    definition: d.definition.trim(),
  };
  if (d.kind === 'abgeleitet') {
    const derived = resultingUnit(d);
    return {
      ...base,
      unit: 'unit' in derived ? derived.unit : d.unit,
      source: derivedSourceOf(d),
    };
  }
  if (d.kind === 'regel' && d.rule !== null) return { ...base, unit: d.unit, source: d.rule };
  return { ...base, unit: d.unit, source: { kind: 'manuell' } };
}

/** A Kennung after the name, as the API wants it (2–40 of A–Z, 0–9, _): "ABSTAND_K2_FRAUEN_MAENNER". */
export function suggestIndicatorId(name: string): string {
  return transliterateUmlauts(name)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40)
    .replace(/_+$/, '');
}

/** The draft after a change of the name: the Kennung follows it until someone types one. */
export function renameDraft(d: IndicatorDraft, name: string): IndicatorDraft {
  return d.idTyped ? { ...d, name } : { ...d, name, id: suggestIndicatorId(name) };
}

export interface PlacedErrors {
  /** form field path → message (several messages of one field joined) */
  fields: Map<string, string>;
  /** messages that belong to no field of the form */
  general: string[];
}

/**
 * The server's messages at the form's fields: a detail's path ("source.right", "source.left.id",
 * "name") goes to the field of that path, or to the nearest enclosing one the form has; the
 * body's rowVersion and anything else to the general messages.
 */
export function placeIndicatorErrors(
  details: readonly { path: string; message: string }[],
  fieldPaths: readonly string[],
): PlacedErrors {
  const fields = new Map<string, string>();
  const general: string[] = [];
  for (const { path, message } of details) {
    let at: string | undefined;
    for (let p = path.split('.'); p.length > 0 && at === undefined; p = p.slice(0, -1)) {
      const candidate = p.join('.');
      if (fieldPaths.includes(candidate)) at = candidate;
    }
    if (at === undefined) general.push(message);
    else fields.set(at, fields.has(at) ? `${fields.get(at)} ${message}` : message);
  }
  return { fields, general };
}

/**
 * The indicators a target form names: those the user sees (fresh from the list, so that one just
 * created or renamed is named at once) and those of the agreement the list does not hold.
 */
export function knownIndicators(
  ofAgreement: readonly LocalIndicator[],
  listed: readonly LocalIndicator[] | undefined,
): LocalIndicator[] {
  const fresh = listed ?? [];
  return [...fresh, ...ofAgreement.filter((a) => !fresh.some((l) => l.id === a.id))];
}

/**
 * The path segment of the save call. An empty Kennung would make the path name no operation (404);
 * a stand-in lets the server check the body and answer with its message at the field (422).
 */
export function indicatorPathSegment(id: string): string {
  return id.trim() === '' ? '-' : encodeURIComponent(id.trim());
}
