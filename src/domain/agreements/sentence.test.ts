import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Criterion, LocalIndicator, Metric } from './criteria.ts';
import {
  leadOf,
  MONITORING_SENTENCE,
  renderCriterion,
  renderStatisticalDetails,
  renderTargetValue,
  type SentenceContext,
} from './sentence.ts';
import { ZIEL_II, ZIEL_III } from '../monitoring/test-fixtures.ts';
import { BORKEN_SENTENCE_CONTEXT } from './agreement-fixture.ts';

const BORKEN = BORKEN_SENTENCE_CONTEXT;
const LEAD = 'Das Ziel ist im Jahr 2014 erreicht, wenn';
const K2: Metric = { source: 'kennzahl', id: 'K2', sex: 'insgesamt' };
const LZB_AVG: Metric = {
  source: 'grundgroesse',
  id: 'LZB',
  sex: 'insgesamt',
  aggregation: 'jahresdurchschnitt',
};
const INT_SUM: Metric = {
  source: 'grundgroesse',
  id: 'INT',
  sex: 'insgesamt',
  aggregation: 'jahressumme',
};

function relative(
  change: number,
  comparison: 'mindestens' | 'hoechstens' | 'ueber' | 'unter',
  unit: 'prozent' | 'prozentpunkte' = 'prozent',
  referenceYear: number | null = null,
  decimals = 0,
): Criterion {
  return {
    kind: 'relative_aenderung',
    metric: K2,
    comparison,
    change,
    unit,
    referenceYear,
    decimals,
  };
}

function absolute(
  metric: Metric,
  comparison: 'mindestens' | 'hoechstens' | 'ueber' | 'unter' | 'ungefaehr',
  value: number,
  tolerance: number | null = null,
): Criterion {
  return { kind: 'absolut', metric, comparison, value, tolerance, decimals: 1 };
}

const sentence = (criterion: Criterion, ctx: Partial<SentenceContext> = {}) =>
  renderCriterion(criterion, { ...BORKEN, ...ctx });

test("the seed's Ziel II and Ziel III as sentences, word for word as signed", () => {
  assert.equal(
    sentence(ZIEL_II),
    `${LEAD} die Integrationsquote des Jobcenters des Kreises Borken um 0,5 % gegenüber dem Vorjahr gesteigert wird.`,
  );
  assert.equal(
    sentence(ZIEL_III),
    `${LEAD} der durchschnittliche Bestand an Langzeitleistungsbeziehern des Jobcenters des Kreises Borken gegenüber dem Vorjahr konstant bleibt und eine Erhöhung des durchschnittlichen Bestands vermieden werden kann.`,
  );
});

test('relative change: direction by sign, strict bounds as "mehr/weniger als", Prozentpunkte worded apart', () => {
  const tail = (c: Criterion) =>
    sentence(c).replace(`${LEAD} die Integrationsquote des Jobcenters des Kreises Borken `, '');
  assert.equal(
    tail(relative(0.5, 'ueber')),
    'um mehr als 0,5 % gegenüber dem Vorjahr gesteigert wird.',
  );
  assert.equal(tail(relative(14, 'hoechstens')), 'gegenüber dem Vorjahr um höchstens 14 % steigt.');
  assert.equal(tail(relative(2, 'unter')), 'gegenüber dem Vorjahr um weniger als 2 % steigt.');
  // value ≤ ref · 0.97 is a fall by at least 3 %; value ≥ ref · 0.97 a fall by at most 3 %.
  assert.equal(tail(relative(-3, 'hoechstens')), 'gegenüber dem Vorjahr um mindestens 3 % sinkt.');
  assert.equal(tail(relative(-3, 'unter')), 'gegenüber dem Vorjahr um mehr als 3 % sinkt.');
  assert.equal(tail(relative(-3, 'mindestens')), 'gegenüber dem Vorjahr um höchstens 3 % sinkt.');
  assert.equal(tail(relative(-3, 'ueber')), 'gegenüber dem Vorjahr um weniger als 3 % sinkt.');
  // change 0: the bound alone gives the direction ("unter −0 %": a fall).
  assert.equal(tail(relative(0, 'unter')), 'gegenüber dem Vorjahr sinkt.');
  assert.equal(tail(relative(0, 'mindestens')), 'gegenüber dem Vorjahr nicht sinkt.');
  assert.equal(
    tail(relative(0.5, 'mindestens', 'prozentpunkte')),
    'um 0,5 Prozentpunkte gegenüber dem Vorjahr gesteigert wird.',
  );
  assert.equal(
    tail(relative(1, 'mindestens', 'prozentpunkte')),
    'um 1 Prozentpunkt gegenüber dem Vorjahr gesteigert wird.',
  );
  assert.equal(
    tail(relative(1.25, 'mindestens', 'prozent', 2012)),
    'um 1,25 % gegenüber dem Jahr 2012 gesteigert wird.',
  );
});

