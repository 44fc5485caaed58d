/**
 * The seed agreement (Borken 2014) drafted for 2015 through the API: the draft carries its
 * review marks, a party confirms one ("geprüft") or rewords a text and the mark goes, and a
 * confirmation of the wrong shape is refused in German.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBorkenAgreement2014 } from '../../../synthetic/demo/agreement-borken-2014.ts';
import { ACTORS } from '../../../services/test-support.ts';
import { startApiTestBed, type ApiTestBed } from '../../test-support.ts';

let api: ApiTestBed;
let draft: {
  id: string;
  rowVersion: number;
  content: Record<string, unknown>;
  reviewMarks: Mark[];
};
type Mark = { path: string; text: string; notes: string[] };

before(async () => {
  api = await startApiTestBed();
  const seed = { ...buildBorkenAgreement2014(), signatures: [] };
  const created = await api.call('POST', '/api/agreements', { content: seed }, ACTORS.ministerium);
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const next = await api.call(
    'POST',
    `/api/agreements/${created.body.id}/next-year-draft`,
    {},
    ACTORS.ministerium,
  );
  assert.equal(next.status, 201, JSON.stringify(next.body));
  draft = next.body;
});
after(async () => {
  await api.bed.database.destroy();
});

const save = (body: object) =>
  api.call('PUT', `/api/agreements/${draft.id}/content`, body, ACTORS.ministerium);

test('the 2015 draft names its year and carries a mark for every text with a year', async () => {
  assert.equal(
    draft.content.title,
    'Vereinbarung zur Erreichung der Ziele der Grundsicherung für Arbeitsuchende im Jahr 2015',
  );
  // 26 texts and 6 dates, as derived in next-year-seed.test.ts
  assert.equal(draft.reviewMarks.length, 32);
  assert.deepEqual(draft.reviewMarks.find((m) => m.path === 'annexes.0.title')?.notes, [
    '„2014“: Teil des Titels eines Dokuments, nicht geändert',
  ]);
  const read = await api.call('GET', `/api/agreements/${draft.id}`, undefined, ACTORS.traeger);
  assert.deepEqual(read.body.reviewMarks, draft.reviewMarks);
});

test('confirming a mark and rewording a text clear exactly those marks', async () => {
  const content = structuredClone(draft.content) as { goalsTitle: string };
  content.goalsTitle = '1. Ziele für das Jobcenter des Kreises Borken im Jahr 2015';
  const saved = await save({
    rowVersion: draft.rowVersion,
    content,
    reviewed: ['annexes.0.title', 'kein.solcher.pfad'],
  });
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
  const open = (saved.body.reviewMarks as Mark[]).map((m) => m.path);
  assert.equal(open.length, 30);
  assert.ok(!open.includes('annexes.0.title'));
  assert.ok(!open.includes('goalsTitle'));
  assert.ok(open.includes('title'));
  const trail = await api.bed.database.pool.query(
    "SELECT detail FROM audit_log WHERE action = 'agreement.update' ORDER BY id DESC LIMIT 1",
  );
  assert.deepEqual(trail.rows[0].detail.reviewed, ['annexes.0.title', 'kein.solcher.pfad']);
  assert.equal(trail.rows[0].detail.reviewMarksOpen, 30);
});

test('a confirmation of the wrong shape is refused in German, naming the field', async () => {
  const read = await api.call('GET', `/api/agreements/${draft.id}`, undefined, ACTORS.ministerium);
  const r = await save({
    rowVersion: read.body.rowVersion,
    content: read.body.content,
    reviewed: 'title',
  });
  // the edge answers every refused contract with 422 and one shape (server/errors.ts)
  assert.equal(r.status, 422, JSON.stringify(r.body));
  assert.deepEqual(r.body.error.details, [
    { path: 'reviewed', message: 'Geprüft: Liste der Stellen (path der Prüfvermerke) erwartet' },
  ]);
});

test('signing waits until every mark is confirmed or its text reworded', async () => {
  let read = await api.call('GET', `/api/agreements/${draft.id}`, undefined, ACTORS.ministerium);
  const negotiating = await api.call(
    'POST',
    `/api/agreements/${draft.id}/transitions`,
    { rowVersion: read.body.rowVersion, action: 'verhandeln' },
    ACTORS.ministerium,
  );
  assert.equal(negotiating.status, 200, JSON.stringify(negotiating.body));
  const landSignature = buildBorkenAgreement2014().signatures.filter((s) => s.party === 0);
  const sign = (rowVersion: number) =>
    api.call(
      'POST',
      `/api/agreements/${draft.id}/transitions`,
      { rowVersion, action: 'unterzeichnen', signatures: landSignature },
      ACTORS.ministerium,
    );
  // 30 marks are open after the test before (32 − the confirmed one − the reworded one)
  const refused = await sign(negotiating.body.rowVersion);
  // a step the state does not allow yet: 409, as for an open target value
  assert.equal(refused.status, 409, JSON.stringify(refused.body));
  assert.equal(
    refused.body.error.message,
    '30 Jahresangaben sind noch nicht geprüft (zuerst: „Vereinbarung zur Erreichung der Ziele der Grundsicherung …“) – bitte im Editor als geprüft vermerken oder den Text ändern.',
  );
  read = await api.call('GET', `/api/agreements/${draft.id}`, undefined, ACTORS.ministerium);
  assert.equal(read.body.status, 'in_verhandlung');
  assert.equal(read.body.content.signatures.length, 0, 'the refused signature is not kept');
  const reviewed = (read.body.reviewMarks as Mark[]).map((m) => m.path);
  const saved = await save({
    rowVersion: read.body.rowVersion,
    content: read.body.content,
    reviewed,
  });
  assert.equal(saved.status, 200, JSON.stringify(saved.body));
  assert.deepEqual(saved.body.reviewMarks, []);
  const signed = await sign(saved.body.rowVersion);
  assert.equal(signed.status, 200, JSON.stringify(signed.body));
  assert.equal(signed.body.content.signatures.length, 1);
});
