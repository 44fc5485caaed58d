/**
 * A joint jobcenter's agreement as real agreements have it, entered over the API and judged as
 * of June and as of December 2014: three parties; a qualitative target due after the agreement
 * year; a monitoring target with a Trägererwartung; a target value still open; a derived gap
 * indicator (Integrationsquote of women − men, Prozentpunkte); a stock target "unter 140".
 * Expectations worked out by hand beside each figure.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { AgreementContent, Target } from '../../../domain/agreements/agreement.ts';
import type { Criterion } from '../../../domain/agreements/criteria.ts';
import { ACTORS } from '../../../services/test-support.ts';
import { figureRow, startApiTestBed, type ApiTestBed } from '../../test-support.ts';
import {
  AGENTUR,
  createOrganisations,
  GESCHAEFTSFUEHRUNG,
  jointContent,
  signature,
  STADT,
} from '../../test-support/joint-jobcenter.ts';

let api: ApiTestBed;
after(async () => {
  await api.bed.database.destroy();
});

const row = (
  month: string,
  kind: 'kennzahl' | 'grundgroesse',
  metric: string,
  value: number,
  sex: 'insgesamt' | 'm' | 'w' = 'insgesamt',
) => figureRow('05111', month, kind, metric, value, sex);
const months = (year: number) =>
  Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);

before(async () => {
  api = await startApiTestBed();
  await createOrganisations(api);
  const values = [
    // LZB stock 2014 (no 2013 figures at all): June 139 < 140; December 141 ≥ 140
    ...months(2014).map((m, i) =>
      row(
        m,
        'grundgroesse',
        'LZB',
        [150, 148, 146, 144, 142, 139, 138, 139, 140, 140, 141, 141][i]!,
      ),
    ),
    // INT: 100 a month in 2013 (Σ 1,200), 2014 Σ June 570, Σ December 1,200
    ...months(2013).map((m) => row(m, 'grundgroesse', 'INT', 100)),
    ...months(2014).map((m, i) => row(m, 'grundgroesse', 'INT', i < 6 ? 95 : 105)),
    // K2 by sex: 2013 women 20,0, men 30,0 (gap −10,0 points, women − men); 2014 June women 20,5
    // (gap −9,5), December women 20,3 (gap −9,7)
    ...months(2013).flatMap((m) => [
      row(m, 'kennzahl', 'K2', 20, 'w'),
      row(m, 'kennzahl', 'K2', 30, 'm'),
    ]),
    ...months(2014).flatMap((m, i) => [
      row(m, 'kennzahl', 'K2', i < 6 ? 20.5 : 20.3, 'w'),
      row(m, 'kennzahl', 'K2', 30, 'm'),
    ]),
    // JFW_K2 for the open target
    row('2013-12', 'kennzahl', 'JFW_K2', 24.2),
    row('2014-06', 'kennzahl', 'JFW_K2', 12.0),
    row('2013-06', 'kennzahl', 'JFW_K2', 11.9),
    row('2014-12', 'kennzahl', 'JFW_K2', 24.5),
  ];
  const r = await api.call(
    'POST',
    '/api/datenstaende',
    { datenstand: { stand: '2015-04-30', source: 'ba_veroeffentlichung', label: '2014' }, values },
    ACTORS.ministerium,
  );
  assert.equal(r.status, 201, JSON.stringify(r.body));
  const gap = await api.call(
    'PUT',
    '/api/local-indicators/K2_ABSTAND',
    {
      id: 'K2_ABSTAND',
      name: 'Abstand der Integrationsquoten von Frauen und Männern',
      definition: 'Integrationsquote der Frauen minus Integrationsquote der Männer',
      unit: 'Prozentpunkte',
      source: {
        kind: 'abgeleitet',
        operation: 'differenz',
        left: { source: 'kennzahl', id: 'K2', sex: 'w' },
        right: { source: 'kennzahl', id: 'K2', sex: 'm' },
      },
      rowVersion: null,
    },
    GESCHAEFTSFUEHRUNG,
  );
  assert.equal(gap.status, 200, JSON.stringify(gap.body));
});

const target = (id: string, criterion: Criterion, leftOpen = false): Target => ({
  id,
  role: 'teilziel',
  title: null,
  text: [],
  criterion,
  lead: null,
  values: { offer: null, path: null, ...(leftOpen ? { leftOpen } : {}) },
  split: null,
  after: [],
});

const CRITERIA: Record<string, Criterion> = {
  // qualitative, due after the agreement year
  'I.1': {
    kind: 'qualitativ',
    condition: 'die Kooperationsvereinbarung mit dem Jugendamt unterzeichnet ist',
    due: '2015-06-30',
    evidence: 'unterzeichnete Vereinbarung',
    state: 'in_arbeit',
    stateNote: null,
  },
  // monitoring with the Träger's expectation of 1,300 Integrationen
  'I.2': {
    kind: 'monitoring',
    metric: { source: 'grundgroesse', id: 'INT', sex: 'insgesamt', aggregation: 'jahressumme' },
    planned: { value: 1300, source: 'traegererwartung' },
  },
  // a change still to be agreed
  'I.3': {
    kind: 'relative_aenderung',
    metric: { source: 'kennzahl', id: 'JFW_K2', sex: 'insgesamt' },
    comparison: 'mindestens',
    change: null,
    unit: 'prozent',
    referenceYear: null,
    decimals: 1,
  },
  // the gap (women − men) rises by at least 0,5 points, i.e. narrows
  'I.4': {
    kind: 'relative_aenderung',
    metric: { source: 'lokal', indicatorId: 'K2_ABSTAND', aggregation: 'monatswert' },
    comparison: 'mindestens',
    change: 0.5,
    unit: 'prozentpunkte',
    referenceYear: null,
    decimals: 1,
  },
  // a stock target
  'I.5': {
    kind: 'absolut',
    metric: { source: 'grundgroesse', id: 'LZB', sex: 'insgesamt', aggregation: 'monatswert' },
    comparison: 'unter',
    value: 140,
    tolerance: null,
    decimals: 0,
  },
};

function content(leftOpen: boolean): AgreementContent {
  const base = jointContent();
  return {
    ...base,
    targetSubject: 'des Jobcenters Düsseldorf',
    goals: [
      {
        number: 'I',
        title: 'Ziele des Jobcenters Düsseldorf',
        blocks: Object.entries(CRITERIA).map(([id, c]) => ({
          kind: 'ziel' as const,
          target: target(id, c, leftOpen && id === 'I.3'),
        })),
      },
    ],
  };
}

test('a Prozentpunkte change on a count and a gap of mismatched units are refused, in German', async () => {
  const wrong = content(true);
  const stock = wrong.goals[0]!.blocks[4] as { target: Target };
  // the gap's Prozentpunkte change put on the LZB stock, a count
  stock.target.criterion = {
    kind: 'relative_aenderung',
    metric: { source: 'grundgroesse', id: 'LZB', sex: 'insgesamt', aggregation: 'monatswert' },
    comparison: 'mindestens',
    change: 0.5,
    unit: 'prozentpunkte',
    referenceYear: null,
    decimals: 1,
  };
  const refused = await api.call('POST', '/api/agreements', { content: wrong }, GESCHAEFTSFUEHRUNG);
  assert.equal(refused.status, 422, JSON.stringify(refused.body));
  assert.match(JSON.stringify(refused.body), /Prozentpunkten gibt es nur bei Quoten und Anteilen/);
  const mixed = await api.call(
    'PUT',
    '/api/local-indicators/MIX',
    {
      id: 'MIX',
      name: 'Quote minus Bestand',
      definition: 'ungültig',
      unit: 'Prozentpunkte',
      source: {
        kind: 'abgeleitet',
        operation: 'differenz',
        left: { source: 'kennzahl', id: 'K2', sex: 'w' },
        right: { source: 'grundgroesse', id: 'LZB', sex: 'insgesamt', aggregation: 'monatswert' },
      },
      rowVersion: null,
    },
    GESCHAEFTSFUEHRUNG,
  );
  assert.equal(mixed.status, 422, JSON.stringify(mixed.body));
  assert.match(
    mixed.body.error.details[0].message,
    /Differenz braucht zwei Größen derselben Einheit/,
  );
});

test('three parties; signed only once the open value is left open on purpose; judged as of June and December', async () => {
  const created = await api.call(
    'POST',
    '/api/agreements',
    { content: content(false) },
    GESCHAEFTSFUEHRUNG,
  );
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id = created.body.id;
  let r = await api.call(
    'POST',
    `/api/agreements/${id}/transitions`,
    { rowVersion: created.body.rowVersion, action: 'verhandeln' },
    STADT,
  );
  assert.equal(r.status, 200, JSON.stringify(r.body));
  const sign = (who: typeof AGENTUR, party: number) =>
    api.call(
      'POST',
      `/api/agreements/${id}/transitions`,
      {
        rowVersion: r.body.rowVersion,
        action: 'unterzeichnen',
        signatures: [signature(party, who.name)],
      },
      who,
    );
  const refused = await sign(GESCHAEFTSFUEHRUNG, 2);
  assert.equal(refused.status, 409, JSON.stringify(refused.body));
  assert.match(refused.body.error.message, /Ziel I\.3: Der Zielwert ist noch zu vereinbaren/);
  r = await api.call(
    'PUT',
    `/api/agreements/${id}/content`,
    { rowVersion: r.body.rowVersion, content: content(true) },
    STADT, // the text in negotiation is held by the steering side
  );
  assert.equal(r.status, 200, JSON.stringify(r.body));
  for (const [who, party] of [
    [GESCHAEFTSFUEHRUNG, 2],
    [AGENTUR, 0],
    [STADT, 1],
  ] as const) {
    r = await sign(who, party);
    assert.equal(r.status, 200, JSON.stringify(r.body));
  }
  assert.equal(r.body.status, 'unterzeichnet');
  const sentence = (t: { targetId: string; sentence: string }) => [t.targetId, t.sentence];
  const judged = async (untilMonth: number) => {
    const m = await api.call(
      'GET',
      `/api/agreements/${id}/monitoring?today=2015-05-01&untilMonth=${untilMonth}`,
      undefined,
      ACTORS.ministerium,
    );
    assert.equal(m.status, 200, JSON.stringify(m.body));
    return {
      today: m.body.today as string,
      sentences: Object.fromEntries(m.body.targets.map(sentence)),
      of: Object.fromEntries(
        m.body.targets.map((t: { targetId: string; assessment: Record<string, unknown> }) => [
          t.targetId,
          t.assessment,
        ]),
      ) as Record<string, Record<string, unknown> & { status: string; explanation: string }>,
    };
  };

  const june = await judged(6);
  assert.equal(june.today, '2014-06-30');
  // I.1 due 30.06.2015, in Arbeit: auf Kurs in June and in December
  assert.equal(june.of['I.1']!.status, 'auf_kurs');
  // I.2: Σ INT June 570; expectation 1,300 on last year's course (600 of 1,200) = 650: −80
  assert.equal(june.of['I.2']!.status, 'nicht_bewertbar');
  assert.equal(june.of['I.2']!.reason, 'beobachtung');
  assert.deepEqual(june.of['I.2']!.planned, { value: 650, label: 'Trägererwartung' });
  assert.equal(june.of['I.2']!.gap, -80);
  // I.3: value still open: offen while the year runs
  assert.equal(june.of['I.3']!.status, 'offen');
  assert.equal(june.of['I.3']!.reason, 'zielwert_offen');
  // I.4: gap June 2014 −9,5 against June 2013 −10,0: +0,5 points ≥ +0,5
  assert.equal(june.of['I.4']!.status, 'auf_kurs');
  assert.deepEqual(june.of['I.4']!.change, {
    exact: 0.5,
    rounded: 0.5,
    agreed: 0.5,
    unit: 'prozentpunkte',
    decimals: 1,
  });
  assert.match(
    june.of['I.4']!.explanation,
    /Abstand der Integrationsquoten von Frauen und Männern/,
  );
  assert.match(june.sentences['I.4'], /„Abstand der Integrationsquoten von Frauen und Männern“/);
  // I.5: stock June 139 < 140, judged without any 2013 figure
  assert.equal(june.of['I.5']!.status, 'auf_kurs');
  assert.equal(june.of['I.5']!.target, 140);

  const december = await judged(12);
  assert.equal(december.today, '2014-12-31');
  assert.equal(december.of['I.1']!.status, 'auf_kurs');
  // Σ INT 1,200 against the expectation itself: −100 (−7,7 %)
  assert.deepEqual(december.of['I.2']!.planned, { value: 1300, label: 'Trägererwartung' });
  assert.match(december.of['I.2']!.explanation, /Abweichung −100 \(−7,7 %\)/);
  // the year has not ended as of 31.12.2014: still offen; read later, nicht bewertbar
  assert.equal(december.of['I.3']!.status, 'offen');
  const later = await api.call(
    'GET',
    `/api/agreements/${id}/monitoring?today=2015-05-01`,
    undefined,
    ACTORS.ministerium,
  );
  const open = later.body.targets.find((t: { targetId: string }) => t.targetId === 'I.3');
  assert.equal(open.assessment.status, 'nicht_bewertbar');
  assert.equal(open.assessment.reason, 'zielwert_offen');
  assert.match(later.body.targets[2].sentence, /noch zu vereinbaren/);
  // gap December −9,7 against −10,0: +0,3 points < +0,5: nicht erreicht
  assert.equal(december.of['I.4']!.status, 'nicht_erreicht');
  // stock December 141 is not under 140
  assert.equal(december.of['I.5']!.status, 'nicht_erreicht');
});
