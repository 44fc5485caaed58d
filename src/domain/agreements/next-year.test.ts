import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AgreementContent, Target } from './agreement.ts';
import { targetsOf } from './agreement.ts';
import { draftForNextYear, planNextYear } from './next-year.ts';

const target = (id: string, criterion: Target['criterion']): Target => ({
  id,
  role: 'hauptziel',
  title: null,
  text: [],
  criterion,
  lead: null,
  values: { offer: 24.4, path: Array(12).fill(2) },
  split: null,
  after: [],
});

const party = (unitId: string) => ({
  unitId,
  name: unitId,
  shortName: null,
  capacity: null,
  representative: { salutation: 'Herrn', office: 'Landrat', name: 'X' },
});

const CONTENT = {
  year: 2014,
  title: 'Vereinbarung zur Erreichung der Ziele der Grundsicherung für Arbeitsuchende im Jahr 2014',
  parties: [party('05'), party('05554')],
  legalBasis: '§ 48b Abs. 1 S. 1 Nr. 4 SGB II',
  introduction: 'für das Jahr 2014 folgende',
  preamble: [{ kind: 'absatz', text: 'seit 2014 und 20145, Stand 30.06.2014' }],
  references: [],
  annexes: [],
  focusAreasTitle: 'Schwerpunkte 2014',
  focusAreas: [],
  targetSubject: 'des Jobcenters des Kreises Borken',
  goalsTitle: '1. Ziele für das Jobcenter des Kreises Borken 2014',
  goalsIntro: [],
  goals: [
    {
      number: 'II',
      title: 'Integration',
      blocks: [
        {
          kind: 'ziel',
          target: target('II', {
            kind: 'relative_aenderung',
            metric: { source: 'kennzahl', id: 'JFW_K2', sex: 'insgesamt' },
            comparison: 'mindestens',
            change: 0.5,
            unit: 'prozent',
            referenceYear: 2012,
            decimals: 1,
          }),
        },
        {
          kind: 'ziel',
          target: target('II.1', {
            kind: 'meilenstein',
            condition: 'etabliert',
            due: '2014-12-31',
            evidence: null,
            state: 'erreicht',
            stateNote: 'ok 2014',
            proposal: { state: 'erreicht', note: null },
          }),
        },
        {
          kind: 'ziel',
          target: target('II.3', {
            kind: 'statistisch',
            measure: 'Dauer',
            population: 'Pilot',
            test: 'log_rank',
            direction: 'erhoeht',
            alpha: 0.05,
            sides: 'einseitig',
            measurableFrom: '2014-10',
            condition: 'erhöht',
          }),
        },
      ],
    },
  ],
  dialogueTitle: '2. Dialoge',
  dialogueClause: [],
  dialoguesPerYear: 2,
  signatures: [
    { party: 0, place: 'Düsseldorf', date: '2014-04-29', capacityLine: null, signatory: 'A' },
  ],
} as unknown as AgreementContent;

test('the next year keeps the targets, moves dates and the structural year, clears what is planned anew', () => {
  const next = draftForNextYear(CONTENT);
  assert.equal(next.year, 2015);
  assert.equal(
    next.title,
    'Vereinbarung zur Erreichung der Ziele der Grundsicherung für Arbeitsuchende im Jahr 2015',
  );
  assert.equal(next.goalsTitle, '1. Ziele für das Jobcenter des Kreises Borken 2015');
  assert.deepEqual(next.signatures, []);
  // "seit 2014" and a date stay, "20145" is no year
  assert.deepEqual(next.preamble, CONTENT.preamble);
  const [main, milestone, pilot] = targetsOf(next);
  assert.deepEqual(main!.values, { offer: null, path: null });
  assert.equal(
    main!.criterion?.kind === 'relative_aenderung' && main!.criterion.referenceYear,
    2013,
  );
  assert.deepEqual(milestone!.criterion, {
    kind: 'meilenstein',
    condition: 'etabliert',
    due: '2015-12-31',
    evidence: null,
    state: 'offen',
    stateNote: null,
  });
  assert.equal(
    pilot!.criterion?.kind === 'statistisch' && pilot!.criterion.measurableFrom,
    '2015-10',
  );
  // the original is untouched
  assert.equal(
    targetsOf(CONTENT)[1]!.criterion?.kind === 'meilenstein' &&
      (targetsOf(CONTENT)[1]!.criterion as { state: string }).state,
    'erreicht',
  );
});

test('every text with a year is marked: changed, kept, and the dates that moved', () => {
  const { marks } = planNextYear(CONTENT);
  assert.deepEqual(marks, [
    { path: 'title', text: CONTENT.title.replace('2014', '2015'), notes: ['2014 → 2015 geändert'] },
    { path: 'introduction', text: 'für das Jahr 2015 folgende', notes: ['2014 → 2015 geändert'] },
    {
      path: 'preamble.0.text',
      text: 'seit 2014 und 20145, Stand 30.06.2014',
      notes: [
        '„2014“: ein fester Zeitpunkt („seit“), nicht geändert',
        '„30.06.2014“: ein Datum oder Zeitraum, nicht geändert',
      ],
    },
    { path: 'focusAreasTitle', text: 'Schwerpunkte 2015', notes: ['2014 → 2015 geändert'] },
    {
      path: 'goalsTitle',
      text: '1. Ziele für das Jobcenter des Kreises Borken 2015',
      notes: ['2014 → 2015 geändert'],
    },
    // the state note "ok 2014" is cleared with the state, not reviewed
    {
      path: 'goals.0.blocks.1.target.criterion.due',
      text: '2015-12-31',
      notes: ['Fälligkeit 2014-12-31 → 2015-12-31 verschoben'],
    },
    {
      path: 'goals.0.blocks.2.target.criterion.measurableFrom',
      text: '2015-10',
      notes: ['Messbar ab 2014-10 → 2015-10 verschoben'],
    },
  ]);
});
