import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ClaimMappingError, readClaimMapping } from './claim-mapping-file.ts';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zs-claims-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function problem(name: string, text: string | null): Promise<string> {
  const path = join(dir, name);
  if (text !== null) await writeFile(path, text);
  const error = await readClaimMapping(path).then(
    () => assert.fail('expected a ClaimMappingError'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof ClaimMappingError);
  return error.message.replace(dir, 'DIR');
}

test('a usable file gives the mapping', async () => {
  const path = join(dir, 'gut.json');
  await writeFile(
    path,
    JSON.stringify({ rules: [{ claim: 'groups', value: 'g', role: 'leser', unitId: '05' }] }),
  );
  assert.equal((await readClaimMapping(path)).rules[0]?.role, 'leser');
});

test('a missing, broken or wrong file is one German line naming the file and the field', async () => {
  assert.equal(await problem('fehlt.json', null), 'DIR/fehlt.json: Datei nicht gefunden');
  assert.match(
    await problem('kaputt.json', '{"rules": ['),
    /^DIR\/kaputt\.json: kein gültiges JSON/,
  );
  assert.equal(
    await problem(
      'falsch.json',
      '{"rules": [{"claim": "groups", "value": "g", "role": "chef", "unitId": "05"}]}',
    ),
    'DIR/falsch.json: rules.0.role: Rolle erwartet: ministerium, traeger, jobcenter, leser, administration',
  );
});
