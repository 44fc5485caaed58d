import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFixtureAgreement } from '../../../../domain/agreements/agreement-fixture.ts';
import type { Party } from '../../../../domain/agreements/agreement.ts';
import { partyProblems } from '../../../../domain/agreements/parties.ts';
import { applyEdit, locateEdit } from './content-edits.ts';
import { describePartiesEdit } from './party-edits.ts';
import { addParty, draftToParty, moveParty, partyToDraft } from './party-drafts.ts';

/** a draft as the editor has it: no signatures yet (an editable version carries none) */
const draft = () => ({ ...buildFixtureAgreement(), signatures: [] });

const agentur: Party = {
  side: 0,
  unitId: 'AA-COE',
  name: 'Agentur für Arbeit Coesfeld',
  shortName: null,
  capacity: null,
  representative: { salutation: 'Frau', office: 'Vorsitzende der Geschäftsführung', name: 'C' },
};

test('a party added on side 0 goes before the target side, whatever the order sent; nothing else changes', () => {
  const content = draft();
  const before = JSON.stringify(content);
  const [land, kreis] = content.parties;
  const result = applyEdit(content, { kind: 'set-parties', parties: [land!, kreis!, agentur] });
  assert.ok(result.ok);
  assert.equal(JSON.stringify(content), before);
  assert.deepEqual(
    result.content.parties.map((p) => p.unitId),
    ['05', 'AA-COE', '05554'],
  );
  assert.deepEqual(partyProblems(result.content), []);
  assert.deepEqual({ ...result.content, parties: content.parties }, content);
});

test('removing, changing and reordering within a side are taken as sent', () => {
  const content = draft();
  content.parties.splice(1, 0, agentur);
  const [land, , kreis] = content.parties;
  const renamed = { ...land!, representative: { ...land!.representative, name: 'Dr. Z' } };
  const result = applyEdit(content, {
    kind: 'set-parties',
    parties: [agentur, renamed, kreis!],
  });
  assert.ok(result.ok);
  assert.deepEqual(
    result.content.parties.map((p) => [p.unitId, p.representative.name]),
    [
      ['AA-COE', 'C'],
      ['05', 'Dr. Z'],
      ['05554', 'Dr. B'],
    ],
  );
  const removed = applyEdit(content, { kind: 'set-parties', parties: [land!, kreis!] });
  assert.ok(removed.ok);
  assert.equal(removed.content.parties.length, 2);
});

test('the last party of a side removed: the edit applies, the shared rules name what is missing', () => {
  const content = draft();
  const result = applyEdit(content, { kind: 'set-parties', parties: [content.parties[1]!] });
  assert.ok(result.ok);
  assert.deepEqual(partyProblems(result.content), [
    { path: 'parties', message: 'Auf der steuernden Seite (side 0) fehlt ein Vertragspartner.' },
  ]);
});

test('with signatures the list is not changed (a signature names its party by index)', () => {
  const content = buildFixtureAgreement();
  content.signatures = [
    { party: 1, place: 'Borken', date: '2014-03-01', capacityLine: null, signatory: 'Dr. B' },
  ];
  const result = applyEdit(content, {
    kind: 'set-parties',
    parties: [content.parties[0]!, agentur, content.parties[1]!],
  });
  assert.equal(result.ok, false);
  assert.match(!result.ok ? result.reason : '', /trägt bereits Unterschriften/);
});

test('server messages on a party field are placed at the party list; the notice names the sides', () => {
  const content = draft();
  const edit = { kind: 'set-parties' as const, parties: [...content.parties, agentur] };
  assert.equal(locateEdit(content, edit), 'parties');
  assert.equal(
    describePartiesEdit(edit),
    'Vertragspartner geändert: MAIS NRW und Agentur für Arbeit Coesfeld – Kreis Borken',
  );
});

test('drafts: a new party goes to the end of its side, moves stay within the side, texts trimmed', () => {
  const [land, kreis] = draft().parties.map(partyToDraft);
  let list = addParty([land!, kreis!], 0);
  assert.deepEqual(
    list.map((d) => [d.side, d.unitId]),
    [
      [0, '05'],
      [0, ''],
      [1, '05554'],
    ],
  );
  list = addParty(list, 1);
  assert.deepEqual(
    list.map((d) => d.side),
    [0, 0, 1, 1],
  );
  assert.deepEqual(
    moveParty(list, 1, -1).map((d) => d.unitId),
    ['', '05', '05554', ''],
  );
  // not across the sides
  assert.deepEqual(moveParty(list, 1, 1), list);
  assert.deepEqual(moveParty(list, 0, -1), list);
  const party = draftToParty({ ...list[1]!, unitId: 'AA', name: ' A ', shortName: ' ' });
  assert.equal(party.name, 'A');
  assert.equal(party.shortName, null);
  assert.deepEqual(draftToParty(partyToDraft(draft().parties[1]!)), draft().parties[1]);
});
