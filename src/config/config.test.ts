import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { ConfigError, readConfig } from './config.ts';

test('the server listens on loopback unless told otherwise; HOST and ALLOWED_HOSTS extend the names it answers to', () => {
  const plain = readConfig({});
  assert.equal(plain.host, '127.0.0.1');
  assert.deepEqual(plain.allowedHosts, ['127.0.0.1']);
  const proxied = readConfig({
    HOST: '0.0.0.0',
    ALLOWED_HOSTS: 'zs.example.de, zs.example.de:8443',
  });
  assert.equal(proxied.host, '0.0.0.0');
  assert.deepEqual(proxied.allowedHosts, ['zs.example.de', 'zs.example.de:8443']);
  assert.deepEqual(readConfig({ HOST: '10.0.0.5' }).allowedHosts, ['10.0.0.5']);
});

test('a wrong setting is one German line naming it, without echoing DATABASE_URL', () => {
  const problem = (env: NodeJS.ProcessEnv) => {
    try {
      readConfig(env);
    } catch (error) {
      assert.ok(error instanceof ConfigError);
      return error.message;
    }
    return assert.fail('expected a ConfigError');
  };
  assert.equal(
    problem({ PORT: 'abc' }),
    'Ungültige Einstellung: PORT: ganze Zahl von 1 bis 65535 erwartet',
  );
  assert.match(
    problem({ ALLOWED_HOSTS: 'gut.example.de,böse host' }),
    /ALLOWED_HOSTS: „böse host“ ist kein Rechnername/,
  );
  const url = problem({ DATABASE_URL: 'kennwort-geheim' });
  assert.match(url, /^Ungültige Einstellung: DATABASE_URL: keine gültige URL/);
  assert.doesNotMatch(url, /geheim/);
  assert.doesNotMatch(url, /\n/);
});

test('the command line reports a wrong setting in one line, exit code 2, no stack trace', () => {
  const main = fileURLToPath(new URL('../cli/main.ts', import.meta.url));
  const run = spawnSync(process.execPath, ['--import', 'tsx', main, 'agreements', 'list'], {
    env: { ...process.env, PORT: '70000' },
    encoding: 'utf8',
  });
  assert.equal(run.status, 2, run.stderr);
  assert.equal(run.stderr, 'Ungültige Einstellung: PORT: ganze Zahl von 1 bis 65535 erwartet\n');
});
