/**
 * Support of the authorization matrix test (../authorization-matrix.test.ts): the roles it asks
 * as, the three agreement pairs, agreements brought into each state over the API by their own
 * parties, a year pool (an agreement is unique per pair and year, so every created one gets a year
 * of its own), a raw client and the parser of the expectation table.
 */
import assert from 'node:assert/strict';
import { users } from '../../db/schema/index.ts';
import type { AgreementContent } from '../../domain/agreements/agreement.ts';
import type { Actor } from '../../services/context.ts';
import { hashPassword } from '../../services/identity/secrets.ts';
import { systemActor } from '../../services/system/system-actor.ts';
import { ACTORS, partyActor, TEST_PASSWORD } from '../../services/test-support.ts';
import { fixtureFor, type ApiTestBed } from '../test-support.ts';

export type RoleName = 'ministerium' | 'traeger' | 'jobcenter' | 'leser' | 'administration';
export const ROLE_NAMES: readonly RoleName[] = [
  'ministerium',
  'traeger',
  'jobcenter',
  'leser',
  'administration',
];

/** a reader of the Land NRW: sees what the ministry sees, acts for no one */
export const LESER: Actor = {
  id: 'leser-nrw',
  name: 'Lesezugriff NRW',
  role: 'leser',
  unitId: '05',
  microdataRights: false,
  importSources: [],
};

export const ROLE_ACTORS: Record<RoleName, Actor> = {
  ministerium: ACTORS.ministerium,
  traeger: ACTORS.traeger,
  jobcenter: ACTORS.jobcenter,
  leser: LESER,
  administration: ACTORS.administration,
};

/** the reader as a user row (with the test password), like services/test-support.ts makes the others */
export async function insertLeser(api: ApiTestBed): Promise<void> {
  await api.bed.database.db.insert(users).values({
    id: LESER.id,
    name: LESER.name,
    role: LESER.role,
    unitId: LESER.unitId,
    microdataRights: LESER.microdataRights,
    importSources: [...LESER.importSources],
    passwordHash: await hashPassword(TEST_PASSWORD),
  });
}

/**
 * The agreement pairs of the matrix: A Land NRW – Kreis Borken, B Kreis Borken – Jobcenter Ahaus,
 * F Bayern – München (outside every NRW user's area); C Kreis Borken – Jobcenter Bocholt is only
 * created by the cases (a child agreement under a parent).
 */
export type PairName = 'A' | 'B' | 'F';
export const PAIR_NAMES: readonly PairName[] = ['A', 'B', 'F'];
export const PAIRS = {
  A: { steering: '05', unit: '05554', name: 'Kreis Borken' },
  B: { steering: '05554', unit: '05554004', name: 'Jobcenter Ahaus' },
  F: { steering: '09', unit: '09162', name: 'Landeshauptstadt München' },
  C: { steering: '05554', unit: '05554008', name: 'Jobcenter Bocholt' },
} as const;
export type AnyPair = keyof typeof PAIRS;

/**
 * The states of the matrix: the five of the lifecycle and "sig", a negotiation in which the target
 * party has entered its signature (the text is then frozen, the steering party's signature missing).
 */
export type StateName = 'ent' | 'ang' | 'ver' | 'sig' | 'unt' | 'bew';
export const STATE_NAMES: readonly StateName[] = ['ent', 'ang', 'ver', 'sig', 'unt', 'bew'];
export const STATUS_OF: Record<StateName, string> = {
  ent: 'entwurf',
  ang: 'angebot',
  ver: 'in_verhandlung',
  sig: 'in_verhandlung',
  unt: 'unterzeichnet',
  bew: 'bewertet',
};

/** Years per pair: 2100 downwards, each taken once. */
export class YearPool {
  private readonly used = new Map<AnyPair, Set<number>>();

  take(pair: AnyPair): number {
    for (let year = 2100; year >= 2005; year--)
      if (!this.has(pair, year)) {
        this.mark(pair, year);
        return year;
      }
    throw new Error(`no free year left for pair ${pair}`);
  }

  has(pair: AnyPair, year: number): boolean {
    return this.used.get(pair)?.has(year) ?? false;
  }

  mark(pair: AnyPair, year: number): void {
    this.used.set(pair, (this.used.get(pair) ?? new Set()).add(year));
  }
}

/** The fixture agreement for a pair, moved to another year (its dates with it). */
export function contentFor(pair: AnyPair, year: number): AgreementContent {
  const moved = JSON.parse(
    JSON.stringify(fixtureFor(PAIRS[pair].unit, PAIRS[pair].name)).replaceAll(
      '"2014-',
      `"${year}-`,
    ),
  ) as AgreementContent;
  return { ...moved, year };
}

export interface Answer {
  status: number;
  contentType: string;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON of many shapes
  json: any;
}

