import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFixtureAgreement } from '../../../domain/agreements/agreement-fixture.ts';
import { ACTORS } from '../../../services/test-support.ts';
import { startApiTestBed, type ApiTestBed } from '../../test-support.ts';

let api: ApiTestBed;
before(async () => {
  api = await startApiTestBed();
});
after(async () => {
  await api.bed.database.destroy();
});

const draft = () => ({ ...buildFixtureAgreement(), signatures: [] });

async function created() {
  const response = await api.call(
    'POST',
    '/api/agreements',
    { content: draft(), comment: 'Entwurf des Landes' },
    ACTORS.ministerium,
  );
  assert.equal(response.status, 201, JSON.stringify(response.body));
  return response.body;
}

test('an agreement is created as Entwurf, listed for both parties, hidden from another Land', async () => {
  const a = await created();
  assert.equal(a.status, 'entwurf');
  assert.equal(a.currentVersion, 1);
  assert.deepEqual(
    a.events.map((e: { action: string }) => e.action),
    ['anlegen'],
  );
  const forTraeger = await api.call('GET', '/api/agreements?year=2014', undefined, ACTORS.traeger);
  assert.deepEqual(
    forTraeger.body.map((s: { id: string }) => s.id),
    [a.id],
  );
  assert.equal(
    (await api.call('GET', `/api/agreements/${a.id}`, undefined, ACTORS.bayern)).status,
    404,
  );
  assert.deepEqual(
    (await api.call('GET', '/api/agreements?year=2014', undefined, ACTORS.bayern)).body,
    [],
  );
  // one agreement per pair of parties and year
  const twice = await api.call('POST', '/api/agreements', { content: draft() }, ACTORS.ministerium);
  assert.equal(twice.status, 409);
  await api.bed.database.pool.query(
    'DELETE FROM agreement_events; DELETE FROM agreement_versions; DELETE FROM agreements',
  );
});

test('two people edit the same version: the second gets 409 and loses nothing silently', async () => {
  const a = await created();
  const mine = draft();
  mine.preamble = [{ kind: 'absatz', text: 'Fassung des Ministeriums.' }];
  const theirs = draft();
  theirs.preamble = [{ kind: 'absatz', text: 'Fassung des Kreises.' }];
  const [first, second] = await Promise.all(
    [
      api.call(
        'PUT',
        `/api/agreements/${a.id}/content`,
        { rowVersion: a.rowVersion, content: mine },
        ACTORS.ministerium,
      ),
      api.call(
        'PUT',
        `/api/agreements/${a.id}/content`,
        { rowVersion: a.rowVersion, content: theirs },
        ACTORS.traeger,
      ),
    ].map(async (p) => p),
  );
  const statuses = [first!.status, second!.status].sort();
  assert.deepEqual(statuses, [200, 409]);
  const loser = first!.status === 409 ? first! : second!;
  assert.equal(loser.body.error.code, 'conflict');
  assert.equal(loser.body.error.current.rowVersion, a.rowVersion + 1);
  const now = await api.call('GET', `/api/agreements/${a.id}`);
  const winnerText = (first!.status === 200 ? mine : theirs).preamble;
  assert.deepEqual(now.body.content.preamble, winnerText);
  await api.bed.database.pool.query(
    'DELETE FROM agreement_events; DELETE FROM agreement_versions; DELETE FROM agreements',
  );
});

