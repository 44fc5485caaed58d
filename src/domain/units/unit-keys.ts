/**
 * The official keys of a unit and its SGB II-Vergleichstyp, as the administration keeps them.
 *
 * - Regionalschlüssel (Statistisches Bundesamt): 2 digits for a Land, 5 for a Kreis or a kreisfreie
 *   Stadt (a Träger, or the kommunale Träger of a gE), 8 (Gemeindeschlüssel) or 12 digits for a
 *   Gemeinde (an örtliches Jobcenter). A key below a Land begins with the Land's key.
 * - Jobcenter-Nummer (5 digits, the key of the BA statistics) for a Träger or an örtliches
 *   Jobcenter; Dienststellennummer (3 digits) for an Agentur für Arbeit or a Regionaldirektion.
 * - Vergleichstyp of the IAB (since 2014: 15 types Ia … IIIe, zielsteuerung.md "Benchmarking")
 *   for a Träger, dated: types are revised, so an assignment holds from a day on and the one
 *   before ends the day before.
 * Pure: dates are ISO strings, which compare as strings.
 */
import { dayBefore, validityText, type FieldProblem } from './unit-rules.ts';
import { formatDateDe } from '../shared/format-de.ts';
import { UNIT_KIND_LABELS, type UnitKind } from './unit-tree.ts';

export interface UnitKeys {
  regionalschluessel: string | null;
  dienststelle: string | null;
}

const REGIONALSCHLUESSEL_DIGITS: Partial<Record<UnitKind, readonly number[]>> = {
  land: [2],
  traeger: [5],
  kommune: [5],
  jobcenter: [8, 12],
};

const DIENSTSTELLE: Partial<Record<UnitKind, { label: string; digits: number }>> = {
  traeger: { label: 'Jobcenter-Nummer', digits: 5 },
  jobcenter: { label: 'Jobcenter-Nummer', digits: 5 },
  agentur: { label: 'Dienststellennummer', digits: 3 },
  regionaldirektion: { label: 'Dienststellennummer', digits: 3 },
};

/** Which keys a unit of `kind` has, and their length in digits (for forms and checks alike). */
export function keyFormatOf(kind: UnitKind): {
  regionalschluessel: readonly number[] | null;
  dienststelle: { label: string; digits: number } | null;
  vergleichstyp: boolean;
} {
  return {
    regionalschluessel: REGIONALSCHLUESSEL_DIGITS[kind] ?? null,
    dienststelle: DIENSTSTELLE[kind] ?? null,
    vergleichstyp: kind === 'traeger',
  };
}

/** "2", "8 oder 12" */
const digitsText = (digits: readonly number[]) => digits.join(' oder ');

/**
 * What is wrong with the keys of a unit of `kind` (the contract checked: digits only). `parentKey`:
 * the Regionalschlüssel of the Land above, if any.
 */
export function keyProblems(
  kind: UnitKind,
  keys: Partial<UnitKeys>,
  landKey: string | null = null,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const rs = keys.regionalschluessel ?? null;
  const allowed = REGIONALSCHLUESSEL_DIGITS[kind];
  if (rs !== null && allowed === undefined)
    problems.push({
      path: 'regionalschluessel',
      message: `Regionalschlüssel: eine Einheit der Art „${UNIT_KIND_LABELS[kind]}“ hat keinen (nur Land, Träger, kommunaler Träger und örtliches Jobcenter).`,
    });
  else if (rs !== null && allowed !== undefined && !allowed.includes(rs.length))
    problems.push({
      path: 'regionalschluessel',
      message: `Regionalschlüssel: ${digitsText(allowed)} Ziffern erwartet für ${UNIT_KIND_LABELS[kind]} (erhalten: ${rs.length}).`,
    });
  else if (rs !== null && kind !== 'land' && landKey !== null && !rs.startsWith(landKey))
    problems.push({
      path: 'regionalschluessel',
      message: `Regionalschlüssel: ${rs} beginnt nicht mit dem Schlüssel ${landKey} des Landes.`,
    });
  const nr = keys.dienststelle ?? null;
  const format = DIENSTSTELLE[kind];
  if (nr !== null && format === undefined)
    problems.push({
      path: 'dienststelle',
      message: `Jobcenter-Nummer/Dienststellennummer: eine Einheit der Art „${UNIT_KIND_LABELS[kind]}“ hat keine (nur Träger, örtliches Jobcenter, Agentur für Arbeit und Regionaldirektion).`,
    });
  else if (nr !== null && format !== undefined && nr.length !== format.digits)
    problems.push({
      path: 'dienststelle',
      message: `${format.label}: ${format.digits} Ziffern erwartet (erhalten: ${nr.length}).`,
    });
  return problems;
}

