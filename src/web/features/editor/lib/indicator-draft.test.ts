import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  draftToIndicator,
  emptyIndicatorDraft,
  indicatorPathSegment,
  indicatorToDraft,
  knownIndicators,
  placeIndicatorErrors,
  renameDraft,
  resultingUnit,
  suggestIndicatorId,
  type IndicatorDraft,
} from './indicator-draft.ts';

const gap = (): IndicatorDraft => ({
  ...renameDraft(emptyIndicatorDraft(), 'Abstand K2 Frauen − Männer'),
  definition: 'Integrationsquote der Frauen minus die der Männer',
  kind: 'abgeleitet',
});

test('the Kennung follows the name until one is typed', () => {
  assert.equal(suggestIndicatorId('Abstand K2 Frauen − Männer'), 'ABSTAND_K2_FRAUEN_MAENNER');
  assert.equal(suggestIndicatorId('  Größe: eLb < 25 '), 'GROESSE_ELB_25');
  assert.equal(suggestIndicatorId('x'.repeat(50) + ' y').length, 40);
  const typed = { ...gap(), id: 'K2_GAP', idTyped: true };
  assert.equal(renameDraft(typed, 'Neuer Name').id, 'K2_GAP');
});

test('a derived indicator takes the unit the domain computes from its parts', () => {
  const d = gap();
  assert.deepEqual(resultingUnit(d), { unit: 'Prozentpunkte' });
  assert.deepEqual(draftToIndicator(d), {
    id: 'ABSTAND_K2_FRAUEN_MAENNER',
    name: 'Abstand K2 Frauen − Männer',
    definition: 'Integrationsquote der Frauen minus die der Männer',
    unit: 'Prozentpunkte',
    source: {
      kind: 'abgeleitet',
      operation: 'differenz',
      left: { source: 'kennzahl', id: 'K2', sex: 'w' },
      right: { source: 'kennzahl', id: 'K2', sex: 'm' },
    },
  });
  assert.deepEqual(resultingUnit({ ...d, operation: 'quotient' }), { unit: 'Prozent' });
  const counts = {
    ...d,
    left: { source: 'grundgroesse', id: 'INT', sex: 'w', aggregation: 'jahressumme' },
    right: { source: 'grundgroesse', id: 'INT', sex: 'm', aggregation: 'jahressumme' },
  } satisfies IndicatorDraft;
  assert.deepEqual(resultingUnit(counts), { unit: 'Personen' });
});

test('a quota minus a stock has no unit: the domain says why, the chosen unit goes to the server', () => {
  const d: IndicatorDraft = {
    ...gap(),
    unit: 'Euro',
    right: { source: 'grundgroesse', id: 'LZB', sex: 'insgesamt', aggregation: 'monatswert' },
  };
  const unit = resultingUnit(d);
  assert.ok('problem' in unit);
  assert.match(unit.problem, /Eine Differenz braucht zwei Größen derselben Einheit/);
  const sent = draftToIndicator(d);
  assert.equal(sent.unit, 'Euro');
  assert.deepEqual(sent.source.kind === 'abgeleitet' && sent.source.right, {
    source: 'grundgroesse',
    id: 'LZB',
    sex: 'insgesamt',
    aggregation: 'monatswert',
  });
});

test('a manual indicator keeps its unit; a stored indicator comes back as it was', () => {
  const manual = {
    ...emptyIndicatorDraft(),
    id: 'ELB_U25',
    name: ' eLb unter 25 ',
    definition: 'd',
  };
  assert.deepEqual(draftToIndicator({ ...manual, unit: 'Personen' }), {
    id: 'ELB_U25',
    name: 'eLb unter 25',
    definition: 'd',
    unit: 'Personen',
    source: { kind: 'manuell' },
  });
  const derived = draftToIndicator(gap());
  assert.deepEqual(draftToIndicator(indicatorToDraft(derived)), derived);
  const rule = {
    id: 'ELB_U25_REGEL',
    name: 'eLb unter 25',
    definition: 'd',
    unit: 'Personen',
    source: { kind: 'regel' as const, quantity: 'ELB' as const, filter: { maxAge: 24 } },
  };
  assert.deepEqual(draftToIndicator(indicatorToDraft(rule)), rule);
});

test("the server's messages go to the field of their path or the nearest enclosing one", () => {
  const placed = placeIndicatorErrors(
    [
      { path: 'source.right', message: 'Eine Differenz braucht …' },
      { path: 'source.left.id', message: 'Kennzahl: unbekannte Kennung' },
      { path: 'name', message: 'Name: bitte ausfüllen' },
      { path: 'name', message: 'zu lang' },
      { path: 'rowVersion', message: 'veraltet' },
    ],
    ['id', 'name', 'source.left', 'source.right', 'unit'],
  );
  assert.deepEqual(
    [...placed.fields],
    [
      ['source.right', 'Eine Differenz braucht …'],
      ['source.left', 'Kennzahl: unbekannte Kennung'],
      ['name', 'Name: bitte ausfüllen zu lang'],
    ],
  );
  assert.deepEqual(placed.general, ['veraltet']);
});

test('a target form names the listed indicators first, then those only the agreement knows', () => {
  const a = draftToIndicator(gap());
  const renamed = { ...a, name: 'Abstand der Quoten' };
  const other = { ...a, id: 'NUR_VEREINBARUNG' };
  assert.deepEqual(
    knownIndicators([a, other], [renamed]).map((i) => i.name + '/' + i.id),
    ['Abstand der Quoten/ABSTAND_K2_FRAUEN_MAENNER', 'Abstand K2 Frauen − Männer/NUR_VEREINBARUNG'],
  );
  assert.deepEqual(knownIndicators([a], undefined), [a]);
});

test('an empty Kennung still reaches the save operation, so that the server names the field', () => {
  assert.equal(indicatorPathSegment(''), '-');
  assert.equal(indicatorPathSegment(' K2_GAP '), 'K2_GAP');
  assert.equal(indicatorPathSegment('a/b'), 'a%2Fb');
});
