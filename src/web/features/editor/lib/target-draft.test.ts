import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Target } from '../../../../domain/agreements/agreement.ts';
import { renderCriterion } from '../../../../domain/agreements/sentence.ts';
import { draftToTarget, newTargetDraft, targetToDraft, textToBlocks } from './target-draft.ts';

/** Ziel II of the 2014 seed: JFW_K2 at least +0,5 % on the previous year. */
const zielII: Target = {
  id: 'II',
  role: 'hauptziel',
  title: null,
  text: [],
  lead: null,
  values: { offer: 0.6, path: null },
  split: null,
  after: [{ kind: 'absatz', text: 'danach' }],
  criterion: {
    kind: 'relative_aenderung',
    metric: { source: 'kennzahl', id: 'JFW_K2', sex: 'insgesamt' },
    comparison: 'mindestens',
    change: 0.5,
    unit: 'prozent',
    referenceYear: null,
    decimals: 1,
  },
};

test('a target survives the round trip through the form unchanged', () => {
  const draft = targetToDraft(zielII, 2014);
  assert.equal(draft.criterion.change, '0,5');
  assert.equal(draft.offer, '0,6');
  assert.deepEqual(draftToTarget(draft), { target: zielII, errors: [] });
});

test("the form's criterion renders the German sentence of the agreement", () => {
  const draft = newTargetDraft('II.5', 'teilziel', 2015);
  draft.criterion.change = '1,5';
  const { target } = draftToTarget(draft);
  assert.equal(
    renderCriterion(target!.criterion!, {
      year: 2015,
      subject: 'des Jobcenters Ahaus',
      role: 'teilziel',
      lead: null,
    }),
    'Das Ziel ist erreicht, wenn die Integrationsquote des Jobcenters Ahaus um 1,5 % gegenüber dem Vorjahr gesteigert wird.',
  );
});

test('fields that hold no number are named; an empty target value is "noch zu vereinbaren"', () => {
  const draft = newTargetDraft('II.5', 'teilziel', 2015);
  draft.criterion.change = 'viel';
  draft.path[2] = 'x';
  assert.deepEqual(
    draftToTarget(draft).errors.map((e) => e.path),
    ['criterion.change', 'values.path.2'],
  );
  draft.criterion.change = '';
  draft.path[2] = '';
  const open = draftToTarget(draft);
  assert.deepEqual(open.errors, []);
  assert.equal(open.target?.criterion?.kind, 'relative_aenderung');
  assert.equal((open.target?.criterion as { change: number | null }).change, null);
  draft.criterion.decimals = '';
  assert.deepEqual(draftToTarget(draft).errors, [
    { path: 'criterion.decimals', message: 'Nachkommastellen: bitte eine Zahl eintragen.' },
  ]);
});

test('text: paragraphs by empty lines, "- " lines as a list', () => {
  assert.deepEqual(textToBlocks('Erster Absatz\nweiter.\n\n- eins\n- zwei'), [
    { kind: 'absatz', text: 'Erster Absatz weiter.' },
    { kind: 'liste', items: ['eins', 'zwei'] },
  ]);
});