/** IAB Vergleichstyp codes since 2014: I, II or III and a letter a–e. */
export const VERGLEICHSTYP_PATTERN = /^(I|II|III)[a-e]$/;

/** The 15 codes, in order: Ia … Ie, IIa … IIe, IIIa … IIIe. */
export const VERGLEICHSTYPEN: readonly string[] = ['I', 'II', 'III'].flatMap((group) =>
  ['a', 'b', 'c', 'd', 'e'].map((letter) => `${group}${letter}`),
);

/** A dated Vergleichstyp assignment (unit_comparison_types). */
export interface ComparisonTypeAssignment {
  typ: string;
  validFrom: string;
  validTo: string | null;
}

/**
 * The assignments of a unit after assigning `typ` from `from` on (null: none from that day), or
 * the problems. Earlier assignments are kept, the one running on `from` ends the day before.
 */
export function assignComparisonType(
  unit: { name: string; kind: UnitKind; validFrom: string; validTo: string | null },
  current: readonly ComparisonTypeAssignment[],
  typ: string | null,
  from: string,
): { problems: FieldProblem[]; assignments: ComparisonTypeAssignment[] } {
  const refuse = (path: string, message: string) => ({
    problems: [{ path: `vergleichstyp.${path}`, message }],
    assignments: [...current],
  });
  if (!keyFormatOf(unit.kind).vergleichstyp)
    return refuse(
      'typ',
      `Vergleichstyp: die SGB II-Vergleichstypen des IAB gelten für Träger (Jobcenter), nicht für ${UNIT_KIND_LABELS[unit.kind]}.`,
    );
  if (typ !== null && !VERGLEICHSTYP_PATTERN.test(typ))
    return refuse(
      'typ',
      `Vergleichstyp: „${typ}“ ist kein Typ des IAB; erwartet Ia … Ie, IIa … IIe oder IIIa … IIIe.`,
    );
  if (from < unit.validFrom || (unit.validTo !== null && from > unit.validTo))
    return refuse(
      'validFrom',
      `Vergleichstyp gültig ab: ${unit.name} besteht ${validityText(unit)}; am ${formatDateDe(from)} nicht.`,
    );
  const ordered = [...current].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const latest = ordered.at(-1);
  if (latest !== undefined && latest.validFrom >= from)
    return refuse(
      'validFrom',
      `Vergleichstyp gültig ab: die Zuordnung ${latest.typ} gilt seit ${formatDateDe(latest.validFrom)}; eine neue kann erst danach beginnen.`,
    );
  const running = ordered.find((a) => a.validTo === null || a.validTo >= from);
  if (running !== undefined && running.typ === typ)
    return refuse('typ', `Vergleichstyp: ${unit.name} hat am ${formatDateDe(from)} schon ${typ}.`);
  if (running === undefined && typ === null)
    return refuse(
      'typ',
      `Vergleichstyp: ${unit.name} hat am ${formatDateDe(from)} keinen, der enden könnte.`,
    );
  const kept = ordered.map((a) => (a === running ? { ...a, validTo: dayBefore(from) } : { ...a }));
  return {
    problems: [],
    assignments: typ === null ? kept : [...kept, { typ, validFrom: from, validTo: unit.validTo }],
  };
}
