import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  agreementPermissions,
  decide,
  visibleUnitIds,
  type AgreementFacts,
  type Operation,
  type Principal,
} from './rights.ts';
import { facts, node, unitIndex, who } from './rights-test-support.ts';

const UNITS = unitIndex([
  node('DE', 'Deutschland', 'bund', null),
  node('05', 'Nordrhein-Westfalen', 'land', 'DE'),
  node('09', 'Bayern', 'land', 'DE'),
  node('05554', 'Kreis Borken', 'traeger', '05'),
  node('05554004', 'Ahaus', 'jobcenter', '05554'),
  node('05554008', 'Bocholt', 'jobcenter', '05554'),
  node('09162', 'München', 'traeger', '09'),
]);

const LAND = who('ministerium', '05', ['ba_veroeffentlichung', 'mikrodaten', 'manuell']);
const TRAEGER = who('traeger', '05554', ['mikrodaten', 'manuell']);
const AHAUS = who('jobcenter', '05554004', ['manuell']);
const BOCHOLT = who('jobcenter', '05554008');
const BAYERN = who('ministerium', '09');
const LESER = who('leser', '05');
const ADMIN = who('administration', 'DE');

const landAgreement = (status: AgreementFacts['status'], signedBy: (0 | 1)[] = []) =>
  facts(
    [
      ['05', 0],
      ['05554', 1],
    ],
    status,
    signedBy,
  );
const localAgreement = (status: AgreementFacts['status']) =>
  facts(
    [
      ['05554', 0],
      ['05554004', 1],
    ],
    status,
  );

const outcome = (p: Principal, op: Operation) => {
  const d = decide(p, UNITS, op);
  return d.allowed ? 'ja' : d.code;
};

test('who sees whose data: own unit and below; the administration none; a Jobcenter not its Träger', () => {
  assert.deepEqual([...visibleUnitIds(TRAEGER, UNITS)].sort(), ['05554', '05554004', '05554008']);
  assert.deepEqual([...visibleUnitIds(AHAUS, UNITS)], ['05554004']);
  assert.deepEqual([...visibleUnitIds(ADMIN, UNITS)], []);
  assert.equal(visibleUnitIds({ ...ADMIN, operator: true }, UNITS).size, 7);
  assert.equal(
    outcome(AHAUS, { kind: 'agreement.read', agreement: landAgreement('entwurf') }),
    'not_found',
  );
  assert.equal(
    outcome(BAYERN, { kind: 'agreement.read', agreement: landAgreement('entwurf') }),
    'not_found',
  );
  assert.equal(
    outcome(ADMIN, { kind: 'agreement.read', agreement: landAgreement('entwurf') }),
    'forbidden',
  );
});

test('each step to its party: the target offers, the steering party negotiates, closes and reopens', () => {
  const step = (
    p: Principal,
    a: AgreementFacts,
    action: 'anbieten' | 'verhandeln' | 'bewerten' | 'wiedereroeffnen' | 'zurueckziehen',
  ) => outcome(p, { kind: 'agreement.step', agreement: a, action });
  assert.equal(step(TRAEGER, landAgreement('entwurf'), 'anbieten'), 'ja');
  assert.equal(step(LAND, landAgreement('entwurf'), 'anbieten'), 'forbidden');
  assert.equal(step(LAND, landAgreement('angebot'), 'verhandeln'), 'ja');
  assert.equal(step(TRAEGER, landAgreement('angebot'), 'verhandeln'), 'forbidden');
  assert.equal(step(TRAEGER, landAgreement('angebot'), 'zurueckziehen'), 'ja');
  assert.equal(step(LAND, landAgreement('angebot'), 'zurueckziehen'), 'forbidden');
  assert.equal(step(LAND, landAgreement('in_verhandlung'), 'zurueckziehen'), 'ja');
  assert.equal(step(TRAEGER, landAgreement('unterzeichnet'), 'bewerten'), 'forbidden');
  assert.equal(step(LAND, landAgreement('unterzeichnet'), 'bewerten'), 'ja');
  assert.equal(step(LAND, landAgreement('bewertet'), 'wiedereroeffnen'), 'ja');
  assert.equal(step(TRAEGER, landAgreement('bewertet'), 'wiedereroeffnen'), 'forbidden');
  assert.equal(step(LAND, landAgreement('entwurf'), 'bewerten'), 'invalid_state');
  // the Land sees the Träger's local agreement but is no party to it
  assert.equal(step(LAND, localAgreement('unterzeichnet'), 'bewerten'), 'forbidden');
  assert.equal(step(TRAEGER, localAgreement('unterzeichnet'), 'bewerten'), 'ja');
  assert.equal(step(LESER, landAgreement('unterzeichnet'), 'bewerten'), 'forbidden');
  assert.equal(step(ADMIN, landAgreement('unterzeichnet'), 'bewerten'), 'forbidden');
});

