/**
 * Fuzzing the HTTP API from its own OpenAPI document: every operation (paths × methods of
 * /api/openapi.json) gets requests generated from its parameter and body schemas and from
 * mutations of a valid request — hostile integers, NUL and lone surrogates, very long texts,
 * impossible dates, wrong types, missing and extra fields, broken JSON, wrong content types,
 * foreign Host and Origin — as each test actor, against a real PostgreSQL with seeded records.
 * Every answer must be below 500, errors in the one shape, statuses as documented. Parallel
 * bursts check that concurrent writes end in one success and conflicts (409), not in 500.
 *
 * Reproducible: fast-check runs with a fixed seed.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { buildFixtureAgreement } from '../domain/agreements/agreement-fixture.ts';
import type { AgreementContent } from '../domain/agreements/agreement.ts';
import { ACTORS } from '../services/test-support.ts';
import { CURRENT_ROW_VERSION, FuzzClient, type FuzzRequest } from './fuzz/client.ts';
import { CONTENT_TYPES, hostileText, RAW_BODIES } from './fuzz/hostile.ts';
import { mutatedBody } from './fuzz/mutate.ts';
import { schemaArbitrary, type JsonSchema, type SchemaContext } from './fuzz/schema-arbitrary.ts';
import { KNOWN_FAULTS, seed, type Seeded } from './fuzz/seed.ts';
import { startApiTestBed, type ApiTestBed } from './test-support.ts';
import {
  startTestProvider,
  testSingleSignOn,
  type TestProvider,
} from './test-support/oidc-provider.ts';

const SEED = 48_2014;
/** runs per operation; documents render a PDF for each valid request, so they get fewer */
const RUNS = 150;
const DOCUMENT_RUNS = 60;
/** operations fuzzed at the same time (each request holds at most two of the pool's ten connections) */
const LANES = 3;
const EXPECTED_OPERATIONS = 51;

fc.configureGlobal({ seed: SEED, endOnFailure: true });

interface Parameter {
  name: string;
  in: 'path' | 'query';
  required?: boolean;
  schema: JsonSchema;
}
interface Operation {
  id: string;
  method: string;
  path: string;
  parameters: Parameter[];
  body: JsonSchema | null;
  tag: string;
}

let api: ApiTestBed;
let client: FuzzClient;
/** the statuses each operation documents */
const documented = new Map<string, Set<number>>();
let seeded: Seeded;
let schemas: SchemaContext;
const operations: Operation[] = [];
const actors = Object.values(ACTORS);

let provider: TestProvider;

before(async () => {
  // single sign-on against a real provider, so that its start and callback are reached too
  provider = await startTestProvider();
  api = await startApiTestBed({ sso: testSingleSignOn(provider) });
  const doc = (await (await api.app.request('/api/openapi.json')).json()) as {
    paths: Record<
      string,
      Record<
        string,
        {
          operationId: string;
          tags: string[];
          parameters?: Parameter[];
          requestBody?: { content: Record<string, { schema: JsonSchema }> };
          responses: Record<string, unknown>;
        }
      >
    >;
    components: { schemas: Record<string, JsonSchema> };
  };
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      operations.push({
        id: op.operationId,
        method: method.toUpperCase(),
        path,
        parameters: op.parameters ?? [],
        body: op.requestBody?.content['application/json']?.schema ?? null,
        tag: op.tags[0] ?? '',
      });
      documented.set(op.operationId, new Set(Object.keys(op.responses).map(Number)));
    }
  }
  client = new FuzzClient(api, documented);
  seeded = await seed(client, new Map(operations.map((o) => [o.id, o])), provider);
  const { S, E, L, S2 } = seeded.agreements;
  schemas = {
    components: doc.components.schemas,
    hints: {
      id: [S, E, L, S2],
      rowVersion: [CURRENT_ROW_VERSION, 1],
      unitId: ['05554', '05554004', '05111', '05'],
      unitIds: [['05554004'], ['05554008', '09162']],
      content: [seeded.content, { ...seeded.content, signatures: [] }],
      datenstand: ['latest', seeded.datenstand],
      frameworkChangeIds: [[seeded.frameworkChange], []],
      targetIds: [seeded.targetIds],
      year: [2014, 2015],
      since: ['2014-03-01'],
      stand: ['2015-06-30'],
      month: ['2014-06'],
    },
  };
});