test('absolute levels: bounds, approximate with tolerance, counts without decimals', () => {
  assert.equal(
    sentence(absolute(K2, 'mindestens', 26.1)),
    `${LEAD} die Integrationsquote des Jobcenters des Kreises Borken mindestens 26,1 % beträgt.`,
  );
  assert.equal(
    sentence(absolute(K2, 'ueber', 26)),
    `${LEAD} die Integrationsquote des Jobcenters des Kreises Borken über 26,0 % liegt.`,
  );
  assert.equal(
    sentence(absolute(INT_SUM, 'hoechstens', 3500)),
    `${LEAD} die Zahl der Integrationen des Jobcenters des Kreises Borken höchstens 3.500 beträgt.`,
  );
  assert.equal(
    sentence(absolute(INT_SUM, 'unter', 612)),
    `${LEAD} die Zahl der Integrationen des Jobcenters des Kreises Borken unter 612 liegt.`,
  );
  assert.equal(
    sentence(absolute(LZB_AVG, 'ungefaehr', 3500, 100)),
    `${LEAD} der durchschnittliche Bestand an Langzeitleistungsbeziehern des Jobcenters des Kreises Borken ca. 3.500 (± 100) beträgt.`,
  );
  assert.equal(
    sentence(absolute(K2, 'ungefaehr', 26, 0.5)),
    `${LEAD} die Integrationsquote des Jobcenters des Kreises Borken ca. 26,0 % (± 0,5 Prozentpunkte) beträgt.`,
  );
});

test('metric names: sex, adjectives after the article, base quantities, local indicators', () => {
  const women: Criterion = {
    kind: 'keine_erhoehung',
    metric: { source: 'kennzahl', id: 'K2', sex: 'w' },
    decimals: 1,
  };
  assert.equal(
    sentence(women, { subject: '' }),
    `${LEAD} die Integrationsquote der Frauen gegenüber dem Vorjahr konstant bleibt und eine Erhöhung vermieden werden kann.`,
  );
  const men: Criterion = {
    kind: 'keine_erhoehung',
    metric: { source: 'grundgroesse', id: 'INT', sex: 'm', aggregation: 'jahressumme' },
    decimals: 0,
  };
  assert.match(sentence(men), /wenn die Zahl der Integrationen der Männer des Jobcenters/);
  const rate: Criterion = {
    kind: 'keine_erhoehung',
    metric: { source: 'kennzahl', id: 'K1E3', sex: 'insgesamt' },
    decimals: 1,
  };
  assert.match(
    sentence(rate),
    /wenn die durchschnittliche Zugangsrate der erwerbsfähigen Leistungsberechtigten des/,
  );
  const stock: Criterion = {
    kind: 'keine_erhoehung',
    metric: { source: 'grundgroesse', id: 'ELB', sex: 'insgesamt', aggregation: 'monatswert' },
    decimals: 0,
  };
  assert.match(
    sentence(stock),
    /wenn der Bestand an erwerbsfähigen Leistungsberechtigten im Berichtsmonat des/,
  );
  const indicators: LocalIndicator[] = [
    {
      id: 'u25',
      name: 'eLb unter 25 Jahren',
      definition: 'eLb jünger als 25',
      unit: 'Personen',
      source: { kind: 'manuell' },
    },
  ];
  const local = absolute(
    { source: 'lokal', indicatorId: 'u25', aggregation: 'jahresdurchschnitt' },
    'hoechstens',
    900,
  );
  assert.match(
    sentence(local, { indicators }),
    /wenn der Indikator „eLb unter 25 Jahren“ \(Jahresdurchschnitt\) des Jobcenters des Kreises Borken höchstens 900 beträgt\.$/,
  );
  // Without the indicator list the id stands in for the name.
  assert.match(sentence(local), /der Indikator „u25“/);
});

