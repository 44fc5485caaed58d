import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Criterion, Metric } from '../agreements/criteria.ts';
type RelativeChange = Extract<Criterion, { kind: 'relative_aenderung' }>;
import { assessTarget } from './attainment.ts';
import {
  assessorWith,
  fixedBands,
  flat,
  AT_LEAST_1200_INT,
  makeContext,
  makeSnapshot,
  makeTarget,
  ZIEL_II,
  ZIEL_III,
} from './test-fixtures.ts';
import { PROTECTED } from '../disclosure/control/mark.ts';

/**
 * Without a size, F · exp(±0.02) ≈ ±2 % around the point forecast from every month, so the tests
 * do not depend on the shipped table; with a size N the scaled band ±0.2 gives exp(±0.2/√N).
 */
const BANDS = fixedBands(0.02, 0.2);

/** A JFW_K2-like reference year 2013: two points a month, December 24.2. */
const JFW_2013 = [2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24.2];
const DECEMBER = (value: number) => [...JFW_2013.slice(0, 11), value];

const assess = assessorWith(BANDS);

test('Ziel II is judged on the change at one decimal: +0,45 % meets +0,5 %, +0,449 % does not', () => {
  // 24.2 · 1.0045 = 24.3089: change exactly +0.45 % → +0.5 % (half away from zero) ≥ +0.5 %.
  const reached = assess(ZIEL_II, DECEMBER(24.3089), JFW_2013);
  assert.equal(reached.status, 'erreicht');
  assert.equal(reached.final, true);
  assert.equal(reached.month, 12);
  assert.deepEqual(reached.change, {
    exact: 0.45,
    rounded: 0.5,
    agreed: 0.5,
    unit: 'prozent',
    decimals: 1,
  });
  assert.ok(Math.abs(reached.target! - 24.321) < 1e-9);
  assert.ok(Math.abs(reached.gap! - (24.3089 - 24.321)) < 1e-9);
  assert.equal(reached.previousYear, 24.2);
  assert.equal(reached.forecast, null);
  // 24.2 · 1.00449 = 24.308658: +0.449 % → +0.4 % < +0.5 %, although 24.3087 rounds to the
  // threshold's 24.3 at one decimal: levels rounded first would have said erreicht.
  const missed = assess(ZIEL_II, DECEMBER(24.308658), JFW_2013);
  assert.equal(missed.status, 'nicht_erreicht');
  assert.equal(missed.change!.rounded, 0.4);
  assert.equal(missed.actualRounded, 24.3);
  assert.equal(missed.targetRounded, 24.3);
  // The example of docs/steering.md before the fix: 24.25 on 24.2 is +0.21 %, not +0.5 %.
  assert.equal(assess(ZIEL_II, DECEMBER(24.25), JFW_2013).status, 'nicht_erreicht');
});

test('the issue example: +2,5 % on 25,0 % is missed by 25,55 % (+2,2 %) and met by 25,6125 % (+2,45 %)', () => {
  const plus25: Criterion = { ...(ZIEL_II as RelativeChange), change: 2.5 };
  const reference = [...JFW_2013.slice(0, 11), 25];
  const missed = assess(plus25, DECEMBER(25.55), reference);
  assert.equal(missed.status, 'nicht_erreicht');
  assert.equal(missed.change!.rounded, 2.2);
  assert.match(
    missed.explanation,
    /Veränderung \+2,2 % \(exakt \+2,2 %\)|Veränderung \+2,2 %, vereinbart \+2,5 %/,
  );
  assert.equal(assess(plus25, DECEMBER(25.6125), reference).status, 'erreicht');
  assert.equal(assess(plus25, DECEMBER(25.612), reference).status, 'nicht_erreicht');
});

test('the explanation shows the rounded and exact figure and how the threshold came about', () => {
  // 24.317 / 24.2 − 1 = +0.48347… % → +0.5 % at one decimal.
  const result = assess(ZIEL_II, DECEMBER(24.317), JFW_2013);
  assert.equal(
    result.explanation,
    'Jahresfortschrittswert der Integrationsquote Dezember 2014: 24,3 % (exakt 24,317 %); Ziel: mindestens 24,3 % (Vorjahr 24,2 % + 0,5 %). Veränderung +0,5 % (exakt +0,4835 %), vereinbart +0,5 %. Erreicht.',
  );
  // An actual that is already round shows no "exakt".
  assert.match(
    assess(ZIEL_II, DECEMBER(24.3), JFW_2013).explanation,
    /^Jahresfortschrittswert der Integrationsquote Dezember 2014: 24,3 %; Ziel/,
  );
});

