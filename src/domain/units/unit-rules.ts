/**
 * The rules of the unit tree as the administration changes it: a Jobcenter's parent is a Träger,
 * a Träger's a Land, a Land's the Bund (the root, one at a time); zkT/gE only for a Träger; a
 * parent exists for as long as its child is placed under it. A move starts a new dated link from
 * a day on (the old one ends the day before), a close ends the unit and its link — only when no
 * unit below is still placed under it and no active account belongs to it. Pure: the dates are
 * ISO strings (YYYY-MM-DD), which compare as strings.
 */
import { formatDateDe } from '../shared/format-de.ts';
import { isValidOn, type UnitKind } from './unit-tree.ts';

export interface DatedUnit {
  id: string;
  name: string;
  kind: UnitKind;
  traegerForm: 'zkT' | 'gE' | null;
  validFrom: string;
  validTo: string | null;
}

/** A unit's place in the tree for a span of days (unit_links). */
export interface UnitLink {
  unitId: string;
  parentId: string;
  validFrom: string;
  validTo: string | null;
}

/** A problem with one field of the request, in German. */
export interface FieldProblem {
  path: string;
  message: string;
}

/**
 * The kind of unit each kind is placed under (null: a root). The organisations outside the
 * Träger tree (unit-tree.ts) have their own: BA › Regionaldirektion › Agentur für Arbeit; BMAS
 * and each kommunale Träger of a gE stand alone.
 */
export const PARENT_KIND: Record<UnitKind, UnitKind | null> = {
  bund: null,
  land: 'bund',
  traeger: 'land',
  jobcenter: 'traeger',
  bmas: null,
  ba: null,
  regionaldirektion: 'ba',
  agentur: 'regionaldirektion',
  kommune: null,
};

/** Kinds of which only one unit exists at a time. */
const SINGLE_KINDS: readonly UnitKind[] = ['bund', 'bmas', 'ba'];

const NOMINATIVE: Record<UnitKind, string> = {
  bund: 'der Bund',
  land: 'ein Land',
  traeger: 'ein Träger',
  jobcenter: 'ein örtliches Jobcenter',
  bmas: 'das Bundesministerium für Arbeit und Soziales',
  ba: 'die Bundesagentur für Arbeit',
  regionaldirektion: 'eine Regionaldirektion',
  agentur: 'eine Agentur für Arbeit',
  kommune: 'ein kommunaler Träger',
};
const DATIVE: Record<UnitKind, string> = {
  bund: 'dem Bund',
  land: 'einem Land',
  traeger: 'einem Träger',
  jobcenter: 'einem örtlichen Jobcenter',
  bmas: 'dem Bundesministerium',
  ba: 'der Bundesagentur für Arbeit',
  regionaldirektion: 'einer Regionaldirektion',
  agentur: 'einer Agentur für Arbeit',
  kommune: 'einem kommunalen Träger',
};

const de = formatDateDe;