after(async () => {
  const byOp = [...client.byOp.entries()].map(
    ([op, s]) =>
      `${op} ${s.sent} (${[...s.statuses.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([k, v]) => `${k}×${v}`)
        .join(' ')})`,
  );
  console.log(
    `fuzz: ${client.sent} requests, ${client.serverErrors.length} × 5xx\n  ${byOp.join('\n  ')}`,
  );
  await Promise.all([api.bed.database.destroy(), provider.close()]);
});

/** Good values of query and path parameters by name (operation.name first). */
function parameterHints(op: Operation, name: string): string[] {
  const { S, E, L, S2 } = seeded.agreements;
  const ds = String(seeded.datenstand);
  const byName: Record<string, string[]> = {
    'compareAgreementVersions.from': ['1', '2'],
    'compareAgreementVersions.to': ['1', '2', '3'],
    'saveLocalIndicator.id': ['ELB_U25', 'NEU_1'],
    'listAuditTrail.id': [S, ds],
    // the administration's own records of the seed (and the acting administrator: refusals)
    'updateUserAccount.id': ['fuzz-leser', 'admin'],
    'resetUserPassword.id': ['fuzz-leser', 'admin'],
    'updateUnit.id': ['FZ1'],
    id: [S, E, L, S2],
    targetId: seeded.targetIds,
    date: ['2014-06-15', '2005-01-01'],
    today: ['2014-12-31', '2014-06-15'],
    units: ['05554', '05554,05554004,05554008', '05111', '05,05554'],
    unit: ['05554', '05554004', '05111'],
    parent: ['05554', '05'],
    metrics: ['K2', 'JFW_K2,JDW_LZB', 'INT,ELB', 'ELB_U25'],
    sex: ['insgesamt', 'm,w', 'insgesamt,m,w'],
    from: ['2013-01', '2014-01'],
    to: ['2014-12', '2014-06'],
    month: ['2014-06', '2014-12', '2013-01'],
    datenstand: ['latest', ds],
    year: ['2014', '2015'],
    version: ['1', '2'],
    untilMonth: ['6', '12'],
    within: ['05', '05554'],
    entity: ['agreement', 'datenstand'],
  };
  return byName[`${op.id}.${name}`] ?? byName[name] ?? [];
}

const asText = (value: unknown): string =>
  typeof value === 'string' ? value : (JSON.stringify(value) ?? '');

/** A value for one parameter, or undefined to leave it out. */
function parameterArbitrary(op: Operation, p: Parameter): fc.Arbitrary<string | undefined> {
  const hints = parameterHints(op, p.name);
  const choices: fc.WeightedArbitrary<string | undefined>[] = [
    { weight: 2, arbitrary: schemaArbitrary(p.schema, schemas).map(asText) },
    { weight: 2, arbitrary: hostileText() },
    { weight: 1, arbitrary: fc.constant(undefined) },
  ];
  if (hints.length > 0) choices.push({ weight: 8, arbitrary: fc.constantFrom(...hints) });
  if (p.in === 'path') choices.push({ weight: 1, arbitrary: fc.uuid() });
  return fc.oneof(...choices);
}

function bodyArbitrary(op: Operation): fc.Arbitrary<FuzzRequest['body']> {
  const corpus = (seeded.corpus.get(op.id) ?? []).map((e) => e.body).filter((b) => b !== undefined);
  assert.ok(op.body !== null);
  assert.ok(corpus.length > 0, `no valid body of ${op.id} to start from`);
  return fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...corpus).map((json) => ({ json })) },
    { weight: 5, arbitrary: mutatedBody(corpus).map((json) => ({ json })) },
    { weight: 2, arbitrary: schemaArbitrary(op.body, schemas).map((json) => ({ json })) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW_BODIES).map((raw) => ({ raw })) },
  );
}