test('Ziel III at the boundary: no increase on 6715.0 at one decimal', () => {
  // 6715.04 → 6715.0 ≤ 6715.0: erreicht. 6715.05 → 6715.1 > 6715.0: nicht erreicht.
  const reference = flat(6715);
  const reached = assess(ZIEL_III, flat(6715.04), reference);
  assert.equal(reached.status, 'erreicht');
  assert.equal(reached.actualRounded, 6715);
  assert.ok(Math.abs(reached.gap! - 0.04) < 1e-9);
  assert.match(reached.explanation, /Ziel: höchstens 6\.715,0 \(Vorjahr 6\.715,0\)\. Erreicht\.$/);
  const missed = assess(ZIEL_III, flat(6715.05), reference);
  assert.equal(missed.status, 'nicht_erreicht');
  assert.equal(missed.actualRounded, 6715.1);
  // The reference rounds too: 6714.95 (stored as 6714.94999…) is 6715.0 at one decimal, so 6715.04 still passes.
  assert.equal(assess(ZIEL_III, flat(6715.04), flat(6714.95)).status, 'erreicht');
});

test('every bound and the Prozentpunkte/negative variants at their boundaries', () => {
  const k2 = (comparison: 'ueber' | 'unter', value: number): Criterion => ({
    kind: 'absolut',
    metric: { source: 'kennzahl', id: 'K2', sex: 'insgesamt' },
    comparison,
    value,
    tolerance: null,
    decimals: 1,
  });
  // über 26.0: 26.04 → 26.0 is not above; 26.05 → 26.1 is.
  assert.equal(assess(k2('ueber', 26), flat(26.04), flat(25)).status, 'nicht_erreicht');
  assert.equal(assess(k2('ueber', 26), flat(26.05), flat(25)).status, 'erreicht');
  // unter 26.0: 25.95 → 26.0 is not below; 25.94 → 25.9 is.
  assert.equal(assess(k2('unter', 26), flat(25.95), flat(25)).status, 'nicht_erreicht');
  assert.equal(assess(k2('unter', 26), flat(25.94), flat(25)).status, 'erreicht');
  // +0.5 Prozentpunkte on 24.2: 24.65 is +0.45 points → +0.5 reaches it; 24.64 is +0.44 → +0.4.
  const points: Criterion = {
    ...(ZIEL_II as Extract<Criterion, { kind: 'relative_aenderung' }>),
    unit: 'prozentpunkte',
  };
  assert.equal(assess(points, DECEMBER(24.65), JFW_2013).status, 'erreicht');
  assert.equal(assess(points, DECEMBER(24.64), JFW_2013).status, 'nicht_erreicht');
  assert.match(
    assess(points, DECEMBER(24.65), JFW_2013).explanation,
    /\(Vorjahr 24,2 % \+ 0,5 Prozentpunkte\)/,
  );
  // höchstens −3 % on 6715: the change is judged. 6513.55 is −3.0 % exactly; 6516.9075 is
  // −2.95 % → −3.0 % (half away from zero): passes; 6516.91 is −2.94996… % → −2.9 %: fails.
  const fall: Criterion = {
    kind: 'relative_aenderung',
    metric: { source: 'kennzahl', id: 'JDW_LZB', sex: 'insgesamt' },
    comparison: 'hoechstens',
    change: -3,
    unit: 'prozent',
    referenceYear: null,
    decimals: 1,
  };
  const fell = assess(fall, flat(6516.9075), flat(6715));
  assert.equal(fell.status, 'erreicht');
  assert.equal(fell.change!.rounded, -3);
  assert.match(fell.explanation, /Ziel: höchstens 6\.513,6 \(Vorjahr 6\.715,0 − 3,0 %\)/);
  assert.equal(assess(fall, flat(6516.91), flat(6715)).status, 'nicht_erreicht');
  assert.equal(assess(fall, flat(6513.55), flat(6715)).status, 'erreicht');
});

