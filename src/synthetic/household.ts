/** Composition of a Bedarfsgemeinschaft at its first entry: adults, children, types, housing cost. */
import { addYears, lastDayBeforeRetirement } from './dates.ts';
import type { Instrument } from './measures.ts';
import { PARAMS } from './params.ts';
import type { Rng } from './rng.ts';
import type { Leaf } from './units/types.ts';

/** BG kinds: single adult, Alleinerziehende, couple without children, couple with children. */
export const SINGLE = 0;
export const AE = 1;
export const COUPLE = 2;
export const FAMILY = 3;

/** Integrating employment: art 0 = svb, 1 = ausbildung, 2 = selbstaendig. */
export interface Job {
  art: number;
  von: number;
  end: number;
  /** counted monthly income, euro */ income: number;
}
export interface Spell {
  von: number;
  end: number;
  income: number;
}
export interface Participation {
  instrument: Instrument;
  von: number;
  end: number;
}

export interface Person {
  id: string;
  /** 0 = m, 1 = w. */
  sex: number;
  birth: number;
  /** Employability type, see PARAMS. */
  type: number;
  /** Days in which the person can be an eLb of this BG: 15th birthday … day before retirement or leaving home. */
  from: number;
  to: number;
  job: Job | null;
  gb: Spell | null;
  measure: Participation | null;
  written: boolean;
}

export interface Child {
  birth: number;
  fifteen: number;
  leaveHome: number;
  person: Person | null;
}

export interface Household {
  bgId: string;
  kind: number;
  hp: Person;
  partner: Person | null;
  children: Child[];
  /** Monthly Unterkunft und Heizung at 2014 prices, euro. */
  kdu: number;
  leaf: Leaf;
}

export interface IdSource {
  personId(): string;
  bgId(): string;
}

const KIND_WEIGHTS = [0.5, 0.19, 0.1, 0.21];
/** Age brackets of the Hauptperson at entry, by kind: 18–24, 25–34, 35–44, 45–54, 55–63. */
const AGE_BRACKETS = [18, 25, 35, 45, 55, 64];
const AGE_WEIGHTS = [
  [0.2, 0.24, 0.18, 0.22, 0.16],
  [0.08, 0.36, 0.38, 0.16, 0.02],
  [0.05, 0.14, 0.15, 0.3, 0.36],
  [0.03, 0.3, 0.4, 0.22, 0.05],
];
const CHILD_COUNT_WEIGHTS = [
  [0, 0.5, 0.33, 0.12, 0.05],
  [0, 0.36, 0.35, 0.19, 0.1],
];
/** Unterkunft und Heizung relative to a one-person BG, by number of persons (1 … 6+). */
const KDU_BY_SIZE = [1, 1.27, 1.52, 1.72, 1.88, 2.02];
const DAYS_PER_YEAR = 365.25;

export function newPerson(ids: IdSource, sex: number, birth: number, type: number): Person {
  return {
    id: ids.personId(),
    sex,
    birth,
    type,
    from: addYears(birth, 15),
    to: lastDayBeforeRetirement(birth),
    job: null,
    gb: null,
    measure: null,
    written: false,
  };
}

function birthAtAge(rng: Rng, day: number, years: number): number {
  return Math.floor(day - (years + rng.float()) * DAYS_PER_YEAR);
}

/** A weak local labour market (strength < 0) has fewer eLb close to it and more far from it. */
export function drawType(rng: Rng, initial: boolean, strength: number): number {
  const mix = initial ? PARAMS.initialTypeMix : PARAMS.arrivalTypeMix;
  const shift = Math.exp(PARAMS.strengthOnTypeMix * strength);
  return rng.weighted([mix[0] * shift, mix[1], mix[2] / shift]);
}

export function createHousehold(
  ids: IdSource,
  rng: Rng,
  leaf: Leaf,
  entry: number,
  initial: boolean,
): Household {
  const kind = rng.weighted(KIND_WEIGHTS);
  const bracket = rng.weighted(AGE_WEIGHTS[kind] ?? []);
  const lo = AGE_BRACKETS[bracket] ?? 18;
  const hpAge = rng.int(lo, (AGE_BRACKETS[bracket + 1] ?? 64) - 1);
  const hpSex =
    kind === SINGLE
      ? rng.chance(0.6)
        ? 0
        : 1
      : kind === AE
        ? rng.chance(0.94)
          ? 1
          : 0
        : rng.chance(0.75)
          ? 0
          : 1;
  const hpType = drawType(rng, initial, leaf.strength);
  const hp = newPerson(ids, hpSex, birthAtAge(rng, entry, hpAge), hpType);
  let partner: Person | null = null;
  let motherAge = hpAge;
  if (kind === COUPLE || kind === FAMILY) {
    const age = Math.max(
      18,
      Math.min(63, Math.round(hpAge + (hpSex === 0 ? -2 : 2) + 4 * rng.normal())),
    );
    const type = rng.chance(PARAMS.partnerSameType)
      ? hpType
      : drawType(rng, initial, leaf.strength);
    partner = newPerson(ids, 1 - hpSex, birthAtAge(rng, entry, age), type);
    if (hpSex === 0) motherAge = age;
  }
  const children: Child[] = [];
  if (kind === AE || kind === FAMILY) {
    const count = rng.weighted(CHILD_COUNT_WEIGHTS[kind === AE ? 0 : 1] ?? []);
    const maxAge = Math.max(0, Math.min(motherAge - 18, 21));
    for (let i = 0; i < count; i++) {
      const birth = birthAtAge(rng, entry, rng.int(0, maxAge));
      children.push({
        birth,
        fifteen: addYears(birth, 15),
        leaveHome: addYears(birth, rng.int(18, 25)) + rng.int(0, 364),
        person: null,
      });
    }
    children.sort((a, b) => a.birth - b.birth);
  }
  const size = 1 + (partner === null ? 0 : 1) + children.length;
  const kdu = Math.round(
    leaf.kdu * (KDU_BY_SIZE[Math.min(size, 6) - 1] ?? 2) * Math.exp(0.15 * rng.normal()),
  );
  return { bgId: ids.bgId(), kind, hp, partner, children, kdu, leaf };
}

/** A young adult leaving the parents' BG who stays needy forms a BG of their own. */
export function createYouthHousehold(
  ids: IdSource,
  rng: Rng,
  person: Person,
  leaf: Leaf,
): Household {
  return {
    bgId: ids.bgId(),
    kind: SINGLE,
    hp: person,
    partner: null,
    children: [],
    kdu: Math.round(leaf.kdu * 0.95 * Math.exp(0.15 * rng.normal())),
    leaf,
  };
}
