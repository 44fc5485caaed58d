import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './app-types.ts';
import { registerWebApp } from './static.ts';

let dist: string;
const INDEX =
  '<!doctype html><html lang="de"><title>Zielsteuerung SGB II</title><div id="app"></div></html>';
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(5000))});`;

function appOn(dir: string) {
  const app = new OpenAPIHono<AppEnv>();
  app.get('/api/health', (c) => c.json({ status: 'ok' }));
  registerWebApp(app, dir);
  app.notFound((c) => c.json({ error: { code: 'not_found' } }, 404));
  return app;
}

before(async () => {
  dist = await mkdtemp(join(tmpdir(), 'zs-static-'));
  await mkdir(join(dist, 'web', 'assets'), { recursive: true });
  await writeFile(join(dist, 'web', 'index.html'), INDEX);
  await writeFile(join(dist, 'web', 'assets', 'index-abc123.js'), SCRIPT);
  await writeFile(join(dist, 'secret.txt'), 'outside dist/web');
});
after(async () => {
  await rm(dist, { recursive: true, force: true });
});

test('a page path of the web application gets index.html (SPA fallback), never cached', async () => {
  const app = appOn(join(dist, 'web'));
  for (const path of ['/', '/vereinbarungen/123/bearbeiten', '/vergleich?monat=2014-12']) {
    const response = await app.request(path);
    assert.equal(response.status, 200, path);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(response.headers.get('cache-control'), 'no-cache');
    assert.equal(await response.text(), INDEX);
  }
});

test('hashed assets are cached for a year and sent gzip-compressed when accepted', async () => {
  const app = appOn(join(dist, 'web'));
  const plain = await app.request('/assets/index-abc123.js');
  assert.equal(plain.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  assert.equal(await plain.text(), SCRIPT);
  const zipped = await app.request('/assets/index-abc123.js', {
    headers: { 'accept-encoding': 'gzip, br' },
  });
  assert.equal(zipped.headers.get('content-encoding'), 'gzip');
  assert.equal(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString(), SCRIPT);
});

test('the API keeps its own answers, a missing asset is 404, nothing outside dist/web is served', async () => {
  const app = appOn(join(dist, 'web'));
  assert.deepEqual(await (await app.request('/api/health')).json(), { status: 'ok' });
  assert.equal((await app.request('/api/gibt-es-nicht')).status, 404);
  assert.equal((await app.request('/assets/fehlt-123.js')).status, 404);
  const traversal = await app.request('/assets/%2e%2e/%2e%2e/secret.txt');
  assert.notEqual(await traversal.text(), 'outside dist/web');
});

test('without a build the pages say so (503) instead of failing', async () => {
  const response = await appOn(join(dist, 'fehlt')).request('/');
  assert.equal(response.status, 503);
  assert.match(await response.text(), /nicht gebaut/);
});