test('absolute level in December, and approximately within the tolerance', () => {
  const atLeast = AT_LEAST_1200_INT;
  // 1199.5 → 1200 (half away from zero) ≥ 1200; 1199.4 → 1199.
  assert.equal(assess(atLeast, flat(1199.5), flat(1000)).status, 'erreicht');
  assert.equal(assess(atLeast, flat(1199.4), flat(1000)).status, 'nicht_erreicht');
  const lzb: Metric = {
    source: 'grundgroesse',
    id: 'LZB',
    sex: 'insgesamt',
    aggregation: 'jahresdurchschnitt',
  };
  const about: Criterion = {
    kind: 'absolut',
    metric: lzb,
    comparison: 'ungefaehr',
    value: 3500,
    tolerance: 100,
    decimals: 0,
  };
  // |3600 − 3500| = 100 ≤ 100; 3600.5 → 3601 is 101 away; 3399.5 → 3400 is 100 away.
  const inside = assess(about, flat(3600.4), flat(3550));
  assert.equal(inside.status, 'erreicht');
  assert.match(inside.explanation, /Ziel: ca\. 3\.500 \(± 100\)\. Erreicht\.$/);
  assert.equal(assess(about, flat(3600.5), flat(3550)).status, 'nicht_erreicht');
  assert.equal(assess(about, flat(3399.5), flat(3550)).status, 'erreicht');
});

test('December quality: vorläufig is judged and said; fehlend falls back to the latest month', () => {
  const snapshot = makeSnapshot(DECEMBER(24.4), JFW_2013, 'vorlaeufig');
  const provisional = assessTarget(makeTarget(ZIEL_II), makeContext(snapshot), BANDS);
  assert.equal(provisional.status, 'erreicht');
  assert.match(provisional.explanation, /Der Dezemberwert ist vorläufig\. Erreicht\.$/);
  const missingDecember = makeSnapshot(
    [...JFW_2013.slice(0, 11).map((v) => v * 1.01), null],
    JFW_2013,
  );
  missingDecember.current[11] = { value: 24.4, quality: 'fehlend' };
  const fallback = assessTarget(makeTarget(ZIEL_II), makeContext(missingDecember), BANDS);
  assert.equal(fallback.month, 11);
  assert.equal(fallback.final, false);
  // November 22 · 1.01 = 22.22 → 22.2 ≥ 22 · 1.005 = 22.11 → 22.1: auf Kurs.
  assert.equal(fallback.status, 'auf_kurs');
  assert.match(fallback.explanation, /Der Dezemberwert fehlt noch/);
});

test("in-year against the reference year's same month: auf Kurs and gefährdet", () => {
  // March 2013: 6.0 → threshold 6.03 → 6.0. 6.04 → 6.0 meets it. Forecast 24.2 · 6.04/6 = 24.3613,
  // interval ±2 % = 23.87 … 24.85 overlaps the December threshold 24.3: no warning.
  const onCourse = assess(ZIEL_II, [2, 4, 6.04], JFW_2013);
  assert.equal(onCourse.status, 'auf_kurs');
  assert.equal(onCourse.month, 3);
  assert.equal(onCourse.final, false);
  assert.equal(onCourse.previousYear, 6);
  assert.ok(Math.abs(onCourse.target! - 6.03) < 1e-9);
  assert.ok(Math.abs(onCourse.forecast!.value - (24.2 * 6.04) / 6) < 1e-9);
  assert.match(
    onCourse.explanation,
    /März 2014: 6,0 % \(exakt 6,04 %\); Ziel: mindestens 6,0 % \(März 2013 6,0 % \+ 0,5 %\)\. Veränderung \+0,7 % \(exakt \+0,6667 %\), vereinbart \+0,5 %\. Auf Kurs\.$/,
  );
  // 5.9 < 6.0: gefährdet; forecast 24.2 · 5.9/6 = 23.797, high 24.27 → 24.3 still reaches: no forecast sentence.
  const behind = assess(ZIEL_II, [2, 4, 5.9], JFW_2013);
  assert.equal(behind.status, 'gefaehrdet');
  assert.doesNotMatch(behind.explanation, /Prognose/);
  // No increase in-year: March 2013 6800; 6800.04 → 6800.0 passes, 6800.05 → 6800.1 does not.
  assert.equal(assess(ZIEL_III, [6800, 6800, 6800.04], flat(6800)).status, 'auf_kurs');
  assert.equal(assess(ZIEL_III, [6800, 6800, 6800.05], flat(6800)).status, 'gefaehrdet');
});