test('lifecycle to signing; a signed version is immutable; a change is a new version that can be compared', async () => {
  const a = await created();
  let r = await api.call(
    'POST',
    `/api/agreements/${a.id}/transitions`,
    { rowVersion: a.rowVersion, action: 'anbieten', comment: 'Zielwertangebot' },
    ACTORS.traeger,
  );
  assert.equal(r.body.status, 'angebot');
  r = await api.call(
    'POST',
    `/api/agreements/${a.id}/transitions`,
    { rowVersion: r.body.rowVersion, action: 'verhandeln', comment: 'Verhandlung am 20.03.' },
    ACTORS.ministerium,
  );
  assert.equal(r.body.status, 'in_verhandlung');
  // signing without the own signature is refused with the reason
  const unsigned = await api.call('POST', `/api/agreements/${a.id}/transitions`, {
    rowVersion: r.body.rowVersion,
    action: 'unterzeichnen',
  });
  assert.equal(unsigned.status, 422);
  assert.match(unsigned.body.error.message, /eigene Unterschrift/);
  const signatures = buildFixtureAgreement().signatures;
  // the Träger cannot sign for both parties: the Land's signature is the Land's
  const forBoth = await api.call('POST', `/api/agreements/${a.id}/transitions`, {
    rowVersion: r.body.rowVersion,
    action: 'unterzeichnen',
    signatures,
  });
  assert.equal(forBoth.status, 403);
  assert.match(forBoth.body.error.message, /Jeder Vertragspartner unterzeichnet nur für sich/);
  r = await api.call('POST', `/api/agreements/${a.id}/transitions`, {
    rowVersion: r.body.rowVersion,
    action: 'unterzeichnen',
    signatures: signatures.filter((s) => s.party === 1),
    comment: 'für den Kreis unterzeichnet',
  });
  assert.equal(r.status, 200, JSON.stringify(r.body));
  assert.equal(r.body.status, 'in_verhandlung');
  assert.deepEqual(r.body.permissions.signFor, []);
  r = await api.call(
    'POST',
    `/api/agreements/${a.id}/transitions`,
    {
      rowVersion: r.body.rowVersion,
      action: 'unterzeichnen',
      signatures: signatures.filter((s) => s.party === 0),
      comment: 'für das Land unterzeichnet',
    },
    ACTORS.ministerium,
  );
  assert.equal(r.status, 200, JSON.stringify(r.body));
  assert.equal(r.body.status, 'unterzeichnet');
  assert.deepEqual(
    [...r.body.content.signatures].sort(
      (x: { party: number }, y: { party: number }) => x.party - y.party,
    ),
    signatures,
  );
  assert.deepEqual(
    r.body.events.map((e: { toStatus: string }) => e.toStatus),
    ['entwurf', 'angebot', 'in_verhandlung', 'in_verhandlung', 'unterzeichnet'],
  );

  const changed = r.body.content;
  changed.preamble = [{ kind: 'absatz', text: 'nachträglich geändert' }];
  const refused = await api.call('PUT', `/api/agreements/${a.id}/content`, {
    rowVersion: r.body.rowVersion,
    content: changed,
  });
  assert.equal(refused.status, 409);
  assert.equal(refused.body.error.code, 'invalid_state');

  const revised = await api.call('POST', `/api/agreements/${a.id}/revisions`, {
    rowVersion: r.body.rowVersion,
    reason: 'Zielwert nach Dialog angepasst',
  });
  assert.equal(revised.status, 201);
  assert.equal(revised.body.currentVersion, 2);
  assert.equal(revised.body.status, 'entwurf');
  assert.deepEqual(revised.body.content.signatures, []);
  const target = revised.body.content.goals[0].blocks[1].target;
  target.criterion.change = 1.0;
  const edited = await api.call('PUT', `/api/agreements/${a.id}/content`, {
    rowVersion: revised.body.rowVersion,
    content: revised.body.content,
  });
  assert.equal(edited.status, 200, JSON.stringify(edited.body));
  const v1 = await api.call('GET', `/api/agreements/${a.id}?version=1`);
  assert.equal(v1.body.content.goals[0].blocks[1].target.criterion.change, 0.5);
  assert.equal(v1.body.versions[0].status, 'unterzeichnet');
  const diff = await api.call('GET', `/api/agreements/${a.id}/compare?from=1&to=2`);
  assert.equal(diff.status, 200);
  const paths = diff.body.changes.map(
    (c: { path: string; before: string | null; after: string | null }) =>
      `${c.path}: ${c.before} → ${c.after}`,
  );
  assert.ok(
    paths.some((p: string) => p.includes('II') && p.includes('0,5') && p.includes('1')),
    paths.join('\n'),
  );
  assert.ok(
    diff.body.changes.some((c: { path: string }) => /Unterschrift/.test(c.path)),
    paths.join('\n'),
  );
});

test('invalid content is refused naming the field', async () => {
  const bad = draft() as unknown as {
    goals: { blocks: { target?: { criterion: { decimals?: number; comparison?: string } } }[] }[];
  };
  bad.goals[0]!.blocks[1]!.target!.criterion.comparison = 'etwa';
  const r = await api.call('POST', '/api/agreements', { content: bad }, ACTORS.ministerium);
  assert.equal(r.status, 422);
  assert.ok(
    r.body.error.details.some((d: { path: string }) =>
      d.path.startsWith('content.goals.0.blocks.1.target.criterion'),
    ),
    JSON.stringify(r.body.error.details),
  );
});

test('next year: the Träger draft first, then a local draft linked to it', async () => {
  await api.bed.database.pool.query(
    'DELETE FROM agreement_events; DELETE FROM agreement_versions; DELETE FROM agreements',
  );
  const traeger = await created();
  const local = draft();
  local.parties = [
    { ...local.parties[1]!, side: 0 },
    { ...local.parties[1]!, unitId: '05554004', name: 'Ahaus' },
  ];
  const child = await api.call(
    'POST',
    '/api/agreements',
    { content: local, parentAgreementId: traeger.id },
    ACTORS.traeger,
  );
  assert.equal(child.status, 201, JSON.stringify(child.body));
  const traeger2015 = await api.call(
    'POST',
    `/api/agreements/${traeger.id}/next-year-draft`,
    {},
    ACTORS.ministerium,
  );
  assert.equal(traeger2015.status, 201, JSON.stringify(traeger2015.body));
  assert.equal(traeger2015.body.year, 2015);
  const child2015 = await api.call(
    'POST',
    `/api/agreements/${child.body.id}/next-year-draft`,
    {},
    ACTORS.traeger,
  );
  assert.equal(child2015.status, 201, JSON.stringify(child2015.body));
  assert.equal(child2015.body.parentAgreementId, traeger2015.body.id);
  assert.equal(child2015.body.status, 'entwurf');
});