/** Anything: parameters, actor and body generated independently (most of it refused early). */
function generatedRequest(op: Operation): fc.Arbitrary<FuzzRequest> {
  const params = op.parameters.filter((p) => p.in === 'path' || p.in === 'query');
  const values = fc.tuple(...params.map((p) => parameterArbitrary(op, p)));
  const extraQuery = fc.oneof(
    { weight: 8, arbitrary: fc.constant<[string, string][]>([]) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom(...params.map((p) => p.name), 'unbekannt', '__proto__'),
          hostileText(),
        )
        .map(([k, v]): [string, string][] => [[k, v]]),
    },
  );
  const writes = op.body !== null;
  return fc
    .record({
      values,
      extraQuery,
      body: writes ? bodyArbitrary(op) : fc.constant(undefined),
      contentType: writes
        ? fc.oneof(
            { weight: 12, arbitrary: fc.constant<string | null>('application/json') },
            { weight: 1, arbitrary: fc.constantFrom(...CONTENT_TYPES) },
          )
        : fc.constant(null),
      actor: fc.constantFrom(...actors),
      host: fc.oneof(
        { weight: 20, arbitrary: fc.constant(undefined) },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            'evil.example',
            'localhost.evil.example',
            '127.0.0.1:1',
            '[::1]',
            '127.0.0.1',
          ),
        },
      ),
      origin: writes
        ? fc.oneof(
            { weight: 15, arbitrary: fc.constant(undefined) },
            { weight: 2, arbitrary: fc.constant('http://localhost') },
            {
              weight: 1,
              arbitrary: fc.constantFrom(
                'http://evil.example',
                'null',
                'https://localhost.evil.example',
              ),
            },
          )
        : fc.constant(undefined),
    })
    .map(({ values, extraQuery, body, contentType, actor, host, origin }): FuzzRequest => {
      const pathParams: Record<string, string> = {};
      const query: [string, string][] = [];
      params.forEach((p, i) => {
        const v = values[i];
        if (p.in === 'path') pathParams[p.name] = v ?? '';
        else if (v !== undefined) query.push([p.name, v]);
      });
      return {
        op: op.id,
        method: op.method,
        path: op.path,
        params: pathParams,
        query: [...query, ...extraQuery],
        ...(body === undefined ? {} : { body }),
        contentType,
        actor,
        ...(host === undefined ? {} : { host }),
        ...(origin === undefined ? {} : { origin }),
      };
    });
}

/**
 * A valid request of the seed with one thing changed: a body field (anywhere), or one parameter.
 * The actor, the record and the rest stay right, so the change reaches the services and the store.
 */
function nearValidRequest(op: Operation): fc.Arbitrary<FuzzRequest> {
  const corpus = seeded.corpus.get(op.id) ?? [];
  assert.ok(corpus.length > 0, `no valid request of ${op.id} to start from`);
  const names = op.parameters.map((p) => p.name);
  return fc.constantFrom(...corpus).chain((entry) =>
    fc
      .record({
        body:
          entry.body === undefined
            ? fc.constant(undefined)
            : fc.oneof(
                { weight: 1, arbitrary: fc.constant(entry.body) },
                { weight: 4, arbitrary: mutatedBody([entry.body]) },
              ),
        change:
          names.length === 0 || entry.body !== undefined
            ? fc.constant(null)
            : fc.tuple(fc.constantFrom(...names), fc.oneof(hostileText(), fc.constant(undefined))),
      })
      .map(({ body, change }): FuzzRequest => {
        const params = { ...entry.params };
        let query = entry.query;
        if (change !== null) {
          const [name, value] = change;
          if (name in params) params[name] = value ?? '';
          else
            query = [
              ...query.filter(([k]) => k !== name),
              ...(value === undefined ? [] : [[name, value] as [string, string]]),
            ];
        }
        return {
          op: op.id,
          method: op.method,
          path: op.path,
          params,
          query,
          actor: entry.actor,
          ...(body === undefined
            ? { contentType: null }
            : { body: { json: body }, contentType: 'application/json' }),
        };
      }),
  );
}

function requestArbitrary(op: Operation): fc.Arbitrary<FuzzRequest> {
  return fc.oneof(
    { weight: 1, arbitrary: nearValidRequest(op) },
    { weight: 1, arbitrary: generatedRequest(op) },
  );
}

test('the OpenAPI document lists every operation, and the seed reached each with a 2xx (or a redirect)', () => {
  assert.equal(operations.length, EXPECTED_OPERATIONS, operations.map((o) => o.id).join(', '));
  for (const op of operations) {
    const ok = client.byOp.get(op.id)?.ok ?? 0;
    if (op.id in KNOWN_FAULTS)
      assert.equal(
        ok,
        0,
        `${op.id} answers 2xx now: take it off KNOWN_FAULTS (${KNOWN_FAULTS[op.id]})`,
      );
    else assert.ok(ok > 0, `${op.id} never answered 2xx (or a redirect)`);
  }
});