test('in-year against the Soll-Verlauf, and the forecast overrides a met month', () => {
  const path = [1.8, 3.7, 5.5, null, null, null, null, null, null, null, null, 24.4];
  // March 5.8 ≥ Soll 5.5: met. Forecast 24.2 · 5.8/6 = 23.393, high · 1.02 = 23.861 → 23.9 < 24.3:
  // the whole interval misses the December threshold → gefährdet, and the explanation says why.
  const warned = assess(ZIEL_II, [1.9, 3.8, 5.8], JFW_2013, { path });
  assert.equal(warned.status, 'gefaehrdet');
  assert.equal(warned.target, 5.5);
  assert.match(
    warned.explanation,
    /Ziel: mindestens 5,5 % \(Soll-Verlauf März\)\. Der Monatswert erfüllt das Ziel, aber die Prognose für Dezember \(23,4 %, 80-%-Intervall 22,9 % bis 23,9 %\) liegt ganz unter dem Jahresziel von mindestens 24,3 % \(Vorjahr 24,2 % \+ 0,5 %\)\. Gefährdet\.$/,
  );
  // April has no Soll value: back to the reference month (8 · 1.005 = 8.04 → 8.0); 8.1 ≥ 8.0.
  assert.equal(assess(ZIEL_II, [1.9, 3.8, 5.8, 8.1], JFW_2013, { path }).status, 'auf_kurs');
});

test('the size behind a quota narrows the forecast interval (AssessOptions.forecastSize)', () => {
  // March 5.96 on 6.0 is −0.7 %: the month misses +0.5 % (gefährdet). F = 24.2 · 5.96/6 = 24.0387.
  // Pooled: high = F · e^0.02 = 24.524, +1.3 % on 24.2: the interval reaches the target, no sentence.
  const target = makeTarget(ZIEL_II);
  const ctx = makeContext(makeSnapshot([2, 4, 5.96], JFW_2013));
  const pooled = assessTarget(target, ctx, BANDS);
  assert.equal(pooled.status, 'gefaehrdet');
  assert.doesNotMatch(pooled.explanation, /Prognose/);
  // Size 10,000 integrations: high = F · e^(0.2/100) = 24.087, −0.5 %: the whole interval misses.
  const sized = assessTarget(target, ctx, BANDS, { forecastSize: 10_000 });
  assert.equal(sized.status, 'gefaehrdet');
  assert.match(sized.explanation, /Auch die Prognose für Dezember/);
  assert.ok(Math.abs(sized.forecast!.high - ((24.2 * 5.96) / 6) * Math.exp(0.002)) < 1e-9);
});

test("absolute level in-year: the December value scaled by the reference year's course", () => {
  // Σ INT 2013: March 300, December 1000 → March share 0.3 → 1200 · 0.3 = 360; 365 ≥ 360.
  const atLeast = AT_LEAST_1200_INT;
  const reference = [100, 200, 300, 400, 500, 600, 700, 800, 900, 950, 980, 1000];
  const result = assess(atLeast, [110, 220, 365], reference);
  assert.equal(result.status, 'auf_kurs');
  assert.equal(result.target, 360);
  assert.equal(result.gap, 5);
  assert.equal(assess(atLeast, [110, 220, 359], reference).status, 'gefaehrdet');
  // Without the reference December the share cannot be formed: pro rata, 1200 · 3/12 = 300.
  const proRata = assess(atLeast, [110, 220, 299], [...reference.slice(0, 11), null]);
  assert.equal(proRata.status, 'gefaehrdet');
  assert.equal(proRata.target, 300);
  assert.match(
    proRata.explanation,
    /Ziel: mindestens 300 \(Jahreswert 1\.200 anteilig für 3 von 12 Monaten\)/,
  );
  // Without any reference year at all, too: a new Jobcenter's first year is still judged.
  assert.equal(assess(atLeast, [110, 220, 300], []).status, 'auf_kurs');
});

test('no data: offen while the year runs, nicht bewertbar after it; a missing reference value → nicht bewertbar', () => {
  const running = assess(ZIEL_II, [], JFW_2013, { today: '2014-12-31' });
  assert.equal(running.status, 'offen');
  assert.equal(running.reason, 'noch_keine_daten');
  const ended = assess(ZIEL_II, [], JFW_2013, { today: '2015-01-01' });
  assert.equal(ended.status, 'nicht_bewertbar');
  assert.equal(ended.reason, 'keine_daten');
  assert.equal(ended.explanation, 'Es liegen keine Daten für 2014 vor. Nicht bewertbar.');
  // without a snapshot and without a year the period cannot have ended
  assert.equal(assessTarget(makeTarget(ZIEL_II), makeContext(null), BANDS).status, 'offen');
  const noReference = assess(ZIEL_II, DECEMBER(24.4), [...JFW_2013.slice(0, 11), null]);
  assert.equal(noReference.status, 'nicht_bewertbar');
  assert.equal(noReference.actual, 24.4);
  assert.equal(noReference.previousYear, null);
  assert.equal(noReference.reason, 'vergleichswert_fehlt');
  assert.match(noReference.explanation, /Der Vergleichswert Dezember 2013 fehlt\./);
});

