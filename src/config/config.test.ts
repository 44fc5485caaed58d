import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
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

const OIDC = {
  OIDC_ISSUER: 'https://login.example.de/realms/jobcenter',
  OIDC_CLIENT_ID: 'zielsteuerung',
  OIDC_CLIENT_SECRET: 'geheim-1234',
  OIDC_REDIRECT_URI: 'https://zs.example.de/api/session/oidc/callback',
  OIDC_CLAIM_MAPPING: 'config/oidc.json',
};

const problemOf = (env: NodeJS.ProcessEnv) => {
  try {
    readConfig(env);
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    return error.message;
  }
  return assert.fail('expected a ConfigError');
};

test('single sign-on: off when no OIDC_ setting is given (or all are empty), on with the required ones', () => {
  assert.equal(readConfig({}).oidc, null);
  assert.equal(readConfig({ OIDC_ISSUER: '', OIDC_CLIENT_ID: ' ' }).oidc, null);
  assert.deepEqual(readConfig(OIDC).oidc, {
    issuer: 'https://login.example.de/realms/jobcenter',
    clientId: 'zielsteuerung',
    clientSecret: 'geheim-1234',
    redirectUri: 'https://zs.example.de/api/session/oidc/callback',
    claimMappingFile: resolve('config/oidc.json'),
    label: 'Anmelden mit Single Sign-on',
  });
  // a public client has no secret; a provider on this machine may speak plain http
  const local = readConfig({
    ...OIDC,
    OIDC_ISSUER: 'http://127.0.0.1:8080/realms/test',
    OIDC_CLIENT_SECRET: undefined,
    OIDC_REDIRECT_URI: 'http://localhost:3000/api/session/oidc/callback',
    OIDC_LABEL: 'Anmelden mit dem Landesportal',
  }).oidc;
  assert.equal(local?.clientSecret, null);
  assert.equal(local?.label, 'Anmelden mit dem Landesportal');
});

test('single sign-on: a missing or wrong setting is one German line naming it, the secret never echoed', () => {
  assert.equal(
    problemOf({ OIDC_ISSUER: OIDC.OIDC_ISSUER }),
    'Ungültige Einstellung: OIDC_CLIENT_ID fehlt (nötig mit OIDC_ISSUER); ' +
      'OIDC_REDIRECT_URI fehlt (nötig mit OIDC_ISSUER: die beim Anmeldedienst eingetragene Adresse, z. B. https://zs.example.de/api/session/oidc/callback); ' +
      'OIDC_CLAIM_MAPPING fehlt (nötig mit OIDC_ISSUER: Pfad der JSON-Datei mit den Zuordnungsregeln)',
  );
  assert.match(
    problemOf({ ...OIDC, OIDC_ISSUER: 'http://login.example.de' }),
    /^Ungültige Einstellung: OIDC_ISSUER: https-URL des Anmeldedienstes erwartet/,
  );
  assert.match(problemOf({ ...OIDC, OIDC_ISSUER: 'kein url' }), /OIDC_ISSUER: https-URL/);
  assert.match(
    problemOf({ ...OIDC, OIDC_REDIRECT_URI: 'https://zs.example.de/anmelden' }),
    /OIDC_REDIRECT_URI: https-URL erwartet, die auf \/api\/session\/oidc\/callback endet/,
  );
  assert.match(
    problemOf({ ...OIDC, OIDC_REDIRECT_URI: 'http://zs.example.de/api/session/oidc/callback' }),
    /OIDC_REDIRECT_URI: https-URL/,
  );
  assert.match(
    problemOf({ ...OIDC, OIDC_LABEL: 'x'.repeat(101) }),
    /OIDC_LABEL: Text von höchstens 100 Zeichen/,
  );
  const secret = problemOf({ ...OIDC, OIDC_CLIENT_SECRET: 'geheim\u0000', PORT: 'abc' });
  assert.equal(
    secret,
    'Ungültige Einstellung: PORT: ganze Zahl von 1 bis 65535 erwartet; OIDC_CLIENT_SECRET: Steuerzeichen sind nicht erlaubt',
  );
  assert.equal(
    problemOf({ OIDC_CLIENT_ID: 'zielsteuerung', OIDC_LABEL: 'SSO' }),
    'Ungültige Einstellung: OIDC_CLIENT_ID ist gesetzt, aber OIDC_ISSUER nicht (Single Sign-on braucht OIDC_ISSUER); OIDC_LABEL ist gesetzt, aber OIDC_ISSUER nicht (Single Sign-on braucht OIDC_ISSUER)',
  );
});

test('npm start with a claim-mapping file that is not there: one line, exit code 2, before anything starts', () => {
  const main = fileURLToPath(new URL('../cli/main.ts', import.meta.url));
  const run = spawnSync(process.execPath, ['--import', 'tsx', main, 'start'], {
    env: { ...process.env, ...OIDC, OIDC_CLAIM_MAPPING: '/nirgendwo/oidc.json' },
    encoding: 'utf8',
  });
  assert.equal(run.status, 2, run.stderr);
  assert.equal(
    run.stderr,
    'Ungültige Einstellung: OIDC_CLAIM_MAPPING: /nirgendwo/oidc.json: Datei nicht gefunden\n',
  );
});
