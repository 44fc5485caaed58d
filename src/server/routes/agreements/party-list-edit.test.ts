/**
 * The party list of a draft changed with its content (PUT …/content): a third party joins the
 * steering side and may then read the agreement as party; the last party of a side, the first
 * party of a side and unknown units are refused in German (422); the organisations outside the
 * Träger tree are listed to pick a party from.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Party } from '../../../domain/agreements/agreement.ts';
import { ACTORS } from '../../../services/test-support.ts';
import { auditOf, fixtureFor, startApiTestBed, type ApiTestBed } from '../../test-support.ts';
import { AGENTUR, createOrganisations } from '../../test-support/joint-jobcenter.ts';

let api: ApiTestBed;
let id: string;
let rowVersion: number;

before(async () => {
  api = await startApiTestBed();
  await createOrganisations(api);
  const created = await api.call(
    'POST',
    '/api/agreements',
    { content: { ...fixtureFor('05554004', 'Ahaus'), signatures: [] } },
    ACTORS.traeger,
  );
  assert.equal(created.status, 201, JSON.stringify(created.body));
  id = created.body.id;
  rowVersion = created.body.rowVersion;
});
after(async () => {
  await api.bed.database.destroy();
});

const agentur: Party = {
  side: 0,
  unitId: 'AA337',
  name: 'Agentur für Arbeit Düsseldorf',
  shortName: null,
  capacity: null,
  representative: { salutation: 'Frau', office: 'Vorsitzende der Geschäftsführung', name: 'A' },
};

async function putParties(parties: Party[]) {
  const current = await api.call('GET', `/api/agreements/${id}`, undefined, ACTORS.traeger);
  return api.call(
    'PUT',
    `/api/agreements/${id}/content`,
    { rowVersion: current.body.rowVersion, content: { ...current.body.content, parties } },
    ACTORS.traeger,
  );
}

test('the organisations outside the tree are listed on request only', async () => {
  const plain = await api.call('GET', '/api/units', undefined, ACTORS.traeger);
  assert.equal(plain.status, 200, JSON.stringify(plain.body));
  assert.ok(!plain.body.some((u: { id: string }) => u.id === 'AA337'));
  const withOrganisations = await api.call(
    'GET',
    '/api/units?organisationen=ja',
    undefined,
    ACTORS.traeger,
  );
  const ids = withOrganisations.body.map((u: { id: string }) => u.id);
  for (const unit of ['05554', '05554004', 'BA', 'RD-NRW', 'AA337', 'K05111'])
    assert.ok(ids.includes(unit), unit);
  // still no unit of another Träger's tree
  assert.ok(!ids.includes('05111'));
  const wrong = await api.call(
    'GET',
    '/api/units?organisationen=vielleicht',
    undefined,
    ACTORS.traeger,
  );
  assert.equal(wrong.status, 422);
});

test('a third party on the steering side: saved, in the row, and a party that may read', async () => {
  const before = await api.call('GET', `/api/agreements/${id}`, undefined, ACTORS.traeger);
  assert.equal(before.status, 200);
  assert.equal(rowVersion, before.body.rowVersion);
  assert.equal((await api.call('GET', `/api/agreements/${id}`, undefined, AGENTUR)).status, 404);
  const [kreis, ahaus] = before.body.content.parties as Party[];
  // sent in any order: the server keeps what it gets, side 0 must come first (parties.ts)
  const r = await putParties([kreis!, agentur, ahaus!]);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  assert.deepEqual(
    r.body.content.parties.map((p: Party) => `${p.side}:${p.unitId}`),
    ['0:05554', '0:AA337', '1:05554004'],
  );
  assert.deepEqual(
    r.body.parties.map((p: { id: string; side: number }) => `${p.side}:${p.id}`),
    ['0:05554', '0:AA337', '1:05554004'],
  );
  const read = await api.call('GET', `/api/agreements/${id}`, undefined, AGENTUR);
  assert.equal(read.status, 200, JSON.stringify(read.body));
  assert.equal(read.body.permissions.party, 1);
  const trail = await auditOf(api, 'agreement', id);
  assert.match(JSON.stringify(trail.at(-1)), /Agentur für Arbeit Düsseldorf/);
});

test('refused in German: the last party of a side, the first party of a side moved, an unknown unit', async () => {
  const current = await api.call('GET', `/api/agreements/${id}`, undefined, ACTORS.traeger);
  const [kreis, aa, ahaus] = current.body.content.parties as Party[];
  let r = await putParties([kreis!, aa!]);
  assert.equal(r.status, 422, JSON.stringify(r.body));
  assert.match(
    JSON.stringify(r.body.error),
    /Auf der Zielseite \(side 1\) fehlt ein Vertragspartner/,
  );
  r = await putParties([aa!, kreis!, ahaus!]);
  assert.equal(r.status, 422, JSON.stringify(r.body));
  assert.match(
    r.body.error.message,
    /Kreis Borken bleibt erster Vertragspartner der steuernden Seite/,
  );
  assert.deepEqual(r.body.error.details[0].path, 'content.parties.0.unitId');
  r = await putParties([kreis!, { ...aa!, unitId: 'GIBTESNICHT' }, ahaus!]);
  assert.equal(r.status, 422, JSON.stringify(r.body));
  assert.deepEqual(r.body.error.details[0].path, 'content.parties.1.unitId');
  // nothing of it was saved
  const after = await api.call('GET', `/api/agreements/${id}`, undefined, ACTORS.traeger);
  assert.equal(after.body.rowVersion, current.body.rowVersion);
});

test('the party removed again: it no longer reads the agreement', async () => {
  const current = await api.call('GET', `/api/agreements/${id}`, undefined, ACTORS.traeger);
  const [kreis, , ahaus] = current.body.content.parties as Party[];
  const r = await putParties([kreis!, ahaus!]);
  assert.equal(r.status, 200, JSON.stringify(r.body));
  assert.equal((await api.call('GET', `/api/agreements/${id}`, undefined, AGENTUR)).status, 404);
});

test('who stands on a side is that side’s matter: Ahaus adds no party to the Kreis’s side', async () => {
  const current = await api.call('GET', `/api/agreements/${id}`, undefined, ACTORS.jobcenter);
  assert.equal(current.status, 200, JSON.stringify(current.body));
  assert.equal(current.body.permissions.edit, true, 'the Jobcenter edits the draft');
  const [kreis, ahaus] = current.body.content.parties as Party[];
  const r = await api.call(
    'PUT',
    `/api/agreements/${id}/content`,
    {
      rowVersion: current.body.rowVersion,
      content: { ...current.body.content, parties: [kreis!, agentur, ahaus!] },
    },
    ACTORS.jobcenter,
  );
  assert.equal(r.status, 403, JSON.stringify(r.body));
  assert.equal(
    r.body.error.message,
    'Die Vertragspartner der steuernden Seite zu ändern ist Sache von Kreis Borken.',
  );
  const after = await api.call('GET', `/api/agreements/${id}`, undefined, ACTORS.jobcenter);
  assert.equal(after.body.rowVersion, current.body.rowVersion, 'nothing was saved');
  assert.equal((await api.call('GET', `/api/agreements/${id}`, undefined, AGENTUR)).status, 404);
});
