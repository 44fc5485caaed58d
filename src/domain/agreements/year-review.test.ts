/** Review marks after a save: confirmed ones go, reworded texts go, moved texts keep theirs. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFixtureAgreement } from './agreement-fixture.ts';
import type { ReviewMark } from './year-review.ts';
import { carryReviewMarks } from './year-review.ts';

const content = buildFixtureAgreement();
content.focusAreas = [
  { number: 1, title: 'Integrationen 2015', text: [] },
  { number: 2, title: 'Langzeitleistungsbezug 2015', text: [] },
];
const mark = (path: string, text: string): ReviewMark => ({
  path,
  text,
  notes: ['2014 → 2015 geändert'],
});
const marks = [
  mark('focusAreas.0.title', 'Integrationen 2015'),
  mark('focusAreas.1.title', 'Langzeitleistungsbezug 2015'),
];

test('a mark stays while its text is unchanged and goes when confirmed', () => {
  assert.deepEqual(carryReviewMarks(marks, content), marks);
  assert.deepEqual(carryReviewMarks(marks, content, ['focusAreas.0.title']), [marks[1]]);
  // a path that names no mark is ignored: confirming twice does no harm
  assert.deepEqual(carryReviewMarks(marks, content, ['title']), marks);
});

test('a reworded text loses its mark, a text that moved keeps it at its new place', () => {
  const reworded = structuredClone(content);
  reworded.focusAreas[0]!.title = 'Integrationen';
  assert.deepEqual(carryReviewMarks(marks, reworded), [marks[1]]);
  const removed = structuredClone(content);
  removed.focusAreas.shift();
  assert.deepEqual(carryReviewMarks(marks, removed), [
    mark('focusAreas.0.title', 'Langzeitleistungsbezug 2015'),
  ]);
});
