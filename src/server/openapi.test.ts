/** The served OpenAPI document: complete, stable operation ids, clean under Redocly's recommended rules. */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import type { ServiceContext } from '../services/context.ts';
import { createApp } from './app.ts';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

interface Operation {
  operationId?: string;
  description?: string;
  'x-berechtigt'?: string;
  tags?: string[];
  requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> };
  responses: Record<string, unknown>;
}
interface Document {
  info: { license?: { name: string } };
  servers?: { url: string }[];
  tags?: { name: string; description?: string }[];
  paths: Record<string, Partial<Record<(typeof METHODS)[number], Operation>>>;
  components: { schemas: Record<string, unknown> };
}

let source = '';
let doc: Document;
const operations: { method: string; path: string; op: Operation }[] = [];

before(async () => {
  const app = createApp({
    contextFor: async () => ({}) as ServiceContext,
    checkStore: async () => true,
  });
  const response = await app.request('/api/openapi.json');
  assert.equal(response.status, 200);
  source = await response.text();
  doc = JSON.parse(source) as Document;
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS)
      if (item[method] !== undefined) operations.push({ method, path, op: item[method] });
  }
});

/** Whether the operation at a pointer ("#/paths/~1api~1x/get/responses") answers with a redirect. */
function redirects(pointer: string | undefined): boolean {
  const match = /^#\/paths\/([^/]+)\/(\w+)\/responses$/.exec(pointer ?? '');
  if (match === null) return false;
  const path = match[1]!.replaceAll('~1', '/').replaceAll('~0', '~');
  const op = doc.paths[path]?.[match[2] as (typeof METHODS)[number]];
  return op !== undefined && Object.keys(op.responses).some((s) => /^3\d\d$/.test(s));
}

test('Redocly recommended rules: no errors, no warnings', async () => {
  const config = await createConfig({ extends: ['recommended'] });
  const problems = (await lintFromString({ source, absoluteRef: 'openapi.json', config })).filter(
    // single sign-on's start and callback succeed with a redirect (302), not a 2xx
    (p) => !(p.ruleId === 'operation-2xx-response' && redirects(p.location[0]?.pointer)),
  );
  const described = problems.map(
    (p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? '?'}`,
  );
  assert.deepEqual(described, []);
});

test('every operation has a stable verb-first operationId and a described tag', () => {
  assert.deepEqual(operations.map((o) => o.op.operationId).sort(), [
    'checkAgreementCascade',
    'checkAuditChain',
    'compareAgreementVersions',
    'compareJobcenters',
    'compareWithinVergleichstyp',
    'createAgreement',
    'createApiToken',
    'createSession',
    'createUnit',
    'createUserAccount',
    'deleteSession',
    'deriveAgreementCascade',
    'draftNextYear',
    'exportAuditTrail',
    'exportTable',
    'finishSingleSignOn',
    'getAgreement',
    'getAgreementDocument',
    'getAgreementMonitoring',
    'getAssessmentReport',
    'getDialogueAgenda',
    'getHealth',
    'getLoginInfo',
    'getMonitoringReport',
    'getSession',
    'getViewer',
    'getYearOverview',
    'importValues',
    'listAgreements',
    'listApiTokens',
    'listAssessmentDecisions',
    'listAuditTrail',
    'listDatenstaende',
    'listFrameworkChanges',
    'listLocalIndicators',
    'listUnitTree',
    'listUnits',
    'listUserAccounts',
    'queryValues',
    'recordAssessmentDecision',
    'recordFrameworkChange',
    'resetUserPassword',
    'reviseAgreement',
    'revokeApiToken',
    'saveLocalIndicator',
    'startSingleSignOn',
    'transitionAgreement',
    'updateAgreementContent',
    'updateOwnPassword',
    'updateUnit',
    'updateUserAccount',
  ]);
  const tags = new Map((doc.tags ?? []).map((t) => [t.name, t.description ?? '']));
  for (const { method, path, op } of operations) {
    assert.match(
      op.operationId ?? '',
      /^(get|list|query|create|record|save|update|delete|revoke|transition|revise|draft|derive|check|compare|import|export|start|finish|reset)[A-Z]\w*$/,
      `${method} ${path}`,
    );
    assert.equal(op.tags?.length, 1, `${method} ${path}`);
    assert.notEqual(
      tags.get(op.tags![0]!) ?? '',
      '',
      `tag ${op.tags![0]} of ${method} ${path} is described`,
    );
  }
  assert.equal(doc.info.license?.name, 'MIT');
  assert.deepEqual(
    doc.servers?.map((s) => s.url),
    ['/'],
  );
});

test('the error responses: every body route names 400, 413, 415, 422; every route 421 and 503', () => {
  for (const { method, path, op } of operations) {
    const statuses = Object.keys(op.responses);
    for (const s of ['421', '503']) assert.ok(statuses.includes(s), `${method} ${path} lacks ${s}`);
    if (op.requestBody !== undefined)
      for (const s of ['400', '403', '413', '415', '422'])
        assert.ok(statuses.includes(s), `${method} ${path} lacks ${s}`);
    if (path.includes('{')) assert.ok(statuses.includes('404'), `${method} ${path} lacks 404`);
  }
});

test('every operation says who may call it (x-berechtigt, also at the end of its description)', () => {
  for (const { method, path, op } of operations) {
    const who = op['x-berechtigt'];
    assert.ok(typeof who === 'string' && who.length > 5, `${method} ${path} names no callers`);
    assert.ok(op.description?.endsWith(`Berechtigt: ${who}.`), `${method} ${path}`);
  }
  const transition = operations.find((o) => o.op.operationId === 'transitionAgreement')!;
  assert.match(
    transition.op['x-berechtigt']!,
    /unterzeichnen: jede Seite nur die eigene Unterschrift/,
  );
});

test('the agreement content is a named schema in requests and responses', () => {
  assert.ok('Zielvereinbarungsinhalt' in doc.components.schemas);
  assert.ok('Kriterium' in doc.components.schemas);
  assert.ok('Fehler' in doc.components.schemas);
  for (const id of ['createAgreement', 'updateAgreementContent']) {
    const op = operations.find((o) => o.op.operationId === id)!.op;
    const content = op.requestBody?.content['application/json']?.schema.properties?.content;
    assert.deepEqual(content, { $ref: '#/components/schemas/Zielvereinbarungsinhalt' }, id);
  }
  assert.match(source, /"content":\{"\$ref":"#\/components\/schemas\/Zielvereinbarungsinhalt"\}/);
});
