/**
 * The abuses of the issue, each tried as a tester would within the user's own units, each refused
 * with the right status and a German message that names the party, and each leaving the data as
 * it was. (The whole space of routes × roles × states: authorization-matrix.test.ts.)
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { ACTORS, partyActor } from '../services/test-support.ts';
import {
  fixtureFor,
  signAsBothParties,
  signedAgreement,
  startApiTestBed,
  type ApiAnswer,
  type ApiTestBed,
} from './test-support.ts';
import type { Actor } from '../services/context.ts';

let api: ApiTestBed;
const land = ACTORS.ministerium;
const borken = ACTORS.traeger;
const ahaus = ACTORS.jobcenter;

before(async () => {
  api = await startApiTestBed();
});
after(() => api?.bed.database.close());
// one agreement per pair and year: each test starts without agreements
beforeEach(() =>
  api.bed.database.pool.query(
    'DELETE FROM assessments; DELETE FROM framework_changes; DELETE FROM agreement_events; DELETE FROM agreement_versions; DELETE FROM agreements',
  ),
);

const step = (id: string, body: object, actor: Actor) =>
  api.call('POST', `/api/agreements/${id}/transitions`, body, actor);
const read = (id: string, actor: Actor = land) =>
  api.call('GET', `/api/agreements/${id}`, undefined, actor);

function refused(answer: ApiAnswer, status: number, message: RegExp) {
  assert.equal(answer.status, status, JSON.stringify(answer.body));
  assert.match(answer.body.error.message, message);
  assert.doesNotMatch(
    answer.body.error.message,
    /(?<![\d.-])(05|09|05554\d*|05111|09162)(?![\d.-])/,
    'a refusal names parties by name, not by unit id',
  );
}

test('the Träger cannot weaken a signed target and sign the new version for both parties', async () => {
  const id = await signedAgreement(api, '05554', 'Kreis Borken');
  const signed = await read(id);
  // a new version is either party's right, and its draft may be edited by the Träger …
  const revised = await api.call(
    'POST',
    `/api/agreements/${id}/revisions`,
    { rowVersion: signed.body.rowVersion, reason: 'Zielwert anpassen' },
    borken,
  );
  assert.equal(revised.status, 201, JSON.stringify(revised.body));
  const weakened = structuredClone(revised.body.content);
  weakened.goals[0].blocks[1].target.criterion.change = -50;
  const edited = await api.call(
    'PUT',
    `/api/agreements/${id}/content`,
    { rowVersion: revised.body.rowVersion, content: weakened },
    borken,
  );
  assert.equal(edited.status, 200, JSON.stringify(edited.body));
  // … but it cannot enter signatures through the text,
  const withSignatures = await api.call(
    'PUT',
    `/api/agreements/${id}/content`,
    {
      rowVersion: edited.body.rowVersion,
      content: { ...weakened, signatures: signed.body.content.signatures },
    },
    borken,
  );
  refused(withSignatures, 422, /Unterschriften werden nur mit dem Schritt „unterzeichnen“/);
  // nor start the negotiation in the Land's place,
  refused(
    await step(id, { rowVersion: edited.body.rowVersion, action: 'verhandeln' }, borken),
    403,
    /Die Verhandlung aufzunehmen ist Sache von Nordrhein-Westfalen/,
  );
  const offered = await step(
    id,
    { rowVersion: edited.body.rowVersion, action: 'anbieten' },
    borken,
  );
  assert.equal(offered.status, 200);
  const negotiating = await step(
    id,
    { rowVersion: offered.body.rowVersion, action: 'verhandeln' },
    land,
  );
  // nor sign for both parties
  refused(
    await step(
      id,
      {
        rowVersion: negotiating.body.rowVersion,
        action: 'unterzeichnen',
        signatures: signed.body.content.signatures,
      },
      borken,
    ),
    403,
    /Jeder Vertragspartner unterzeichnet nur für sich: die Unterschrift für Nordrhein-Westfalen leistet Nordrhein-Westfalen/,
  );
  const ownOnly = await step(
    id,
    {
      rowVersion: negotiating.body.rowVersion,
      action: 'unterzeichnen',
      signatures: signed.body.content.signatures.filter((s: { party: number }) => s.party === 1),
    },
    borken,
  );
  assert.equal(ownOnly.body.status, 'in_verhandlung', 'one signature does not conclude it');
  // once signed by one side, the Land can no longer change the text under that signature
  refused(
    await api.call(
      'PUT',
      `/api/agreements/${id}/content`,
      { rowVersion: ownOnly.body.rowVersion, content: weakened },
      land,
    ),
    409,
    /trägt bereits die Unterschrift von Kreis Borken/,
  );
  const v1 = await api.call('GET', `/api/agreements/${id}?version=1`, undefined, land);
  assert.equal(v1.body.content.goals[0].blocks[1].target.criterion.change, 0.5);
  assert.equal(v1.body.versions[0].status, 'unterzeichnet');
});

test('a Träger cannot make its own örtliches Jobcenter its steering party, nor close or decide its own year', async () => {
  const content = fixtureFor('05554', 'Kreis Borken');
  content.parties[0] = { ...content.parties[0]!, unitId: '05554004', name: 'Ahaus' };
  refused(
    await api.call('POST', '/api/agreements', { content: { ...content, signatures: [] } }, borken),
    403,
    /Ahaus steuert Kreis Borken nicht/,
  );
  const id = await signedAgreement(api, '05554', 'Kreis Borken');
  const signed = await read(id);
  refused(
    await step(id, { rowVersion: signed.body.rowVersion, action: 'bewerten' }, borken),
    403,
    /Die Jahresbewertung abzuschließen ist Sache von Nordrhein-Westfalen/,
  );
  refused(
    await api.call(
      'PUT',
      `/api/agreements/${id}/assessments/II`,
      { finalDecision: 'erreicht', adjustment: 'selbst entschieden' },
      borken,
    ),
    403,
    /Die Entscheidung über die Zielerreichung ist Sache von Nordrhein-Westfalen/,
  );
  assert.equal((await read(id)).body.status, 'unterzeichnet');
});

test('an örtliches Jobcenter reports a milestone; only Kreis Borken confirms it', async () => {
  const id = await signedAgreement(api, '05554004', 'Ahaus');
  const signed = await read(id, ahaus);
  const milestone = (content: {
    goals: { blocks: { target?: { id: string; criterion: object } }[] }[];
  }) => content.goals[0]!.blocks.find((b) => b.target?.id === 'II.1')!.target!;
  const claimed = structuredClone(signed.body.content);
  Object.assign(milestone(claimed).criterion, {
    state: 'erreicht',
    stateNote: 'selbst festgestellt',
  });
  refused(
    await api.call(
      'PUT',
      `/api/agreements/${id}/content`,
      { rowVersion: signed.body.rowVersion, content: claimed },
      ahaus,
    ),
    403,
    /Den Stand eines Meilensteins festzustellen ist Sache von Kreis Borken/,
  );
  const reported = structuredClone(signed.body.content);
  Object.assign(milestone(reported).criterion, {
    proposal: { state: 'erreicht', note: 'Projekt seit 01.10. in Betrieb' },
  });
  const report = await api.call(
    'PUT',
    `/api/agreements/${id}/content`,
    { rowVersion: signed.body.rowVersion, content: reported },
    ahaus,
  );
  assert.equal(report.status, 200, JSON.stringify(report.body));
  const status = async () =>
    (
      await api.call('GET', `/api/agreements/${id}/monitoring?today=2014-10-15`, undefined, ahaus)
    ).body.targets.find((t: { targetId: string }) => t.targetId === 'II.1').assessment.status;
  assert.notEqual(await status(), 'erreicht', 'a report alone changes no status');
  const confirmed = structuredClone(report.body.content);
  Object.assign(milestone(confirmed).criterion, {
    state: 'erreicht',
    stateNote: 'Nachweis geprüft',
    proposal: null,
  });
  const confirm = await api.call(
    'PUT',
    `/api/agreements/${id}/content`,
    { rowVersion: report.body.rowVersion, content: confirmed },
    borken,
  );
  assert.equal(confirm.status, 200, JSON.stringify(confirm.body));
  assert.equal(await status(), 'erreicht');
});

test('an örtliches Jobcenter cannot feed its own monitoring with "published" figures dated 2099', async () => {
  const k2 = {
    unitId: '05554004',
    month: '2014-12',
    sex: 'insgesamt',
    kind: 'kennzahl',
    metric: 'JFW_K2',
    value: 99,
    quality: 'final',
  };
  const load = (source: string, stand: string, actor: Actor, values: object[] = [k2]) =>
    api.call(
      'POST',
      '/api/datenstaende',
      { datenstand: { stand, source, label: 'Test' }, values },
      actor,
    );
  refused(
    await load('ba_veroeffentlichung', '2099-01-01', ahaus),
    403,
    /Quelle „BA-Veröffentlichung“ zu laden, ist Ihnen nicht erlaubt/,
  );
  refused(await load('manuell', '2015-01-31', ahaus), 403, /nur Werte lokaler Kennzahlen/);
  refused(
    await load('mikrodaten', '2015-01-31', borken, [{ ...k2, unitId: '05554' }]),
    403,
    /Kreis Borken kann das eigene Monitoring nicht mit Zahlen/,
  );
  refused(await load('ba_veroeffentlichung', '2099-01-01', land), 403, /liegt in der Zukunft/);
  refused(
    await load('ba_veroeffentlichung', '2014-12-15', land),
    403,
    /kann keine Zahlen für 2014-12 enthalten/,
  );
  const stored = await api.bed.database.pool.query('SELECT count(*)::int AS n FROM datenstaende');
  assert.equal(stored.rows[0].n, 0, 'nothing was loaded');
});

test("a Träger cannot change the Land's local indicator", async () => {
  const indicator = {
    id: 'ELB_U25_NRW',
    name: 'eLb unter 25 Jahren',
    definition: 'Erwerbsfähige Leistungsberechtigte unter 25 Jahren am Stichtag',
    unit: 'Personen',
    source: { kind: 'manuell' },
  };
  const made = await api.call(
    'PUT',
    '/api/local-indicators/ELB_U25_NRW',
    { ...indicator, rowVersion: null },
    land,
  );
  assert.equal(made.status, 200, JSON.stringify(made.body));
  for (const traeger of [borken, partyActor('05111')])
    refused(
      await api.call(
        'PUT',
        '/api/local-indicators/ELB_U25_NRW',
        { ...indicator, name: 'umgedeutet', rowVersion: made.body.rowVersion },
        traeger,
      ),
      403,
      /gehört Nordrhein-Westfalen; nur Nordrhein-Westfalen ändert sie/,
    );
  // Bayern does not even learn that it exists
  const bavaria = await api.call(
    'PUT',
    '/api/local-indicators/ELB_U25_NRW',
    { ...indicator, rowVersion: made.body.rowVersion },
    ACTORS.bayern,
  );
  assert.equal(bavaria.status, 404);
  const list = await api.call('GET', '/api/local-indicators', undefined, borken);
  assert.equal(
    list.body.find((i: { id: string }) => i.id === 'ELB_U25_NRW').name,
    'eLb unter 25 Jahren',
  );
});

test('after "bewertet" the year is locked; only the Land reopens it, with a reason', async () => {
  const id = await signedAgreement(api, '05554', 'Kreis Borken');
  const signed = await read(id);
  const closed = await step(id, { rowVersion: signed.body.rowVersion, action: 'bewerten' }, land);
  assert.equal(closed.body.status, 'bewertet');
  refused(
    await api.call(
      'PUT',
      `/api/agreements/${id}/assessments/II`,
      { finalDecision: 'erreicht', adjustment: 'nachträglich' },
      land,
    ),
    409,
    /Das Jahr 2014 ist bewertet und abgeschlossen.*Nordrhein-Westfalen kann die Bewertung mit Begründung wieder öffnen/,
  );
  refused(
    await api.call(
      'POST',
      `/api/agreements/${id}/framework-changes`,
      { since: '2014-07-01', description: 'nachgeschoben', targetIds: [] },
      borken,
    ),
    409,
    /bewertet und abgeschlossen/,
  );
  refused(
    await step(
      id,
      { rowVersion: closed.body.rowVersion, action: 'wiedereroeffnen', comment: 'bitte' },
      borken,
    ),
    403,
    /Die Bewertung wieder zu öffnen ist Sache von Nordrhein-Westfalen/,
  );
  refused(
    await step(id, { rowVersion: closed.body.rowVersion, action: 'wiedereroeffnen' }, land),
    422,
    /nur mit Begründung wieder geöffnet/,
  );
  const reopened = await step(
    id,
    {
      rowVersion: closed.body.rowVersion,
      action: 'wiedereroeffnen',
      comment: 'Datenkorrektur der BA vom 30.04.2015',
    },
    land,
  );
  assert.equal(reopened.body.status, 'unterzeichnet');
  assert.deepEqual(reopened.body.events.at(-1), {
    ...reopened.body.events.at(-1),
    action: 'wiedereroeffnen',
    fromStatus: 'bewertet',
    toStatus: 'unterzeichnet',
    comment: 'Datenkorrektur der BA vom 30.04.2015',
    actor: land.id,
  });
});

test("another Land's agreement cannot be chosen as parent, and nothing of it shows", async () => {
  const bavaria = partyActor('09');
  const munich = fixtureFor('09162', 'München');
  const created = await api.call(
    'POST',
    '/api/agreements',
    { content: { ...munich, signatures: [] } },
    bavaria,
  );
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const negotiating = await step(
    created.body.id,
    { rowVersion: created.body.rowVersion, action: 'verhandeln' },
    bavaria,
  );
  await signAsBothParties(api, created.body.id, negotiating.body.rowVersion);
  const local = fixtureFor('05554004', 'Ahaus');
  const withForeignParent = await api.call(
    'POST',
    '/api/agreements',
    { content: { ...local, signatures: [] }, parentAgreementId: created.body.id },
    borken,
  );
  refused(withForeignParent, 404, /nicht gefunden/);
  assert.doesNotMatch(JSON.stringify(withForeignParent.body), /München|Bayern|09162/);
  // Bayern's cascade check still sees its own world only
  const check = await api.call(
    'GET',
    `/api/agreements/${created.body.id}/cascade-check`,
    undefined,
    bavaria,
  );
  assert.equal(check.status, 200, JSON.stringify(check.body));
  assert.doesNotMatch(JSON.stringify(check.body), /05554|Borken|Ahaus/);
  const none = await api.bed.database.pool.query(
    "SELECT count(*)::int AS n FROM agreements WHERE unit_id = '05554004'",
  );
  assert.equal(none.rows[0].n, 0);
});