/** The day before an ISO date. */
export function dayBefore(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

/** "seit 01.01.2005" or "01.01.2005 bis 31.12.2011" */
export function validityText(u: { validFrom: string; validTo: string | null }): string {
  return u.validTo === null ? `seit ${de(u.validFrom)}` : `${de(u.validFrom)} bis ${de(u.validTo)}`;
}

/** The Träger form fits the kind: zkT or gE for a Träger, none for any other unit. */
export function traegerFormProblems(
  kind: UnitKind,
  traegerForm: DatedUnit['traegerForm'],
): FieldProblem[] {
  if (kind === 'traeger' && traegerForm === null)
    return [
      {
        path: 'traegerForm',
        message:
          'Ein Träger ist zkT (zugelassener kommunaler Träger) oder gE (gemeinsame Einrichtung): bitte angeben.',
      },
    ];
  if (kind !== 'traeger' && traegerForm !== null)
    return [{ path: 'traegerForm', message: 'Die Trägerform (zkT/gE) gibt es nur bei Trägern.' }];
  return [];
}

/**
 * Whether `parent` may hold a unit of `kind` for the days [from, to] (to null: open end):
 * the right kind, and valid on every one of those days.
 */
export function parentProblems(
  kind: UnitKind,
  parentId: string | null,
  parent: DatedUnit | undefined,
  span: { from: string; to: string | null },
): FieldProblem[] {
  const expected = PARENT_KIND[kind];
  const problem = (message: string): FieldProblem[] => [{ path: 'parentId', message }];
  if (expected === null)
    return parentId === null
      ? []
      : problem(
          kind === 'bund'
            ? 'Der Bund ist die Wurzel des Baums und hat keine übergeordnete Einheit.'
            : `Über ${DATIVE[kind]} steht keine Einheit: bitte ohne übergeordnete Einheit anlegen.`,
        );
  if (parentId === null)
    return problem(
      `Die übergeordnete Einheit fehlt: über ${DATIVE[kind]} steht ${NOMINATIVE[expected]}.`,
    );
  if (parent === undefined) return problem(`Die Einheit „${parentId}“ gibt es nicht.`);
  if (parent.kind !== expected)
    return problem(
      `${parent.name} ist ${NOMINATIVE[parent.kind]}; über ${DATIVE[kind]} steht ${NOMINATIVE[expected]}.`,
    );
  if (!isValidOn(parent.validFrom, parent.validTo, span.from))
    return problem(`${parent.name} besteht am ${de(span.from)} nicht (${validityText(parent)}).`);
  if (parent.validTo !== null && (span.to === null || span.to > parent.validTo))
    return problem(
      `${parent.name} endet am ${de(parent.validTo)}; eine Einheit darunter kann nicht länger zugeordnet sein.`,
    );
  return [];
}

export interface NewUnit {
  id: string;
  name: string;
  kind: UnitKind;
  traegerForm: DatedUnit['traegerForm'];
  parentId: string | null;
  validFrom: string;
}

/** Everything wrong with a new unit in the tree `units` (the id is checked by the store). */
export function newUnitProblems(input: NewUnit, units: readonly DatedUnit[]): FieldProblem[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const problems = [
    ...traegerFormProblems(input.kind, input.traegerForm),
    ...parentProblems(input.kind, input.parentId, byId.get(input.parentId ?? ''), {
      from: input.validFrom,
      to: null,
    }),
  ];
  const existing = units.find((u) => u.kind === input.kind && u.validTo === null);
  if (SINGLE_KINDS.includes(input.kind) && existing !== undefined)
    problems.push({
      path: 'kind',
      message:
        input.kind === 'bund'
          ? `Den Bund gibt es schon (${existing.name}); der Baum hat eine Wurzel.`
          : `${capitalize(NOMINATIVE[input.kind])} gibt es schon (${existing.name}).`,
    });
  return problems;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The links of one unit, oldest first. */
const ordered = (links: readonly UnitLink[]) =>
  [...links].sort((a, b) => a.validFrom.localeCompare(b.validFrom));

/** Why `unit` cannot be placed under `parentId` from `from` on; empty when it can. */
export function moveProblems(
  unit: DatedUnit,
  links: readonly UnitLink[],
  parentId: string,
  parent: DatedUnit | undefined,
  from: string,
): FieldProblem[] {
  const at = (message: string): FieldProblem[] => [{ path: 'move.validFrom', message }];
  if (from < unit.validFrom)
    return at(
      `${unit.name} besteht erst ${validityText(unit)}; früher lässt sie sich nicht zuordnen.`,
    );
  if (unit.validTo !== null && from > unit.validTo)
    return at(`${unit.name} ist seit ${de(unit.validTo)} geschlossen.`);
  const latest = ordered(links).at(-1);
  if (latest !== undefined && latest.validFrom > from)
    return at(
      `Die Zuordnung von ${unit.name} gilt seit ${de(latest.validFrom)}; eine neue Zuordnung kann erst danach beginnen.`,
    );
  const current = links.find((l) => isValidOn(l.validFrom, l.validTo, from));
  if (current?.parentId === parentId)
    return [
      {
        path: 'move.parentId',
        message: `${unit.name} gehört am ${de(from)} schon zu ${parent?.name ?? parentId}.`,
      },
    ];
  return parentProblems(unit.kind, parentId, parent, { from, to: unit.validTo }).map((p) => ({
    ...p,
    path: 'move.parentId',
  }));
}

/** The links of `unit` after placing it under `parentId` from `from` on (moveProblems empty). */
export function linksAfterMove(
  unit: DatedUnit,
  links: readonly UnitLink[],
  parentId: string,
  from: string,
): UnitLink[] {
  const kept = ordered(links)
    .filter((l) => l.validFrom < from)
    .map((l) => (l.validTo === null || l.validTo >= from ? { ...l, validTo: dayBefore(from) } : l));
  return [...kept, { unitId: unit.id, parentId, validFrom: from, validTo: unit.validTo }];
}

/** What lies below a unit: the units with their link to it. */
export interface Child {
  unit: DatedUnit;
  link: UnitLink;
}

/** Why `unit` cannot end on `validTo`; empty when it can. */
export function closeProblems(
  unit: DatedUnit,
  validTo: string,
  links: readonly UnitLink[],
  children: readonly Child[],
  activeUsers: readonly string[],
): FieldProblem[] {
  const at = (message: string): FieldProblem[] => [{ path: 'validTo', message }];
  if (validTo < unit.validFrom)
    return at(`Das Ende liegt vor dem Beginn von ${unit.name} (${de(unit.validFrom)}).`);
  const later = ordered(links).find((l) => l.validFrom > validTo);
  if (later !== undefined)
    return at(
      `${unit.name} ist ab ${de(later.validFrom)} neu zugeordnet; das Ende kann nicht davor liegen.`,
    );
  const after = (end: string | null) => end === null || end > validTo;
  const still = children
    .filter((c) => after(c.link.validTo) && after(c.unit.validTo))
    .map((c) => c.unit.name)
    .sort((a, b) => a.localeCompare(b, 'de'));
  if (still.length > 0)
    return at(
      `Unter ${unit.name} stehen nach dem ${de(validTo)} noch ${listDe(still)}: diese zuerst schließen oder einer anderen Einheit zuordnen.`,
    );
  if (activeUsers.length > 0)
    return at(
      `Zu ${unit.name} gehören noch aktive Benutzer (${listDe(activeUsers)}): diese zuerst einer anderen Einheit zuordnen oder deaktivieren.`,
    );
  return [];
}

/** The links of `unit` after it ends on `validTo`: none reaches past the end. */
export function linksAfterClose(links: readonly UnitLink[], validTo: string): UnitLink[] {
  return ordered(links)
    .filter((l) => l.validFrom <= validTo)
    .map((l) => (l.validTo === null || l.validTo > validTo ? { ...l, validTo } : l));
}

/** "A, B und C"; at most five names, then "… und 3 weitere". */
function listDe(names: readonly string[]): string {
  const shown = names.length > 6 ? [...names.slice(0, 5), `${names.length - 5} weitere`] : names;
  return shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(', ')} und ${shown.at(-1)!}`;
}
