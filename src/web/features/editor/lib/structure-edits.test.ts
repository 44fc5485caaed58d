/** Structural edits and the split by sex as the editor builds them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildBorkenAgreement2014 } from '../../../../synthetic/demo/agreement-borken-2014.ts';
import { blocksToDrafts, draftsToBlocks } from './block-drafts.ts';
import { applyEdit } from './content-edits.ts';
import { goalTextItems } from './structure-edits.ts';
import { draftToTarget, targetToDraft } from './target-draft.ts';
import { targetsOf } from '../../../../domain/agreements/agreement.ts';

const seed = buildBorkenAgreement2014();

test('paragraphs and lists round-trip; empty ones are dropped', () => {
  assert.deepEqual(draftsToBlocks(blocksToDrafts(seed.preamble)), seed.preamble);
  assert.deepEqual(
    draftsToBlocks([
      { kind: 'absatz', text: '  ' },
      { kind: 'liste', text: 'a\n\n b ' },
    ]),
    [{ kind: 'liste', items: ['a', 'b'] }],
  );
});

test('a goal keeps its targets as they are now when its text is saved', () => {
  const items = goalTextItems(seed.goals[1]!.blocks);
  const current = structuredClone(seed);
  const ii = current.goals[1]!.blocks.find((b) => b.kind === 'ziel')!;
  if (ii.kind === 'ziel') ii.target.title = 'meanwhile';
  const result = applyEdit(current, {
    kind: 'set-goal',
    goalNumber: 'II',
    title: 'Integration',
    items: [{ kind: 'absatz', text: 'Neu.' }, ...items.filter((i) => i.kind === 'ziel')],
  });
  assert.ok(result.ok);
  const goal = result.content.goals[1]!;
  assert.equal(goal.title, 'Integration');
  assert.deepEqual(goal.blocks[0], { kind: 'absatz', text: 'Neu.' });
  // Ziel II: the main target and four sub-goals (II.1 … II.4)
  assert.equal(goal.blocks.filter((b) => b.kind === 'ziel').length, 5);
  assert.equal(targetsOf(result.content)[1]!.title, 'meanwhile');
});

test('a split by sex: each part starts as the total for that sex and is read back', () => {
  const zielII = targetsOf(seed).find((t) => t.id === 'II')!;
  const draft = targetToDraft(zielII, 2014);
  assert.equal(draft.split.parts.w.metric.sex, 'w');
  const { target } = draftToTarget({
    ...draft,
    split: {
      ...draft.split,
      enabled: true,
      parts: { ...draft.split.parts, m: { ...draft.split.parts.m, change: 'x' } },
    },
  });
  assert.equal(target, null);
  const ok = draftToTarget({ ...draft, split: { ...draft.split, enabled: true } }).target!;
  assert.deepEqual(
    ok.split?.parts.map((p) => [
      p.sex,
      p.criterion.kind === 'relative_aenderung' && p.criterion.metric,
    ]),
    [
      ['w', { source: 'kennzahl', id: 'JFW_K2', sex: 'w' }],
      ['m', { source: 'kennzahl', id: 'JFW_K2', sex: 'm' }],
    ],
  );
});
