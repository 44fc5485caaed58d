import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFixtureAgreement } from '../../../../domain/agreements/agreement-fixture.ts';
import { targetsOf, type Target } from '../../../../domain/agreements/agreement.ts';
import { locateTarget } from './content-edits.ts';
import { placeErrors, validateEdit } from './validate-edit.ts';

const milestone = (id: string, condition: string, due: string): Target => ({
  id,
  role: 'teilziel',
  title: null,
  text: [],
  lead: null,
  values: { offer: null, path: null },
  split: null,
  after: [],
  criterion: {
    kind: 'meilenstein',
    condition,
    due,
    evidence: null,
    state: 'offen',
    stateNote: null,
  },
});

test('an empty condition and a bad date are reported at their fields', () => {
  const content = buildFixtureAgreement();
  const goal = content.goals[0]!.number;
  const target = milestone(`${goal}.9`, '  ', '31.12.2014');
  const problems = validateEdit(content, { kind: 'add-target', goalNumber: goal, target }, target);
  assert.deepEqual(
    problems.fields.map((f) => f.path),
    ['criterion.condition', 'criterion.due'],
  );
  assert.match(problems.fields[1]!.message, /JJJJ-MM-TT/);
});

test("a duplicate target id is this edit's problem, found by the domain rules", () => {
  const content = buildFixtureAgreement();
  const existing = targetsOf(content)[0]!.id;
  const goal = content.goals[0]!.number;
  const target = milestone(existing, 'Projekt ist eingerichtet', `${content.year}-06-30`);
  const problems = validateEdit(content, { kind: 'add-target', goalNumber: goal, target }, target);
  assert.deepEqual(
    problems.fields.map((f) => f.path),
    ['id'],
  );
  assert.match(problems.fields[0]!.message, /mehrfach/);
});

test('server details "content.goals.g.blocks.b.target.x" go to field x of the edited target', () => {
  const content = buildFixtureAgreement();
  const id = targetsOf(content)[0]!.id;
  const location = locateTarget(content, id)!;
  const placed = placeErrors(
    [
      { path: `content.${location}.criterion.change`, message: 'Veränderung: Zahl erwartet' },
      { path: 'content.signatures.0.date', message: 'Datum fehlt' },
    ],
    location,
  );
  assert.deepEqual(placed, {
    fields: [{ path: 'criterion.change', message: 'Veränderung: Zahl erwartet' }],
    general: ['Datum fehlt'],
  });
});