export interface CaseRequest {
  method: string;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Sends one request as an actor; JSON answers parsed, files kept as text (CSV) or a size. */
export async function send(api: ApiTestBed, request: CaseRequest, actor: Actor): Promise<Answer> {
  const headers: Record<string, string> = { ...request.headers };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  const response = await api.request(
    request.path,
    {
      method: request.method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
    },
    actor,
  );
  return readAnswer(response);
}

export async function readAnswer(response: Response): Promise<Answer> {
  const contentType = response.headers.get('content-type') ?? '';
  const textual = /json|text|csv/.test(contentType);
  const text = textual
    ? await response.text()
    : `[${(await response.arrayBuffer()).byteLength} bytes ${contentType}]`;
  return {
    status: response.status,
    contentType,
    text,
    json: contentType.startsWith('application/json') && text !== '' ? JSON.parse(text) : null,
  };
}

/** An agreement of the matrix as it stands now. */
export interface Fixture {
  id: string;
  pair: AnyPair;
  state: StateName;
  year: number;
  rowVersion: number;
  content: AgreementContent;
}

const SYSTEM = systemActor();

/** The agreement as the operator reads it (row version, status, current version, content). */
export async function readAgreement(api: ApiTestBed, id: string): Promise<Answer> {
  const answer = await send(api, { method: 'GET', path: `/api/agreements/${id}` }, SYSTEM);
  assert.equal(answer.status, 200, answer.text);
  return answer;
}

/**
 * A new agreement of `pair` in `state`, each step taken by the party whose step it is: the
 * steering party creates it and takes up the negotiation, the target party offers and signs
 * first, the steering party signs and closes the year.
 */
export async function agreementIn(
  api: ApiTestBed,
  pair: AnyPair,
  state: StateName,
  year: number,
): Promise<Fixture> {
  const content = contentFor(pair, year);
  const steering = partyActor(PAIRS[pair].steering);
  const target = partyActor(PAIRS[pair].unit);
  const step = async (actor: Actor, request: CaseRequest, expected = 200) => {
    const answer = await send(api, request, actor);
    assert.equal(answer.status, expected, `fixture ${pair} ${state}: ${answer.text}`);
    return answer.json as { id: string; rowVersion: number };
  };
  let row = await step(
    steering,
    { method: 'POST', path: '/api/agreements', body: { content: { ...content, signatures: [] } } },
    201,
  );
  const id = row.id;
  const transition = (actor: Actor, body: Record<string, unknown>) =>
    step(actor, {
      method: 'POST',
      path: `/api/agreements/${id}/transitions`,
      body: { rowVersion: row.rowVersion, ...body },
    });
  const sign = (actor: Actor, party: 0 | 1) =>
    transition(actor, {
      action: 'unterzeichnen',
      signatures: content.signatures.filter((s) => s.party === party),
    });
  if (state === 'ang') row = await transition(target, { action: 'anbieten' });
  if (state !== 'ent' && state !== 'ang')
    row = await transition(steering, { action: 'verhandeln' });
  if (state === 'sig' || state === 'unt' || state === 'bew') row = await sign(target, 1);
  if (state === 'unt' || state === 'bew') row = await sign(steering, 0);
  if (state === 'bew') row = await transition(steering, { action: 'bewerten' });
  const stored = await readAgreement(api, id);
  assert.equal(stored.json.status, STATUS_OF[state]);
  return {
    id,
    pair,
    state,
    year,
    rowVersion: stored.json.rowVersion,
    content: stored.json.content,
  };
}

/** An expected outcome: a status, any refusal of the body (400, 409, 422), or 200 with nothing in it. */
export type Expected =
  { kind: 'status'; status: number } | { kind: 'body' } | { kind: 'empty' } | { kind: 'none' };

export function parseExpected(token: string): Expected {
  if (/^\d{3}$/.test(token)) return { kind: 'status', status: Number(token) };
  if (token === '4xx-body') return { kind: 'body' };
  if (token === '200-leer') return { kind: 'empty' };
  if (token === '—' || token === '-') return { kind: 'none' };
  throw new Error(`unknown expectation ${token}`);
}

export const showExpected = (e: Expected) =>
  e.kind === 'status'
    ? String(e.status)
    : e.kind === 'body'
      ? '4xx-body'
      : e.kind === 'empty'
        ? '200-leer'
        : '—';

export const isSuccess = (e: Expected) =>
  (e.kind === 'status' && e.status < 300) || e.kind === 'empty';

/** True when a list answer holds nothing (an array, or an object with a list of agreements). */
export function isEmptyList(json: unknown): boolean {
  if (Array.isArray(json)) return json.length === 0;
  if (typeof json === 'object' && json !== null && 'agreements' in json)
    return Array.isArray(json.agreements) && json.agreements.length === 0;
  return false;
}

/** Why an answer does not meet the expectation, or null when it does. */
export function judge(expected: Expected, answer: Answer): string | null {
  const got = `${answer.status} ${answer.text.slice(0, 240)}`;
  switch (expected.kind) {
    case 'status':
      return answer.status === expected.status ? null : got;
    case 'body':
      return [400, 409, 422].includes(answer.status) ? null : got;
    case 'empty':
      return answer.status === 200 && isEmptyList(answer.json) ? null : `${got} (nicht leer)`;
    case 'none':
      return null;
  }
}

/** The sections of the expectation table: "## name" lines, then rows "key | columns | …". */
export interface TableRow {
  key: string;
  cells: string[][];
  line: number;
}

export function parseTable(text: string): Map<string, TableRow[]> {
  const sections = new Map<string, TableRow[]>();
  let current: TableRow[] | undefined;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line.startsWith('## ')) {
      current = [];
      sections.set(line.slice(3).trim(), current);
      return;
    }
    if (line === '' || line.startsWith('#')) return;
    if (current === undefined) throw new Error(`table line ${index + 1} outside a section`);
    const [key, ...cells] = line.split('|').map((c) => c.trim());
    current.push({ key: key!, cells: cells.map((c) => c.split(/\s+/)), line: index + 1 });
  });
  return sections;
}
