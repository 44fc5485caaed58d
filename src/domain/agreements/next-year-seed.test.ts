/**
 * The seed agreement (shared/seed/zielvereinbarung-2014-kreis-borken.txt) drafted for 2015, each
 * expectation read off the seed's text by hand: what moves to 2015, what stays and why.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBorkenAgreement2014 } from '../../synthetic/demo/agreement-borken-2014.ts';
import { planNextYear } from './next-year.ts';
import type { TextBlock } from './agreement.ts';

const seed = buildBorkenAgreement2014();
const { content, marks } = planNextYear(seed);
const notesAt = (path: string) => marks.find((m) => m.path === path)?.notes;
const paragraph = (block: unknown) => (block as TextBlock & { kind: 'absatz' }).text;

test('the structural texts name 2015', () => {
  assert.equal(content.year, 2015);
  assert.equal(
    content.title,
    'Vereinbarung zur Erreichung der Ziele der Grundsicherung für Arbeitsuchende im Jahr 2015',
  );
  assert.match(content.introduction, /für das Jahr 2015 folgende$/);
  assert.match(content.focusAreasTitle, /in Nordrhein-Westfalen im Jahr 2015$/);
  assert.equal(content.goalsTitle, '1. Ziele für das Jobcenter des Kreises Borken 2015');
  assert.equal(
    paragraph(content.goalsIntro[0]),
    'Die Vereinbarungspartner setzen sich gemeinsam dafür ein, dass die nachfolgenden Ziele in 2015 erreicht werden.',
  );
  assert.equal(notesAt('title')?.join(), '2014 → 2015 geändert');
  // no year in the dialogue clause: unchanged and not marked
  assert.deepEqual(content.dialogueClause, seed.dialogueClause);
  assert.equal(notesAt('dialogueClause.0.text'), undefined);
  assert.deepEqual(content.signatures, []);
});

test('named documents keep their year and are marked', () => {
  assert.deepEqual(content.references, seed.references);
  assert.deepEqual(content.annexes, seed.annexes);
  assert.deepEqual(notesAt('annexes.0.title'), [
    '„2014“: Teil des Titels eines Dokuments, nicht geändert',
  ]);
  // the preamble cites the planning documents in quotes
  assert.deepEqual(content.preamble[3], seed.preamble[3]);
  assert.deepEqual(notesAt('preamble.3.text'), [
    '„2014“: Teil eines zitierten Titels, nicht geändert',
  ]);
});

test('Ziel II: the year of the agreement moves, the history stays', () => {
  const aktivierung = 'goals.1.blocks.3.target.text.0.text';
  assert.match(
    marks.find((m) => m.path === aktivierung)!.text,
    /^Zur Steigerung der Integrationsquote entwickelt der Kreis Borken den Ansatz der in 2013 begonnenen „eigenen Aktivierung“ in 2015 weiter\./,
  );
  assert.deepEqual(notesAt(aktivierung), [
    '2013: nicht sicher das Vorjahr, nicht geändert',
    '2014 → 2015 geändert',
  ]);
  assert.deepEqual(notesAt('goals.1.blocks.6.target.text.0.text'), [
    '„2011“: ein fester Zeitpunkt („seit“), nicht geändert',
  ]);
  // the pilot's wording keeps its quarter, its month to measure from moves: both for review
  assert.deepEqual(notesAt('goals.1.blocks.5.target.criterion.condition'), [
    '„4. Quartal 2014“: ein Datum oder Zeitraum, nicht geändert',
  ]);
  assert.deepEqual(notesAt('goals.1.blocks.5.target.criterion.measurableFrom'), [
    'Messbar ab 2014-10 → 2015-10 verschoben',
  ]);
  assert.deepEqual(notesAt('goals.1.blocks.3.target.criterion.due'), [
    'Fälligkeit 2014-12-31 → 2015-12-31 verschoben',
  ]);
});

test('Ziel V: the programme period and its mailing date stay as written', () => {
  const text = paragraph(content.goals[4]!.blocks[0]);
  assert.match(text, /wird auch in 2015 Angebote/);
  assert.match(text, /Laufzeit 06\/2014 bis 06\/2015 wird Ende April 2014 an alle Jobcenter/);
  assert.deepEqual(notesAt('goals.4.blocks.0.text'), [
    '2014 → 2015 geändert',
    '„06/2014“: ein Datum oder Zeitraum, nicht geändert',
    '„06/2015“: ein Datum oder Zeitraum, nicht geändert',
    '„April 2014“: ein Datum oder Zeitraum, nicht geändert',
  ]);
});

test('no "2014" is left unmarked', () => {
  const marked = new Set(marks.map((m) => m.text));
  const json = JSON.stringify(content);
  for (const m of json.matchAll(/"([^"]*\b2014\b[^"]*)"/g))
    assert.ok(marked.has(JSON.parse(`"${m[1]}"`) as string), m[1]);
  // texts with a year: title, introduction, preamble 3, references 1 and 2, annex, focus areas'
  // title, goals' title and intro (9); Ziel II: 3 running texts, 3 conditions, Kein Abschluss
  // ohne Anschluss (7); Ziel III: 3 texts, the composite's rule (4); Ziel IV: 3 texts, a
  // condition, a lead (5); Ziel V (1) — 26; and 6 dates: 5 milestones, 1 pilot evaluation
  assert.equal(marks.length, 32);
});
