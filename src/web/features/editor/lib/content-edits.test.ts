import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFixtureAgreement } from '../../../../domain/agreements/agreement-fixture.ts';
import { targetsOf, type Target } from '../../../../domain/agreements/agreement.ts';
import { applyEdit, locateTarget, nextTargetSlot } from './content-edits.ts';

const target = (id: string): Target => ({
  id,
  role: 'teilziel',
  title: null,
  text: [],
  lead: null,
  values: { offer: null, path: null },
  split: null,
  after: [],
  criterion: {
    kind: 'keine_erhoehung',
    metric: { source: 'kennzahl', id: 'JDW_LZB', sex: 'insgesamt' },
    decimals: 1,
  },
});

test('an added target lands at the end of its goal; the original content is untouched', () => {
  const content = buildFixtureAgreement();
  const before = JSON.stringify(content);
  const slot = nextTargetSlot(content, content.goals[1]!.number);
  const result = applyEdit(content, {
    kind: 'add-target',
    goalNumber: content.goals[1]!.number,
    target: target(slot.id),
  });
  assert.ok(result.ok);
  assert.equal(JSON.stringify(content), before);
  const blocks = result.content.goals[1]!.blocks;
  assert.deepEqual(blocks.at(-1), { kind: 'ziel', target: target(slot.id) });
  assert.equal(locateTarget(result.content, slot.id), `goals.1.blocks.${blocks.length - 1}.target`);
});

test('the next slot of a goal: its own id while it has no target, then the first free "n.k"', () => {
  const content = buildFixtureAgreement();
  const ids = new Set(targetsOf(content).map((t) => t.id));
  const goal = content.goals[1]!.number;
  const expected = [1, 2, 3, 4, 5, 6].map((k) => `${goal}.${k}`).find((id) => !ids.has(id));
  assert.deepEqual(
    nextTargetSlot(content, goal),
    ids.has(goal) ? { id: expected, role: 'teilziel' } : { id: goal, role: 'hauptziel' },
  );
  assert.deepEqual(nextTargetSlot(content, 'IX'), { id: 'IX', role: 'hauptziel' });
});

test('replacing or removing a target that another user removed meanwhile says so instead of guessing', () => {
  const content = buildFixtureAgreement();
  const first = targetsOf(content)[0]!;
  const replaced = applyEdit(content, {
    kind: 'replace-target',
    targetId: first.id,
    target: { ...first, title: 'Neu' },
  });
  assert.ok(replaced.ok && targetsOf(replaced.content)[0]!.title === 'Neu');
  const removed = applyEdit(content, { kind: 'remove-target', targetId: first.id });
  assert.ok(removed.ok && !targetsOf(removed.content).some((t) => t.id === first.id));
  assert.deepEqual(applyEdit(content, { kind: 'remove-target', targetId: 'nicht-da' }), {
    ok: false,
    reason: 'Das Ziel nicht-da gibt es nicht (mehr).',
  });
  assert.equal(
    applyEdit(content, { kind: 'add-target', goalNumber: 'IX', target: target('IX') }).ok,
    false,
  );
});