test('each party signs for itself; a signed text is not edited; the refusal names the party', () => {
  const negotiating = landAgreement('in_verhandlung');
  assert.equal(
    outcome(TRAEGER, { kind: 'agreement.sign', agreement: negotiating, party: 1 }),
    'ja',
  );
  const forOther = decide(TRAEGER, UNITS, {
    kind: 'agreement.sign',
    agreement: negotiating,
    party: 0,
  });
  assert.deepEqual(forOther, {
    allowed: false,
    code: 'forbidden',
    message:
      'Jeder Vertragspartner unterzeichnet nur für sich: die Unterschrift für Nordrhein-Westfalen leistet Nordrhein-Westfalen.',
  });
  const halfSigned = landAgreement('in_verhandlung', [1]);
  assert.equal(
    outcome(TRAEGER, { kind: 'agreement.sign', agreement: halfSigned, party: 1 }),
    'invalid_state',
  );
  assert.equal(outcome(LAND, { kind: 'agreement.sign', agreement: halfSigned, party: 0 }), 'ja');
  assert.equal(outcome(LAND, { kind: 'agreement.edit', agreement: halfSigned }), 'invalid_state');
  assert.equal(outcome(TRAEGER, { kind: 'agreement.edit', agreement: negotiating }), 'forbidden');
  assert.equal(outcome(LAND, { kind: 'agreement.edit', agreement: negotiating }), 'ja');
  assert.equal(
    outcome(TRAEGER, { kind: 'agreement.edit', agreement: landAgreement('entwurf') }),
    'ja',
  );
  assert.equal(
    outcome(TRAEGER, { kind: 'agreement.edit', agreement: landAgreement('unterzeichnet') }),
    'invalid_state',
  );
});

test('milestones: the target reports, the steering party confirms; after "bewertet" the year is locked', () => {
  const signed = localAgreement('unterzeichnet');
  assert.equal(outcome(AHAUS, { kind: 'milestone.propose', agreement: signed }), 'ja');
  assert.equal(outcome(AHAUS, { kind: 'milestone.confirm', agreement: signed }), 'forbidden');
  assert.equal(outcome(TRAEGER, { kind: 'milestone.confirm', agreement: signed }), 'ja');
  const closed = landAgreement('bewertet');
  const decision = decide(LAND, UNITS, { kind: 'assessment.decide', agreement: closed });
  assert.equal(decision.allowed, false);
  assert.match(
    decision.allowed ? '' : decision.message,
    /bewertet und abgeschlossen.*Nordrhein-Westfalen kann die Bewertung/,
  );
  assert.equal(outcome(LAND, { kind: 'framework.record', agreement: closed }), 'invalid_state');
  assert.equal(
    outcome(TRAEGER, { kind: 'framework.record', agreement: landAgreement('unterzeichnet') }),
    'ja',
  );
});

test('an agreement is made between a unit and the one that steers it, with a parent of the steering party', () => {
  const create = (
    p: Principal,
    steeringUnitId: string,
    unitId: string,
    parent: AgreementFacts | null = null,
  ) =>
    outcome(p, {
      kind: 'agreement.create',
      steeringUnitId,
      unitId,
      parties: [
        { unitId: steeringUnitId, side: 0 },
        { unitId, side: 1 },
      ],
      year: 2014,
      parent,
    });
  assert.equal(create(TRAEGER, '05', '05554'), 'ja');
  assert.equal(create(TRAEGER, '05554', '05554004', landAgreement('unterzeichnet')), 'ja');
  // the Träger cannot make its own Jobcenter its steering party
  assert.equal(create(TRAEGER, '05554004', '05554'), 'forbidden');
  assert.equal(create(BAYERN, '09', '05554'), 'not_found');
  // a parent that is not the steering party's own agreement
  assert.equal(create(TRAEGER, '05554', '05554004', localAgreement('unterzeichnet')), 'forbidden');
  assert.equal(
    create(TRAEGER, '05554', '05554004', { ...landAgreement('unterzeichnet'), year: 2013 }),
    'forbidden',
  );
  // the Land is no party of the Träger's local agreements
  assert.equal(create(LAND, '05554', '05554004'), 'forbidden');
  assert.equal(create(AHAUS, '05554', '05554004'), 'ja');
  assert.equal(create(BOCHOLT, '05554', '05554004'), 'not_found');
});