test('monitoring: nicht bewertbar, with the figures', () => {
  const monitoring: Criterion = {
    kind: 'monitoring',
    metric: { source: 'kennzahl', id: 'K1', sex: 'insgesamt' },
  };
  const result = assess(monitoring, flat(-2.345), flat(1.5));
  assert.equal(result.status, 'nicht_bewertbar');
  assert.equal(result.actual, -2.345);
  assert.equal(result.actualRounded, -2.3);
  assert.equal(result.previousYear, 1.5);
  assert.equal(result.target, null);
  assert.equal(result.forecast, null);
  assert.equal(
    result.explanation,
    'Beobachtungsziel ohne Bewertung. Veränderung der Leistungen zum Lebensunterhalt seit Jahresbeginn Dezember 2014: −2,345 % (Vorjahr 1,5 %).',
  );
});

test('milestones: recorded state, due date, and no automatic failure', () => {
  const milestone = (state: 'offen' | 'in_arbeit' | 'erreicht' | 'nicht_erreicht'): Criterion => ({
    kind: 'meilenstein',
    condition: 'das Projekt etabliert ist',
    due: '2014-12-31',
    evidence: 'Projektbericht liegt vor',
    state,
    stateNote: null,
  });
  const at = (state: Parameters<typeof milestone>[0], today: string) =>
    assess(milestone(state), [], [], { today });
  assert.equal(at('erreicht', '2014-06-01').status, 'erreicht');
  assert.equal(at('erreicht', '2014-06-01').final, true);
  assert.equal(at('nicht_erreicht', '2015-02-01').status, 'nicht_erreicht');
  assert.equal(at('offen', '2014-12-31').status, 'offen');
  assert.equal(at('in_arbeit', '2014-12-31').status, 'auf_kurs');
  // past the due date without a recorded result: "Stand nicht festgehalten", not gefährdet
  const late = at('in_arbeit', '2015-01-01');
  assert.equal(late.status, 'nicht_bewertbar');
  assert.equal(late.reason, 'stand_nicht_festgehalten');
  assert.match(
    late.explanation,
    /^Fällig am 31\.12\.2014, das Ergebnis ist nicht festgehalten \(Stand: in Arbeit\)\. .*\(Nachweis: Projektbericht liegt vor\).*weder „gefährdet“ noch „nicht erreicht“\. Stand nicht festgehalten\.$/,
  );
  assert.equal(at('offen', '2015-01-01').reason, 'stand_nicht_festgehalten');
});

test('statistical targets wait for measurability, then for the pilot evaluation', () => {
  const statistical: Criterion = {
    kind: 'statistisch',
    measure: 'Beschäftigungsdauer',
    population: 'Pilot',
    test: 'log_rank',
    direction: 'erhoeht',
    alpha: 0.05,
    sides: 'einseitig',
    measurableFrom: '2014-10',
    condition: 'sich die Beschäftigungsdauer signifikant erhöht',
  };
  assert.equal(assess(statistical, [], [], { today: '2014-09-30' }).status, 'offen');
  const measurable = assess(statistical, [], [], { today: '2014-10-01' });
  assert.equal(measurable.status, 'nicht_bewertbar');
  assert.match(
    measurable.explanation,
    /wird mit der Pilotevaluation \(Überlebenszeitanalyse\) bewertet/,
  );
});

