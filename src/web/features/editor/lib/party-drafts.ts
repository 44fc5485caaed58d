/**
 * The party list as the form holds it: every field as text (empty = none), side 0 first. The
 * position in the list is the index the server's messages name (`parties.2.representative.name`).
 */
import type { Party, Side } from '../../../../domain/agreements/agreement.ts';

export interface PartyDraft {
  side: Side;
  unitId: string;
  name: string;
  shortName: string;
  capacity: string;
  salutation: string;
  office: string;
  representative: string;
}

export function partyToDraft(p: Party): PartyDraft {
  return {
    side: p.side,
    unitId: p.unitId,
    name: p.name,
    shortName: p.shortName ?? '',
    capacity: p.capacity ?? '',
    salutation: p.representative.salutation,
    office: p.representative.office,
    representative: p.representative.name,
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export function draftToParty(d: PartyDraft): Party {
  return {
    side: d.side,
    unitId: d.unitId,
    name: d.name.trim(),
    shortName: orNull(d.shortName),
    capacity: orNull(d.capacity),
    representative: {
      salutation: d.salutation.trim(),
      office: d.office.trim(),
      name: d.representative.trim(),
    },
  };
}

export const emptyParty = (side: Side): PartyDraft => ({
  side,
  unitId: '',
  name: '',
  shortName: '',
  capacity: '',
  salutation: '',
  office: '',
  representative: '',
});

/** A new party at the end of its side (side 0 stays before side 1). */
export function addParty(list: readonly PartyDraft[], side: Side): PartyDraft[] {
  const at = side === 0 ? list.filter((d) => d.side === 0).length : list.length;
  return [...list.slice(0, at), emptyParty(side), ...list.slice(at)];
}

/** Moves a party one place up (-1) or down (+1) within its side; unchanged at the side's edge. */
export function moveParty(list: readonly PartyDraft[], index: number, by: -1 | 1): PartyDraft[] {
  const other = index + by;
  if (list[other] === undefined || list[other].side !== list[index]?.side) return [...list];
  const next = [...list];
  [next[index], next[other]] = [next[other]!, next[index]!];
  return next;
}