test('figures: import right per source, no own "published" figures, plausible as-of date, owned indicators', () => {
  const load = (p: Principal, changes: Partial<Extract<Operation, { kind: 'figures.import' }>>) =>
    outcome(p, {
      kind: 'figures.import',
      source: 'ba_veroeffentlichung',
      unitIds: ['05554'],
      indicatorOwners: [],
      hasStatutoryFigures: true,
      stand: '2015-03-31',
      latestMonth: '2014-12',
      today: '2026-12-07',
      ...changes,
    });
  assert.equal(load(LAND, {}), 'ja');
  assert.equal(load(TRAEGER, {}), 'forbidden');
  assert.equal(load(TRAEGER, { source: 'mikrodaten' }), 'forbidden');
  assert.equal(load(TRAEGER, { source: 'mikrodaten', unitIds: ['05554004'] }), 'ja');
  assert.equal(load(LAND, { stand: '2099-01-01' }), 'forbidden');
  assert.equal(load(LAND, { stand: '2014-12-31' }), 'forbidden');
  assert.equal(load(LAND, { stand: '2015-01-01' }), 'ja');
  assert.equal(
    load(AHAUS, {
      source: 'manuell',
      unitIds: ['05554004'],
      indicatorOwners: ['05554004'],
      hasStatutoryFigures: false,
    }),
    'ja',
  );
  assert.equal(
    load(AHAUS, { source: 'manuell', unitIds: ['05554004'], indicatorOwners: ['05554004'] }),
    'forbidden',
  );
  assert.equal(
    load(AHAUS, {
      source: 'manuell',
      unitIds: ['05554004'],
      indicatorOwners: ['05554'],
      hasStatutoryFigures: false,
    }),
    'forbidden',
  );
  assert.equal(outcome(TRAEGER, { kind: 'indicator.save', ownerUnitId: '05' }), 'forbidden');
  assert.equal(outcome(TRAEGER, { kind: 'indicator.save', ownerUnitId: '05554' }), 'ja');
  assert.equal(outcome(LESER, { kind: 'indicator.save', ownerUnitId: null }), 'forbidden');
});

test('the administration manages users and units and reads the trail; nobody else does', () => {
  for (const kind of ['users.manage', 'units.manage', 'audit.readAll'] as const) {
    assert.equal(outcome(ADMIN, { kind }), 'ja');
    for (const p of [LAND, TRAEGER, AHAUS, LESER]) assert.equal(outcome(p, { kind }), 'forbidden');
  }
});

test('the permissions the web application shows follow the same decisions', () => {
  assert.deepEqual(agreementPermissions(TRAEGER, UNITS, landAgreement('entwurf')), {
    party: 1,
    side: 1,
    edit: true,
    steps: ['anbieten'],
    signFor: [],
    revise: false,
    proposeMilestone: false,
    confirmMilestone: false,
    recordFrameworkChange: false,
    decide: false,
    deriveCascade: true,
    createIndicator: true,
    // its own side only: who stands beside the Land is the Land's matter
    changeParties: [1],
  });
  assert.deepEqual(agreementPermissions(LAND, UNITS, landAgreement('in_verhandlung', [1])), {
    party: 0,
    side: 0,
    edit: false,
    steps: ['zurueckziehen'],
    signFor: [0],
    revise: false,
    proposeMilestone: false,
    confirmMilestone: false,
    recordFrameworkChange: false,
    decide: false,
    deriveCascade: false,
    createIndicator: true,
    // no edit once a signature is entered
    changeParties: [],
  });
});

test('local indicators are seen by their area and the units below the owner; a Datenstand by who sees a unit of it', () => {
  assert.equal(outcome(AHAUS, { kind: 'indicator.read', ownerUnitId: '05' }), 'ja');
  assert.equal(outcome(AHAUS, { kind: 'indicator.read', ownerUnitId: '05554008' }), 'not_found');
  assert.equal(outcome(LAND, { kind: 'indicator.read', ownerUnitId: '05554004' }), 'ja');
  assert.equal(outcome(LAND, { kind: 'indicator.read', ownerUnitId: '09' }), 'not_found');
  assert.equal(outcome(ADMIN, { kind: 'indicator.read', ownerUnitId: '05' }), 'forbidden');
  assert.equal(
    outcome(AHAUS, { kind: 'datenstand.history', unitIds: ['05554004', '05554008'] }),
    'ja',
  );
  assert.equal(outcome(AHAUS, { kind: 'datenstand.history', unitIds: ['05554008'] }), 'not_found');
  assert.equal(outcome(ADMIN, { kind: 'datenstand.history', unitIds: [] }), 'ja');
  // a reader loads nothing, whatever grant it may carry
  assert.equal(
    outcome(
      { ...LESER, importSources: ['mikrodaten'] },
      {
        kind: 'figures.import',
        source: 'mikrodaten',
        unitIds: ['05554'],
        indicatorOwners: [],
        hasStatutoryFigures: true,
        stand: '2015-03-31',
        latestMonth: '2014-12',
        today: '2026-12-07',
      },
    ),
    'forbidden',
  );
});

test('creating a local indicator is offered to the party roles, not to readers or the administration', () => {
  for (const p of [LAND, TRAEGER])
    assert.equal(agreementPermissions(p, UNITS, landAgreement('entwurf')).createIndicator, true);
  for (const p of [LESER, ADMIN])
    assert.equal(agreementPermissions(p, UNITS, landAgreement('entwurf')).createIndicator, false);
});
