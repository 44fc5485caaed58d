/**
 * Sentences in the agreement's own words (issue 12): the wording variant of no-increase
 * targets, the agreed decimals of a change, local indicators by name, what a monitoring target
 * observes, the parts of a composite target. Expected sentences are written by hand.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Criterion, Metric } from './criteria.ts';
import { BORKEN_SENTENCE_CONTEXT, FIXTURE_INDICATOR_U25 } from './agreement-fixture.ts';
import { renderCriterion, renderTargetValue, type SentenceContext } from './sentence.ts';

const BORKEN = BORKEN_SENTENCE_CONTEXT;
const LEAD = 'Das Ziel ist im Jahr 2014 erreicht, wenn';
const JDW_LZB: Metric = { source: 'kennzahl', id: 'JDW_LZB', sex: 'insgesamt' };
const K2: Metric = { source: 'kennzahl', id: 'K2', sex: 'insgesamt' };

const sentence = (criterion: Criterion, ctx: Partial<SentenceContext> = {}) =>
  renderCriterion(criterion, { ...BORKEN, ...ctx });

test('no increase: each wording variant as the agreements write it, the seed’s by default', () => {
  const base = { kind: 'keine_erhoehung' as const, metric: JDW_LZB, decimals: 0 };
  const who =
    'der durchschnittliche Bestand an Langzeitleistungsbeziehern des Jobcenters des Kreises Borken gegenüber dem Vorjahr';
  assert.equal(
    sentence(base),
    `${LEAD} ${who} konstant bleibt und eine Erhöhung des durchschnittlichen Bestands vermieden werden kann.`,
  );
  assert.equal(sentence({ ...base, wording: 'konstant_vermeiden' }), sentence(base));
  assert.equal(sentence({ ...base, wording: 'gleich_bleibt' }), `${LEAD} ${who} gleich bleibt.`);
  assert.equal(sentence({ ...base, wording: 'nicht_steigt' }), `${LEAD} ${who} nicht steigt.`);
  assert.equal(
    renderTargetValue({ ...base, wording: 'nicht_steigt' }),
    'höchstens Vorjahreswert (keine Erhöhung)',
  );
});

test('a change keeps the agreed decimals: "um höchstens 7,0 % sinkt", not "7 %"', () => {
  const change = (value: number, decimals: number, unit: 'prozent' | 'prozentpunkte') =>
    ({
      kind: 'relative_aenderung',
      metric: JDW_LZB,
      comparison: 'mindestens',
      change: value,
      unit,
      referenceYear: null,
      decimals,
    }) satisfies Criterion;
  const who =
    'der durchschnittliche Bestand an Langzeitleistungsbeziehern des Jobcenters des Kreises Borken';
  assert.equal(
    sentence(change(-7, 1, 'prozent')),
    `${LEAD} ${who} gegenüber dem Vorjahr um höchstens 7,0 % sinkt.`,
  );
  assert.equal(
    renderTargetValue(change(-7, 1, 'prozent')),
    'mindestens −7,0 % gegenüber dem Vorjahr',
  );
  // the seed's Ziel II: 0,5 with one decimal is written as agreed
  assert.equal(
    sentence({ ...change(0.5, 1, 'prozent'), metric: K2 }),
    `${LEAD} die Integrationsquote des Jobcenters des Kreises Borken um 0,5 % gegenüber dem Vorjahr gesteigert wird.`,
  );
  // more places than agreed are never cut off; "1,0 Prozentpunkte" is plural
  assert.equal(
    renderTargetValue(change(1.25, 1, 'prozent')),
    'mindestens +1,25 % gegenüber dem Vorjahr',
  );
  assert.equal(
    renderTargetValue(change(1, 1, 'prozentpunkte')),
    'mindestens +1,0 Prozentpunkte gegenüber dem Vorjahr',
  );
  assert.equal(
    renderTargetValue(change(1, 0, 'prozentpunkte')),
    'mindestens +1 Prozentpunkt gegenüber dem Vorjahr',
  );
});

const U25 = FIXTURE_INDICATOR_U25;

test('a monitoring target names what it observes, a local indicator by its name', () => {
  assert.equal(
    sentence({ kind: 'monitoring', metric: JDW_LZB }),
    'Die Erreichung dieses Ziels wird durch ein Monitoring beobachtet. Gegenstand des Monitorings ist der durchschnittliche Bestand an Langzeitleistungsbeziehern des Jobcenters des Kreises Borken.',
  );
  const local: Criterion = {
    kind: 'monitoring',
    metric: { source: 'lokal', indicatorId: 'u25', aggregation: 'jahresdurchschnitt' },
  };
  assert.equal(
    sentence(local, { subject: '', indicators: [U25] }),
    'Die Erreichung dieses Ziels wird durch ein Monitoring beobachtet. Gegenstand des Monitorings ist der Indikator „eLb unter 25 Jahren“ (Jahresdurchschnitt).',
  );
});

test('a composite target names its parts as the agreement numbers them', () => {
  const composite = (combine: 'alle' | 'eines', parts: string[]): Criterion => ({
    kind: 'zusammengesetzt',
    combine,
    parts,
    rule: null,
    ruleText: null,
  });
  const gesamt = { role: 'gesamtziel' as const };
  assert.equal(
    sentence(composite('alle', ['II.1', 'II.2']), gesamt),
    'Das Gesamtziel ist erreicht, wenn die Teilziele II.1 und II.2 erreicht sind.',
  );
  assert.equal(
    sentence(composite('eines', ['II.1', 'II.2', 'II.3']), gesamt),
    'Das Gesamtziel ist erreicht, wenn mindestens eines der Teilziele II.1, II.2 und II.3 erreicht ist.',
  );
  assert.equal(
    sentence(composite('alle', ['IV.1']), gesamt),
    'Das Gesamtziel ist erreicht, wenn das Teilziel IV.1 erreicht ist.',
  );
  assert.equal(
    renderTargetValue(composite('alle', ['II.1', 'II.2'])),
    'die Teilziele II.1 und II.2 erreicht',
  );
  assert.equal(
    renderTargetValue(composite('eines', ['II.1', 'II.2'])),
    'mindestens eines der Teilziele II.1 und II.2 erreicht',
  );
});
