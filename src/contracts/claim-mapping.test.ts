import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { parseClaimMapping } from './claim-mapping.ts';

test('defaults: preferred_username and name, no extra scopes, no grants', () => {
  const parsed = parseClaimMapping({
    rules: [{ claim: 'groups', value: 'zs-mais-nrw', role: 'ministerium', unitId: '05' }],
  });
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.mapping, {
    usernameClaim: 'preferred_username',
    nameClaim: 'name',
    scopes: [],
    rules: [
      {
        claim: 'groups',
        value: 'zs-mais-nrw',
        role: 'ministerium',
        unitId: '05',
        microdataRights: false,
        importSources: [],
      },
    ],
  });
});

test('every problem is a German line naming the field', () => {
  const problems = (json: unknown) => {
    const parsed = parseClaimMapping(json);
    assert.ok(!parsed.ok);
    return parsed.problems;
  };
  assert.deepEqual(problems([]), ['JSON-Objekt mit „rules“ erwartet']);
  assert.deepEqual(problems({ rules: [] }), ['rules: mindestens eine Zuordnungsregel erwartet']);
  const many = problems({
    scopes: ['groups', 'zwei worte'],
    rules: [
      { claim: 'groups', value: 'a', role: 'chef', unitId: '05' },
      { claim: '', value: 'b', role: 'leser', unitId: '05', importSources: ['irgendwo'] },
      { claim: 'groups', value: 'c', role: 'leser', unitId: '05', microdataRights: 'ja' },
      'keine Regel',
    ],
  });
  assert.deepEqual(many, [
    'scopes.1: Scope ohne Leerzeichen erwartet',
    'rules.0.role: Rolle erwartet: ministerium, traeger, jobcenter, leser, administration',
    'rules.1.claim: Claim fehlt',
    'rules.1.importSources.0: Quelle erwartet: mikrodaten, ba_veroeffentlichung, manuell',
    'rules.2.microdataRights: true oder false erwartet',
    'rules.3: Regel erwartet: {"claim", "value", "role", "unitId"}',
  ]);
  // a misspelt key is named rather than ignored
  const [unknown] = problems({
    rules: [{ claim: 'groups', value: 'a', role: 'leser', unitId: '05', unit: '05' }],
  });
  assert.match(unknown!, /^rules\.0: .*unit/);
});

test('the example in docs/ is a valid mapping', async () => {
  const text = await readFile(
    new URL('../../docs/oidc-claim-mapping.example.json', import.meta.url),
    'utf8',
  );
  const parsed = parseClaimMapping(JSON.parse(text));
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.problems.join('\n'));
  assert.ok(parsed.mapping.rules.length >= 3);
});
