/**
 * A joint jobcenter's agreement over the API (§ 48b Abs. 1 S. 1 Nr. 3 SGB II): "die Agentur für
 * Arbeit und der kommunale Träger" on side 0, the Geschäftsführung of the gE on side 1. The
 * organisations are made by the administration outside the Träger tree; the Geschäftsführung
 * creates the agreement; every party signs for itself, and only the third signature concludes it.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Actor } from '../../../services/context.ts';
import { auditOf, startApiTestBed, type ApiTestBed } from '../../test-support.ts';
import {
  AGENTUR,
  createOrganisations,
  GESCHAEFTSFUEHRUNG,
  jointContent,
  signature,
  STADT,
} from '../../test-support/joint-jobcenter.ts';

let api: ApiTestBed;

before(async () => {
  api = await startApiTestBed();
  await createOrganisations(api);
});
after(async () => {
  await api.bed.database.destroy();
});

test('three parties make a gE agreement, each signs for itself, the third signature concludes it', async () => {
  const created = await api.call(
    'POST',
    '/api/agreements',
    { content: jointContent() },
    GESCHAEFTSFUEHRUNG,
  );
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id = created.body.id;
  assert.equal(created.body.steeringUnit.id, 'AA337');
  assert.equal(created.body.unit.id, '05111');
  assert.deepEqual(
    created.body.content.parties.map(
      (p: { side: number; unitId: string }) => `${p.side}:${p.unitId}`,
    ),
    ['0:AA337', '0:K05111', '1:05111'],
  );

  // the Agentur stands outside the Träger tree, yet finds and reads its agreement as party
  const listed = await api.call('GET', '/api/agreements?year=2014', undefined, AGENTUR);
  assert.deepEqual(
    listed.body.map((a: { id: string }) => a.id),
    [id],
  );
  assert.deepEqual(listed.body[0].parties, [
    { id: 'AA337', name: 'Agentur für Arbeit Düsseldorf', side: 0 },
    { id: 'K05111', name: 'Landeshauptstadt Düsseldorf', side: 0 },
    { id: '05111', name: 'Düsseldorf', side: 1 },
  ]);
  // the steering side opens the negotiation: any of its parties may
  let r = await api.call(
    'POST',
    `/api/agreements/${id}/transitions`,
    { rowVersion: created.body.rowVersion, action: 'verhandeln' },
    STADT,
  );
  assert.equal(r.status, 200, JSON.stringify(r.body));
  assert.deepEqual(r.body.permissions.signFor, [1]);
  assert.equal(r.body.permissions.side, 0);

  const sign = (who: Actor, party: number, name: string) =>
    api.call(
      'POST',
      `/api/agreements/${id}/transitions`,
      {
        rowVersion: r.body.rowVersion,
        action: 'unterzeichnen',
        signatures: [signature(party, name)],
      },
      who,
    );
  // the Agentur cannot sign for the kommunale Träger beside it, nor for the Jobcenter
  for (const party of [1, 2]) {
    const refused = await sign(AGENTUR, party, 'A. Agentur');
    assert.equal(refused.status, 403, JSON.stringify(refused.body));
    assert.match(refused.body.error.message, /Jeder Vertragspartner unterzeichnet nur für sich/);
  }
  const nobody = await sign(AGENTUR, 3, 'A. Agentur');
  assert.equal(nobody.status, 422, JSON.stringify(nobody.body));
  assert.equal(nobody.body.error.details[0].path, 'signatures.0.party');
  r = await sign(GESCHAEFTSFUEHRUNG, 2, 'C. Jobcenter');
  assert.equal(r.status, 200, JSON.stringify(r.body));
  assert.equal(r.body.status, 'in_verhandlung');
  r = await sign(AGENTUR, 0, 'A. Agentur');
  assert.equal(r.status, 200, JSON.stringify(r.body));
  assert.equal(r.body.status, 'in_verhandlung', 'two of three signatures do not conclude it');
  const twice = await sign(AGENTUR, 0, 'A. Agentur');
  assert.equal(twice.status, 409, JSON.stringify(twice.body));
  r = await sign(STADT, 1, 'B. Stadt');
  assert.equal(r.status, 200, JSON.stringify(r.body));
  assert.equal(r.body.status, 'unterzeichnet');
  assert.deepEqual(
    r.body.content.signatures.map((s: { party: number }) => s.party),
    [2, 0, 1],
  );

  // the signed document lists all three parties and renders as PDF and DOCX
  for (const format of ['pdf', 'docx']) {
    const file = await api.request(`/api/agreements/${id}/document?format=${format}`, {}, AGENTUR);
    assert.equal(file.status, 200, format);
    assert.ok((await file.arrayBuffer()).byteLength > 1000, format);
  }
  assert.deepEqual(
    (await auditOf(api, 'agreement', id)).flatMap(([action, detail]) =>
      action === 'agreement.unterzeichnen' ? [(detail as { signedFor: number[] }).signedFor] : [],
    ),
    [[2], [0], [1]],
  );
});

test('a unit is party to an agreement only once', async () => {
  const content = jointContent();
  content.year = 2015;
  content.parties[1] = { ...content.parties[1]!, unitId: 'AA337' };
  const r = await api.call('POST', '/api/agreements', { content }, GESCHAEFTSFUEHRUNG);
  assert.equal(r.status, 422, JSON.stringify(r.body));
  assert.match(JSON.stringify(r.body.error.details), /parties\.1\.unitId/);
});