test("monitoring: the seed's sentence, whatever the role or lead, then what it observes", () => {
  const monitoring: Criterion = {
    kind: 'monitoring',
    metric: { source: 'kennzahl', id: 'K1', sex: 'insgesamt' },
  };
  const observed =
    'Die Erreichung dieses Ziels wird durch ein Monitoring beobachtet. Gegenstand des Monitorings ist die Veränderung der Summe der Leistungen zum Lebensunterhalt des Jobcenters des Kreises Borken.';
  assert.equal(sentence(monitoring), observed);
  assert.ok(sentence(monitoring).startsWith(MONITORING_SENTENCE));
  assert.equal(
    sentence(monitoring, { role: 'teilziel', lead: 'Das Ziel gilt als erreicht,' }),
    observed,
  );
});

test("milestones: default lead by role, the agreement's own lead replaces it", () => {
  const milestone: Criterion = {
    kind: 'meilenstein',
    condition:
      'in einem dritten großen Jobcenter im Kreis Borken in 2014 das Vermittlungsprojekt in Eigenregie in der Praxis etabliert wird.',
    due: '2014-12-31',
    evidence: null,
    state: 'offen',
    stateNote: null,
  };
  const condition =
    'in einem dritten großen Jobcenter im Kreis Borken in 2014 das Vermittlungsprojekt in Eigenregie in der Praxis etabliert wird.';
  assert.equal(
    sentence(milestone, { role: 'teilziel' }),
    `Das Ziel ist erreicht, wenn ${condition}`,
  );
  assert.equal(
    sentence(milestone, { role: 'hauptziel' }),
    `Das Ziel ist im Jahr 2014 erreicht, wenn ${condition}`,
  );
  assert.equal(
    sentence(milestone, { role: 'gesamtziel' }),
    `Das Gesamtziel ist erreicht, wenn ${condition}`,
  );
  assert.equal(
    sentence(milestone, { role: 'teilziel', lead: 'Das Ziel gilt als erreicht,' }),
    `Das Ziel gilt als erreicht, wenn ${condition}`,
  );
  assert.equal(
    leadOf('teilziel', 2014, 'Das Ziel Verbesserung von Leistungsprozessen in 2014 ist erreicht'),
    'Das Ziel Verbesserung von Leistungsprozessen in 2014 ist erreicht,',
  );
  assert.equal(leadOf('teilziel', 2014, '  '), 'Das Ziel ist erreicht,');
});

test('statistical target: sentence and details apart', () => {
  const statistical: Criterion = {
    kind: 'statistisch',
    measure: 'durchschnittliche Beschäftigungsdauer',
    population: 'innerhalb dieser Pilotierung',
    test: 'log_rank',
    direction: 'erhoeht',
    alpha: 0.05,
    sides: 'einseitig',
    measurableFrom: '2014-10',
    condition:
      'sich die durchschnittliche Beschäftigungsdauer innerhalb dieser Pilotierung, messbar ab dem 4. Quartal 2014, signifikant erhöht',
  };
  assert.equal(
    sentence(statistical, { role: 'teilziel' }),
    'Das Ziel ist erreicht, wenn sich die durchschnittliche Beschäftigungsdauer innerhalb dieser Pilotierung, messbar ab dem 4. Quartal 2014, signifikant erhöht.',
  );
  assert.equal(
    renderStatisticalDetails(statistical),
    'Prüfung: Log-Rank-Test, einseitig, α = 0,05, messbar ab 10/2014',
  );
  assert.equal(
    renderStatisticalDetails({
      ...statistical,
      test: 'rmst_differenz',
      sides: 'zweiseitig',
      alpha: 0.1,
    }),
    'Prüfung: Differenz der eingeschränkten mittleren Verweildauer (RMST), zweiseitig, α = 0,1, messbar ab 10/2014',
  );
});

