/**
 * Agreements with several parties on a side (§ 48b Abs. 1 S. 1 Nr. 3 SGB II): a joint jobcenter's
 * agreement is made by the Agentur für Arbeit and the kommunale Träger with the Geschäftsführung.
 * Each party signs only for itself, also beside another party of its own side.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AgreementContent } from '../agreements/agreement.ts';
import { buildFixtureAgreement } from '../agreements/agreement-fixture.ts';
import { applyAction } from '../agreements/lifecycle.ts';
import { agreementPermissions, decide, type AgreementFacts, type Principal } from './rights.ts';
import { facts, node, unitIndex, who } from './rights-test-support.ts';

const UNITS = unitIndex([
  node('DE', 'Deutschland', 'bund', null),
  node('05', 'Nordrhein-Westfalen', 'land', 'DE'),
  node('05999', 'Jobcenter Musterkreis', 'traeger', '05', 'gE'),
  node('BA', 'Bundesagentur für Arbeit', 'ba', null),
  node('RD-NRW', 'Regionaldirektion Nordrhein-Westfalen', 'regionaldirektion', 'BA'),
  node('AA-999', 'Agentur für Arbeit Musterstadt', 'agentur', 'RD-NRW'),
  node('K-05999', 'Landkreis Musterkreis', 'kommune', null),
]);

const AGENTUR = who('traeger', 'AA-999');
const KOMMUNE = who('traeger', 'K-05999');
const GESCHAEFTSFUEHRUNG = who('traeger', '05999');
const LAND = who('ministerium', '05');

const gE = (status: AgreementFacts['status'], signedBy: number[] = []): AgreementFacts =>
  facts(
    [
      ['AA-999', 0],
      ['K-05999', 0],
      ['05999', 1],
    ],
    status,
    signedBy,
    2015,
  );

const outcome = (p: Principal, party: number, a = gE('in_verhandlung')) => {
  const d = decide(p, UNITS, { kind: 'agreement.sign', agreement: a, party });
  return d.allowed ? 'ja' : `${d.code}: ${d.message}`;
};

test('a party signs only for itself, never for another party of its own side', () => {
  assert.equal(outcome(AGENTUR, 0), 'ja');
  assert.equal(
    outcome(AGENTUR, 1),
    'forbidden: Jeder Vertragspartner unterzeichnet nur für sich: die Unterschrift für Landkreis Musterkreis leistet Landkreis Musterkreis.',
  );
  assert.equal(outcome(KOMMUNE, 1), 'ja');
  assert.match(outcome(KOMMUNE, 0), /^forbidden/);
  assert.match(outcome(KOMMUNE, 2), /^forbidden/);
  assert.equal(outcome(GESCHAEFTSFUEHRUNG, 2), 'ja');
  assert.match(outcome(GESCHAEFTSFUEHRUNG, 0), /^forbidden/);
  // the Land sees the gE but is no party; a party number the agreement lacks is no party either
  assert.match(outcome(LAND, 2), /^forbidden/);
  assert.match(
    outcome(AGENTUR, 3),
    /^invalid_state: Die Vereinbarung hat keinen Vertragspartner Nr\. 4/,
  );
  // a signature is entered once
  assert.match(outcome(AGENTUR, 0, gE('in_verhandlung', [0])), /^invalid_state: .*bereits/);
});

test('a side acts through any of its parties; each sees the agreement, the permissions name its own party', () => {
  for (const p of [AGENTUR, KOMMUNE, GESCHAEFTSFUEHRUNG, LAND])
    assert.equal(
      decide(p, UNITS, { kind: 'agreement.read', agreement: gE('entwurf') }).allowed,
      true,
    );
  const step = (p: Principal) =>
    decide(p, UNITS, { kind: 'agreement.step', agreement: gE('angebot'), action: 'verhandeln' });
  assert.equal(step(AGENTUR).allowed, true);
  assert.equal(step(KOMMUNE).allowed, true);
  assert.deepEqual(step(GESCHAEFTSFUEHRUNG), {
    allowed: false,
    code: 'forbidden',
    message:
      'Die Verhandlung aufzunehmen ist Sache von Agentur für Arbeit Musterstadt und Landkreis Musterkreis.',
  });
  const permissions = agreementPermissions(KOMMUNE, UNITS, gE('in_verhandlung', [0]));
  assert.equal(permissions.party, 1);
  assert.equal(permissions.side, 0);
  assert.deepEqual(permissions.signFor, [1]);
  assert.deepEqual(agreementPermissions(AGENTUR, UNITS, gE('in_verhandlung', [0])).signFor, []);
  // another Agentur is no party and does not see the Träger tree
  const other = who('traeger', 'RD-NRW');
  assert.equal(
    decide(other, UNITS, { kind: 'agreement.read', agreement: gE('entwurf') }).allowed,
    false,
  );
});

test('a gE agreement is created by a party that sees the Jobcenter; organisations need no tree link', () => {
  const create = (p: Principal) => {
    const d = decide(p, UNITS, {
      kind: 'agreement.create',
      steeringUnitId: 'AA-999',
      unitId: '05999',
      parties: gE('entwurf').parties,
      year: 2015,
      parent: null,
    });
    return d.allowed ? 'ja' : d.code;
  };
  assert.equal(create(GESCHAEFTSFUEHRUNG), 'ja');
  // the Land sees the Jobcenter but is no party; the Agentur does not see the Träger tree
  assert.equal(create(LAND), 'forbidden');
  assert.equal(create(AGENTUR), 'not_found');
});

test('a three-party agreement is signed when all three have signed', () => {
  const base = buildFixtureAgreement();
  const content: AgreementContent = {
    ...base,
    parties: [
      { ...base.parties[0]!, unitId: 'AA-999', name: 'Agentur für Arbeit Musterstadt' },
      { ...base.parties[0]!, unitId: 'K-05999', name: 'Landkreis Musterkreis' },
      { ...base.parties[1]!, unitId: '05999', name: 'Geschäftsführung des Jobcenters Musterkreis' },
    ],
    signatures: [],
  };
  const sign = (party: number) => ({
    party,
    place: 'Musterstadt',
    date: '2015-01-20',
    capacityLine: null,
    signatory: `Person ${party}`,
  });
  const after = (parties: number[]) =>
    applyAction(
      'in_verhandlung',
      'unterzeichnen',
      { ...content, signatures: parties.map(sign) },
      [],
    );
  assert.deepEqual(after([0]), { ok: true, status: 'in_verhandlung' });
  assert.deepEqual(after([0, 2]), { ok: true, status: 'in_verhandlung' });
  assert.deepEqual(after([2, 0, 1]), { ok: true, status: 'unterzeichnet' });
  assert.deepEqual(after([0, 3]), {
    ok: false,
    reason: 'Eine Unterschrift nennt einen Vertragspartner, den die Vereinbarung nicht hat.',
  });
});

test('the parties of a side are changed only by a party of that side', () => {
  const change = (p: Principal, side: 0 | 1) => {
    const d = decide(p, UNITS, { kind: 'agreement.parties', agreement: gE('entwurf'), side });
    return d.allowed ? 'ja' : `${d.code}: ${d.message}`;
  };
  assert.equal(change(KOMMUNE, 0), 'ja');
  assert.equal(change(AGENTUR, 0), 'ja');
  assert.equal(change(GESCHAEFTSFUEHRUNG, 1), 'ja');
  assert.equal(
    change(GESCHAEFTSFUEHRUNG, 0),
    'forbidden: Die Vertragspartner der steuernden Seite zu ändern ist Sache von Agentur für Arbeit Musterstadt und Landkreis Musterkreis.',
  );
  assert.equal(
    change(AGENTUR, 1),
    'forbidden: Die Vertragspartner der Zielseite zu ändern ist Sache von Jobcenter Musterkreis.',
  );
  // the Land reads the Träger's agreements but is no party to this one
  assert.match(change(LAND, 0), /^(forbidden|not_found)/);
});
