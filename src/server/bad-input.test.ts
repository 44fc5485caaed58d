/** The bad requests that once got a 500, each now a 4xx in the one shape (on a real PostgreSQL). */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildFixtureAgreement } from '../domain/agreements/agreement-fixture.ts';
import { errorSchema } from '../contracts/error.ts';
import { ACTORS } from '../services/test-support.ts';
import { startApiTestBed, type ApiTestBed } from './test-support.ts';

let api: ApiTestBed;
let id: string;
let rowVersion: number;

before(async () => {
  api = await startApiTestBed();
  const created = await api.call(
    'POST',
    '/api/agreements',
    { content: { ...buildFixtureAgreement(), signatures: [] } },
    ACTORS.ministerium,
  );
  assert.equal(created.status, 201, JSON.stringify(created.body));
  ({ id, rowVersion } = created.body);
});
after(async () => {
  await api.bed.database.destroy();
});

async function answer(
  method: string,
  path: string,
  body?: string,
  contentType = 'application/json',
) {
  const response = await api.request(
    path,
    { method, headers: body === undefined ? {} : { 'content-type': contentType }, body },
    ACTORS.ministerium,
  );
  const parsed = errorSchema.strict().parse(await response.json());
  return {
    status: response.status,
    code: parsed.error.code,
    paths: parsed.error.details.map((d) => d.path),
  };
}

test('integers past int4 in a query and in a body', async () => {
  assert.deepEqual(await answer('GET', `/api/agreements/${id}/monitoring?datenstand=2147483648`), {
    status: 422,
    code: 'validation',
    paths: ['query.datenstand'],
  });
  assert.deepEqual(
    await answer('GET', `/api/agreements/${id}/compare?from=1&to=9007199254740993`),
    { status: 422, code: 'validation', paths: ['query.to'] },
  );
  const content = JSON.stringify({
    rowVersion: 2 ** 31,
    content: { ...buildFixtureAgreement(), signatures: [] },
  });
  assert.deepEqual(await answer('PUT', `/api/agreements/${id}/content`, content), {
    status: 422,
    code: 'validation',
    paths: ['rowVersion'],
  });
});

test('NUL and lone surrogates in any text, and a year 0', async () => {
  assert.deepEqual(
    await answer(
      'POST',
      `/api/agreements/${id}/framework-changes`,
      JSON.stringify({ since: '0000-01-01', description: 'Programm\u0000' }),
    ),
    { status: 422, code: 'validation', paths: ['since', 'description'] },
  );
  // JSON may spell a lone surrogate as an escape: JSON.parse gives it back as it is
  assert.deepEqual(
    await answer(
      'POST',
      `/api/agreements/${id}/revisions`,
      `{"rowVersion": ${rowVersion}, "reason": "\\ud800"}`,
    ),
    { status: 422, code: 'validation', paths: ['reason'] },
  );
  const content = buildFixtureAgreement();
  content.goals[0]!.title = 'Ziel \udfff';
  assert.deepEqual(await answer('POST', '/api/agreements', JSON.stringify({ content })), {
    status: 422,
    code: 'validation',
    paths: ['content.goals.0.title'],
  });
  assert.deepEqual(
    await answer('GET', '/api/values?units=05554%00&metrics=K2&from=2014-01&to=2014-12'),
    { status: 422, code: 'validation', paths: ['query.units'] },
  );
});

test('malformed JSON, another content type, an id of another shape', async () => {
  assert.deepEqual(await answer('POST', '/api/exports?format=csv', '{"title": "x", '), {
    status: 400,
    code: 'bad_request',
    paths: [],
  });
  assert.deepEqual(
    await answer('POST', '/api/exports?format=csv', 'title=x', 'application/x-www-form-urlencoded'),
    { status: 415, code: 'unsupported_media_type', paths: [] },
  );
  assert.deepEqual(await answer('GET', '/api/agreements/42'), {
    status: 404,
    code: 'not_found',
    paths: ['param.id'],
  });
});
