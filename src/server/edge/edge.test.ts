/** The edge without a store: headers, Host and Origin, body size and type, error shape. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorSchema } from '../../contracts/error.ts';
import { createApp } from '../app.ts';
import type { ServiceContext } from '../../services/context.ts';
import { isAllowedAuthority } from './hosts.ts';

const app = createApp({
  contextFor: async () => ({}) as ServiceContext,
  checkStore: async () => true,
  hosts: { allowedHosts: ['zs.example.de', 'proxy.example.de:8443'], port: 3000 },
});

async function errorOf(response: Response) {
  const body = errorSchema.strict().parse(await response.json());
  return { status: response.status, code: body.error.code, message: body.error.message };
}

const post = (
  path: string,
  body: string,
  headers: Record<string, string> = { 'content-type': 'application/json' },
) => app.request(`http://localhost:3000${path}`, { method: 'POST', headers, body });

describe('Host and Origin', () => {
  it('answers to localhost, 127.0.0.1, [::1] and the configured names, on the server port', () => {
    const rules = { allowedHosts: ['zs.example.de', 'proxy.example.de:8443'], port: 3000 };
    for (const ok of [
      'localhost',
      'localhost:3000',
      '127.0.0.1:3000',
      '[::1]:3000',
      'ZS.example.de',
      'zs.example.de:3000',
      'proxy.example.de:8443',
    ]) {
      assert.equal(isAllowedAuthority(ok, rules), true, ok);
    }
    for (const bad of [
      'localhost:3001',
      'evil.example',
      'localhost.evil.example',
      'proxy.example.de',
      'proxy.example.de:3000',
      '127.0.0.2:3000',
      '',
      'localhost:3000@evil',
    ]) {
      assert.equal(isAllowedAuthority(bad, rules), false, bad);
    }
  });

  it('421 for another Host, 403 for a write from another origin, in the one shape', async () => {
    assert.deepEqual(await errorOf(await app.request('http://rebound.example:3000/api/health')), {
      status: 421,
      code: 'wrong_host',
      message:
        'Diese Adresse (Host) bedient der Server nicht. Weitere Namen erlaubt die Einstellung ALLOWED_HOSTS.',
    });
    const forged = await post('/api/exports?format=csv', '{}', {
      'content-type': 'application/json',
      origin: 'http://evil.example',
    });
    assert.equal((await errorOf(forged)).status, 403);
    assert.equal(
      (
        await errorOf(
          await post('/api/exports?format=csv', '{}', {
            'content-type': 'application/json',
            origin: 'null',
          }),
        )
      ).status,
      403,
    );
    // the application itself, and a client without Origin (curl), may write
    const own = await post('/api/exports?format=csv', '{}', {
      'content-type': 'application/json',
      origin: 'http://localhost:3000',
    });
    assert.equal(own.status, 422);
    assert.equal(
      (
        await app.request('http://localhost:3000/api/health', {
          headers: { origin: 'http://evil.example' },
        })
      ).status,
      200,
    );
  });
});

describe('bodies', () => {
  it('malformed JSON is 400, another content type 415, too large 413', async () => {
    assert.deepEqual(await errorOf(await post('/api/exports?format=csv', '{"title": ')), {
      status: 400,
      code: 'bad_request',
      message: 'Ungültige Anfrage: der Inhalt ist kein gültiges JSON.',
    });
    assert.equal(
      (await errorOf(await post('/api/exports?format=csv', '{}', { 'content-type': 'text/plain' })))
        .status,
      415,
    );
    assert.equal((await errorOf(await post('/api/agreements', '{}', {}))).status, 415);
    const huge = JSON.stringify({ content: 'x'.repeat(3 * 1024 * 1024) });
    assert.deepEqual(await errorOf(await post('/api/agreements', huge)), {
      status: 413,
      code: 'payload_too_large',
      message: 'Der Inhalt der Anfrage ist zu groß (höchstens 2 MB).',
    });
    // the same size is fine for a table export (16 MB)
    assert.equal((await post('/api/exports?format=csv', huge)).status, 422);
    // told by Content-Length before anything is read
    assert.equal(
      (
        await post('/api/datenstaende', '{}', {
          'content-type': 'application/json',
          'content-length': String(40 * 1024 * 1024),
        })
      ).status,
      413,
    );
  });
});

describe('headers', () => {
  it('security headers everywhere, no-store on the API', async () => {
    for (const response of [
      await app.request('http://localhost/api/health'),
      await app.request('http://localhost/api/nichts'),
      await post('/api/exports?format=csv', '{'),
    ]) {
      const csp = response.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'self'/);
      assert.match(csp, /script-src 'self'(;|$)/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
      assert.equal(response.headers.get('x-frame-options'), 'DENY');
      assert.equal(response.headers.get('cache-control'), 'no-store');
    }
    const missing = await app.request('http://localhost/api/nichts');
    assert.deepEqual(await errorOf(missing), {
      status: 404,
      code: 'not_found',
      message: 'Keine Schnittstelle GET /api/nichts',
    });
  });
});