/** The fixture agreement moved to another year (its dates with it), as a draft: a pair and year no other test uses. */
function draftFor(year: number): AgreementContent {
  const moved = JSON.parse(
    JSON.stringify(buildFixtureAgreement()).replaceAll('"2014-', `"${year}-`),
  ) as AgreementContent;
  return { ...moved, year, signatures: [] };
}

test('8 identical POST /api/agreements at once: one 201, seven 409', async () => {
  const content = draftFor(2090);
  const request: FuzzRequest = {
    op: 'createAgreement',
    method: 'POST',
    path: '/api/agreements',
    params: {},
    query: [],
    body: { json: { content } },
    contentType: 'application/json',
    actor: ACTORS.ministerium,
  };
  const answers = await Promise.all(Array.from({ length: 8 }, () => client.send(request)));
  assert.deepEqual(answers.map((a) => a.status).sort(), [201, 409, 409, 409, 409, 409, 409, 409]);
  assert.deepEqual(
    answers.filter((a) => a.status === 409).map((a) => a.json.error.code),
    Array(7).fill('conflict'),
  );
});

// 20 parallel edits of one version: routes/agreements/concurrent-edits.test.ts

test(
  'every operation: generated and mutated requests never get a 5xx, errors keep the one shape',
  { timeout: 240_000 },
  async () => {
    const before = client.sent;
    const queue = [...operations];
    const lane = async () => {
      for (let op = queue.shift(); op !== undefined; op = queue.shift()) {
        const numRuns = op.tag === 'Dokumente' ? DOCUMENT_RUNS : RUNS;
        await fc.assert(
          fc.asyncProperty(requestArbitrary(op), async (request) => {
            await client.send(request);
          }),
          { numRuns },
        );
      }
    };
    await Promise.all(Array.from({ length: LANES }, lane));
    const sent = client.sent - before;
    assert.ok(sent >= EXPECTED_OPERATIONS * DOCUMENT_RUNS, `only ${sent} requests`);
    // every operation with an input got refused inputs (those without: only a foreign Host can be refused)
    const withInput = operations.filter((o) => o.parameters.length > 0 || o.body !== null);
    assert.ok(withInput.length >= 25);
    for (const op of withInput)
      assert.ok(
        client.byOp.get(op.id)!.errors > 0,
        `${op.id}: no request was refused — the fuzzer did not reach its checks`,
      );
    assert.deepEqual(client.serverErrors, []);
    // the checks of error bodies and documented statuses ran, not only the 5xx check
    assert.ok(
      client.errorBodiesChecked > sent / 4,
      `${client.errorBodiesChecked} error bodies checked`,
    );
    assert.ok(client.documentedChecked >= sent);
  },
);

/** The operation a concrete path and method belong to, if any. */
function operationAt(method: string, path: string): Operation | undefined {
  return operations.find(
    (o) => o.method === method && new RegExp(`^${o.path.replace(/\{\w+\}/g, '[^/]+')}$`).test(path),
  );
}

test('paths and methods that are no operation: 404 in the one shape', async () => {
  const unknown = fc.record({
    method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
    template: fc.oneof(
      fc.constantFrom(
        '/api',
        '/api/',
        '/api/agreements/ID/nichts',
        '/api/values/ID',
        '/api/agreements/ID/content',
        '/api/exports',
        '/api/me/ID',
        '/api/ID',
        '/api/agreements/ID/assessments/ID/x',
      ),
      fc.webPath().map((p) => `/api${p}`),
    ),
    id: fc.oneof(fc.constantFrom(seeded.agreements.S), hostileText(), fc.uuid()),
    actor: fc.constantFrom(...actors),
  });
  let notFound = 0;
  await fc.assert(
    fc.asyncProperty(unknown, async ({ method, template, id, actor }) => {
      const path = template.replaceAll('ID', encodeURIComponent(id.replace(/\p{Cs}/gu, '\ufffd')));
      const op = operationAt(method, path)?.id ?? 'unknown';
      const answer = await client.send({
        op,
        method,
        path,
        params: {},
        query: [],
        contentType: 'application/json',
        actor,
        ...(method === 'GET' ? {} : { body: { raw: '{}' } }),
      });
      if (answer.status === 404) notFound += 1;
    }),
    { numRuns: 150 },
  );
  assert.ok(notFound > 50, `only ${notFound} answered 404`);
});