test('composites: the truth table of status-rules.ts', () => {
  const composite = (combine: 'alle' | 'eines'): Criterion => ({
    kind: 'zusammengesetzt',
    combine,
    parts: ['a', 'b'],
    rule: null,
    ruleText: null,
  });
  const judge = (combine: 'alle' | 'eines', a: string | undefined, b: string | undefined) => {
    const statuses = Object.fromEntries(
      Object.entries({ a, b }).filter(([, s]) => s !== undefined),
    ) as Record<string, never>;
    return assessTarget(
      makeTarget(composite(combine), { role: 'gesamtziel' }),
      makeContext(null, '2014-06-01', statuses),
      BANDS,
    ).status;
  };
  const alle: [string, string | undefined, string][] = [
    ['erreicht', 'erreicht', 'erreicht'],
    ['erreicht', 'nicht_erreicht', 'nicht_erreicht'],
    ['auf_kurs', 'erreicht', 'auf_kurs'],
    ['auf_kurs', 'offen', 'offen'],
    ['gefaehrdet', 'auf_kurs', 'gefaehrdet'],
    ['gefaehrdet', 'nicht_bewertbar', 'nicht_bewertbar'],
    ['erreicht', undefined, 'nicht_bewertbar'],
    ['nicht_bewertbar', 'nicht_erreicht', 'nicht_erreicht'],
  ];
  for (const [a, b, expected] of alle)
    assert.equal(judge('alle', a, b), expected, `alle ${a} ${b}`);
  const eines: [string, string | undefined, string][] = [
    ['nicht_erreicht', 'erreicht', 'erreicht'],
    ['nicht_erreicht', 'nicht_erreicht', 'nicht_erreicht'],
    ['nicht_erreicht', 'auf_kurs', 'auf_kurs'],
    ['gefaehrdet', 'offen', 'offen'],
    ['nicht_erreicht', 'gefaehrdet', 'gefaehrdet'],
    ['nicht_erreicht', 'nicht_bewertbar', 'nicht_bewertbar'],
    ['nicht_erreicht', undefined, 'nicht_bewertbar'],
  ];
  for (const [a, b, expected] of eines)
    assert.equal(judge('eines', a, b), expected, `eines ${a} ${b}`);
  const listed = assessTarget(
    makeTarget(composite('alle')),
    makeContext(null, '2014-06-01', { a: 'erreicht', b: 'auf_kurs' }),
    BANDS,
  );
  assert.equal(
    listed.explanation,
    'Alle Teilziele müssen erreicht sein; Teilziele: a erreicht, b auf Kurs. Auf Kurs.',
  );
  assert.equal(listed.final, false);
});

test('a composite rule is judged like a target of its own; a target without criterion is not judged', () => {
  // Ziel III Gesamtziel: JDW_LZB below the previous year (unter −0 %): 6700 < 6715.
  const rule: Criterion = {
    kind: 'relative_aenderung',
    metric: { source: 'kennzahl', id: 'JDW_LZB', sex: 'insgesamt' },
    comparison: 'unter',
    change: 0,
    unit: 'prozent',
    referenceYear: null,
    decimals: 1,
  };
  const composite: Criterion = {
    kind: 'zusammengesetzt',
    combine: 'regel',
    parts: ['III.1'],
    rule,
    ruleText: 'die Teilziele zu einem Abbau führen',
  };
  assert.equal(assess(composite, flat(6700), flat(6715)).status, 'erreicht');
  assert.equal(assess(composite, flat(6715.04), flat(6715)).status, 'nicht_erreicht');
  assert.equal(
    assess({ ...composite, rule: null }, flat(6700), flat(6715)).status,
    'nicht_bewertbar',
  );
  assert.equal(assess(null, flat(6700), flat(6715)).status, 'nicht_bewertbar');
});

test('withheld months (disclosure control): the latest released month is judged and the reason said', () => {
  const withheld = { value: null, quality: 'eingeschraenkt' as const, suppressed: PROTECTED };
  const later = makeSnapshot([...JFW_2013.slice(0, 10).map((v) => v * 1.01), null, null], JFW_2013);
  later.current[10] = withheld;
  later.current[11] = withheld;
  const judged = assessTarget(makeTarget(ZIEL_II), makeContext(later), BANDS);
  assert.equal(judged.month, 10);
  // October 20 · 1.01 = 20.2 ≥ 20 · 1.005 = 20.1: auf Kurs
  assert.equal(judged.status, 'auf_kurs');
  assert.match(
    judged.explanation,
    /Neuere Monate sind zum Schutz kleiner Fallzahlen gesperrt \(•\)/,
  );
  const all = makeSnapshot([], JFW_2013);
  all.current = Array.from({ length: 12 }, () => withheld);
  const none = assessTarget(makeTarget(ZIEL_II), makeContext(all), BANDS);
  assert.equal(none.status, 'nicht_bewertbar');
  assert.equal(none.actual, null);
  assert.match(none.explanation, /zum Schutz kleiner Fallzahlen gesperrt/);
});
