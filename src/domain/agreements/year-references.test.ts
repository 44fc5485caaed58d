/**
 * Year references of one text, 2014 → 2015, each case derived by hand from the rule: the
 * agreement year and a named previous year move, as whole words, outside dates, citations,
 * "seit …" and quoted titles; every year found is noted.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { updateYearReferences } from './year-references.ts';

const next = (text: string, isTitle = false) =>
  updateYearReferences(text, { from: 2014, to: 2015, isTitle });

test('the agreement year and the named previous year move, and say so', () => {
  assert.deepEqual(next('Das Ziel ist im Jahr 2014 erreicht.'), {
    text: 'Das Ziel ist im Jahr 2015 erreicht.',
    notes: ['2014 → 2015 geändert'],
  });
  assert.deepEqual(next('um 0,5 % gegenüber dem Vorjahr 2013, also in 2014 und 2014'), {
    text: 'um 0,5 % gegenüber dem Vorjahr 2014, also in 2015 und 2015',
    notes: ['Vorjahr 2013 → 2014 geändert', '2014 → 2015 geändert'],
  });
  assert.equal(next('Wert des Vorjahres (2013)').text, 'Wert des Vorjahres (2014)');
});

test('dates, periods, citations, "seit" and quoted titles stay and are marked', () => {
  const cases: [string, string][] = [
    ['Datenstand 30.06.2014', '„30.06.2014“: ein Datum oder Zeitraum, nicht geändert'],
    ['Laufzeit 06/2014', '„06/2014“: ein Datum oder Zeitraum, nicht geändert'],
    ['fällig am 2014-12-31', '„2014-12-31“: ein Datum oder Zeitraum, nicht geändert'],
    ['Ende April 2014', '„April 2014“: ein Datum oder Zeitraum, nicht geändert'],
    ['ab dem 4. Quartal 2014', '„4. Quartal 2014“: ein Datum oder Zeitraum, nicht geändert'],
    ['im Schuljahr 2014/2015', '„2014/2015“: ein Datum oder Zeitraum, nicht geändert'],
    ['in den Jahren 2013–2014', '„2013–2014“: ein Datum oder Zeitraum, nicht geändert'],
    [
      'geändert durch Gesetz vom 24. März 2014 (BGBl. I S. 453)',
      '„24. März 2014“: ein Datum oder Zeitraum, nicht geändert',
    ],
    [
      '(BGBl. I 2014 S. 1)',
      '„2014“: Fundstelle oder Datum eines Gesetzes oder Dokuments, nicht geändert',
    ],
    ['seit 2014 beteiligt', '„2014“: ein fester Zeitpunkt („seit“), nicht geändert'],
    ['„Planungsdokument 2014“', '„2014“: Teil eines zitierten Titels, nicht geändert'],
  ];
  for (const [text, note] of cases) assert.deepEqual(next(text), { text, notes: [note] }, text);
  // "in 2013 begonnen" is a fact of the past, not the previous year of the agreement
  assert.deepEqual(next('der in 2013 begonnene Ansatz'), {
    text: 'der in 2013 begonnene Ansatz',
    notes: ['2013: nicht sicher das Vorjahr, nicht geändert'],
  });
  assert.deepEqual(next('seit 2005'), {
    text: 'seit 2005',
    notes: ['„2005“: ein fester Zeitpunkt („seit“), nicht geändert'],
  });
  assert.deepEqual(next('bis 2016'), {
    text: 'bis 2016',
    notes: ['2016: weder das Vereinbarungsjahr noch das Vorjahr, nicht geändert'],
  });
});

test('the title of a named document keeps its year', () => {
  const title = 'Lokales Planungsdokument 2014 für den dezentralen Planungsprozess';
  assert.deepEqual(next(title, true), {
    text: title,
    notes: ['„2014“: Teil des Titels eines Dokuments, nicht geändert'],
  });
});

test('only whole words are years: longer numbers, keys and ids are left alone', () => {
  for (const text of [
    'Kennziffer 120145',
    'AGS 055542014',
    'Kennung K2014',
    'Projekt2014',
    'ohne Jahr',
  ])
    assert.deepEqual(next(text), { text, notes: [] }, text);
});