test('composite targets: all, any, rule text, rule without text', () => {
  const base = {
    kind: 'zusammengesetzt' as const,
    parts: ['III.1', 'III.2'],
    rule: null,
    ruleText: null,
  };
  assert.equal(
    sentence({ ...base, combine: 'alle' }, { role: 'gesamtziel' }),
    'Das Gesamtziel ist erreicht, wenn die Teilziele III.1 und III.2 erreicht sind.',
  );
  assert.equal(
    sentence({ ...base, combine: 'eines' }, { role: 'gesamtziel' }),
    'Das Gesamtziel ist erreicht, wenn mindestens eines der Teilziele III.1 und III.2 erreicht ist.',
  );
  const ruleText =
    'die oben genannten Teilziele in 2014 in ihrer Summe erneut zu einem Abbau des Bestands an Langzeitleistungsbeziehern führen';
  const rule: Criterion = {
    kind: 'relative_aenderung',
    metric: { source: 'kennzahl', id: 'JDW_LZB', sex: 'insgesamt' },
    comparison: 'unter',
    change: 0,
    unit: 'prozent',
    referenceYear: null,
    decimals: 1,
  };
  assert.equal(
    sentence({ ...base, combine: 'regel', rule, ruleText }, { role: 'gesamtziel' }),
    `Das Gesamtziel ist erreicht, wenn ${ruleText}.`,
  );
  assert.equal(
    sentence({ ...base, combine: 'regel', rule, ruleText: null }, { role: 'gesamtziel' }),
    'Das Gesamtziel ist erreicht, wenn der durchschnittliche Bestand an Langzeitleistungsbeziehern des Jobcenters des Kreises Borken gegenüber dem Vorjahr sinkt.',
  );
});

test('target values as short text', () => {
  assert.equal(renderTargetValue(ZIEL_II), 'mindestens +0,5 % gegenüber dem Vorjahr');
  assert.equal(
    renderTargetValue(relative(-3, 'hoechstens', 'prozentpunkte')),
    'höchstens −3 Prozentpunkte gegenüber dem Vorjahr',
  );
  assert.equal(renderTargetValue(ZIEL_III), 'höchstens Vorjahreswert (keine Erhöhung)');
  assert.equal(renderTargetValue(absolute(K2, 'mindestens', 26.1)), 'mindestens 26,1 %');
  assert.equal(renderTargetValue(absolute(LZB_AVG, 'ungefaehr', 3500, 100)), 'ca. 3.500 (± 100)');
  // no tolerance stated: none is invented
  assert.equal(renderTargetValue(absolute(LZB_AVG, 'ungefaehr', 2800, null)), 'ca. 2.800');
  assert.equal(renderTargetValue({ kind: 'monitoring', metric: K2 }), 'Monitoring ohne Zielwert');
  assert.equal(
    renderTargetValue({
      kind: 'meilenstein',
      condition: 'x',
      due: '2014-12-31',
      evidence: null,
      state: 'in_arbeit',
      stateNote: null,
    }),
    'Meilenstein, fällig am 31.12.2014 (Stand: in Arbeit)',
  );
  assert.equal(
    renderTargetValue({
      kind: 'zusammengesetzt',
      combine: 'eines',
      parts: [],
      rule: null,
      ruleText: null,
    }),
    'mindestens eines der Teilziele erreicht',
  );
});
