import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildFixtureAgreement } from './agreement-fixture.ts';
import {
  partiesOfSide,
  partyProblems,
  sidesLabel,
  signedPartyIndices,
  targetParty,
  withPartySides,
} from './parties.ts';

const fixture = buildFixtureAgreement();

test('old content (two parties without sides) reads as today’s: side 0 then side 1', () => {
  const old = { ...fixture, parties: fixture.parties.map(({ side: _side, ...party }) => party) };
  assert.deepEqual(withPartySides(old), fixture);
  assert.equal(withPartySides(fixture), fixture);
});

test('sides, labels and signatures of a three-party agreement', () => {
  const three = {
    ...fixture,
    parties: [
      { ...fixture.parties[0]!, unitId: 'AA', name: 'Agentur für Arbeit X', shortName: null },
      { ...fixture.parties[0]!, unitId: 'KT', name: 'Landkreis X', shortName: null },
      { ...fixture.parties[1]!, unitId: 'JC', name: 'Jobcenter X' },
    ],
  };
  assert.deepEqual(
    partiesOfSide(three, 0).map((p) => p.index),
    [0, 1],
  );
  assert.equal(targetParty(three).unitId, 'JC');
  assert.equal(sidesLabel(three), 'Agentur für Arbeit X und Landkreis X – Jobcenter X');
  assert.equal(sidesLabel(fixture), 'MAIS NRW – Kreis Borken');
  assert.deepEqual(
    signedPartyIndices({ ...three, signatures: [{ ...fixture.signatures[0]!, party: 2 }] }),
    [2],
  );
  assert.deepEqual(partyProblems(three), []);
});

test('each side has a party, side 0 comes first, no unit twice', () => {
  const [a, b] = fixture.parties as [
    (typeof fixture.parties)[number],
    (typeof fixture.parties)[number],
  ];
  assert.deepEqual(partyProblems({ parties: [a, { ...b, side: 0 }] }), [
    { path: 'parties', message: 'Auf der Zielseite (side 1) fehlt ein Vertragspartner.' },
  ]);
  assert.deepEqual(
    partyProblems({
      parties: [
        { ...b, side: 1 },
        { ...a, side: 0 },
      ],
    }).map((f) => f.path),
    ['parties.1.side'],
  );
  assert.deepEqual(partyProblems({ parties: [a, b, { ...a, side: 1 }] }), [
    {
      path: 'parties.2.unitId',
      message:
        'Ministerium für Arbeit, Integration und Soziales des Landes Nordrhein-Westfalen ist schon Vertragspartner (Nr. 1).',
    },
  ]);
});
