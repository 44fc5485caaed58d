/**
 * The judging rules of target agreements, each at and just beyond its boundary, with
 * expectations worked out by hand in the comments (issue "every target judged as the parties
 * judge it").
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Criterion, Metric } from '../agreements/criteria.ts';
import { referenceYearOf } from '../agreements/metric-of.ts';
import { openValueProblems } from '../agreements/open-values.ts';
import { renderCriterion } from '../agreements/sentence.ts';
import { asOfDate, lastDayOfMonth, periodEnded } from './as-of.ts';
import { assessTarget } from './attainment.ts';
import { cumulativeChange } from './steering-values.ts';
import {
  assessorWith,
  fixedBands,
  AT_LEAST_1200_INT,
  INT_SUM,
  makeTarget,
} from './test-fixtures.ts';
import type { Observation } from './types.ts';

const BANDS = fixedBands(0.001);
const judge = assessorWith(BANDS);

const LZB_STOCK: Metric = {
  source: 'grundgroesse',
  id: 'LZB',
  sex: 'insgesamt',
  aggregation: 'monatswert',
};
const K2: Metric = { source: 'kennzahl', id: 'K2', sex: 'insgesamt' };

test('rule 1: a level target stays judged at the agreed precision ("31,1 % erreicht" with 31,06 %)', () => {
  const level: Criterion = {
    kind: 'absolut',
    metric: K2,
    comparison: 'mindestens',
    value: 31.1,
    tolerance: null,
    decimals: 1,
  };
  // 31.05 → 31.1 (half away from zero) ≥ 31.1; 31.049 → 31.0 < 31.1.
  assert.equal(judge(level, Array(12).fill(31.06), []).status, 'erreicht');
  assert.equal(judge(level, Array(12).fill(31.05), []).status, 'erreicht');
  assert.equal(judge(level, Array(12).fill(31.049), []).status, 'nicht_erreicht');
});

test('rule 1: a change in Prozentpunkte at one decimal: +0,45 points meet +0,5, +0,44 do not', () => {
  const points: Criterion = {
    kind: 'relative_aenderung',
    metric: K2,
    comparison: 'mindestens',
    change: 0.5,
    unit: 'prozentpunkte',
    referenceYear: null,
    decimals: 1,
  };
  // 25.0 → 25.45: +0.45 points → +0.5; 25.44: +0.44 → +0.4.
  const met = judge(points, Array(12).fill(25.45), Array(12).fill(25));
  assert.equal(met.status, 'erreicht');
  assert.deepEqual(met.change, {
    exact: 0.45,
    rounded: 0.5,
    agreed: 0.5,
    unit: 'prozentpunkte',
    decimals: 1,
  });
  assert.equal(judge(points, Array(12).fill(25.44), Array(12).fill(25)).status, 'nicht_erreicht');
  // A relative change on a reference of 0 cannot be formed: nicht bewertbar with the reason.
  const relative: Criterion = { ...points, unit: 'prozent' };
  const zero = judge(relative, Array(12).fill(3), Array(12).fill(0));
  assert.equal(zero.status, 'nicht_bewertbar');
  assert.equal(zero.reason, 'vergleichswert_fehlt');
});

test('rule 2: the K1 steering value is Σ LLU since January against the same months a year before', () => {
  const months = (values: number[]): Observation[] =>
    values.map((value) => ({ value, quality: 'final' }));
  // 2013: 100 a month, December 120 (Σ 1,220). 2014: 103 a month, December 124 (Σ 1,257).
  const before = months([...Array(11).fill(100), 120]);
  const now = months([...Array(11).fill(103), 124]);
  const series = cumulativeChange(now, before);
  // June: 618 / 600 − 1 = +3.0 %; December: 1,257 / 1,220 − 1 = +3.0328 %, while the monthly K1
  // of December alone is 124 / 120 − 1 = +3.33 %.
  assert.ok(Math.abs(series[5]!.value! - 3) < 1e-9);
  assert.ok(Math.abs(series[11]!.value! - (1257 / 1220 - 1) * 100) < 1e-9);
  assert.notEqual(Math.round(series[11]!.value! * 100), Math.round((124 / 120 - 1) * 10000));
  // a missing month ends the sums
  const gap = cumulativeChange([...now.slice(0, 3), null, ...now.slice(4)], before);
  assert.equal(gap[2]!.value !== null, true);
  assert.equal(gap[3], null);
  assert.equal(gap[11], null);
});

test('rule 3: a stock target ("Bestand unter 140") is compared with the current stock, with no previous year', () => {
  const under140: Criterion = {
    kind: 'absolut',
    metric: LZB_STOCK,
    comparison: 'unter',
    value: 140,
    tolerance: null,
    decimals: 0,
  };
  // June 139 < 140: auf Kurs; 139.5 → 140 is not under 140: gefährdet. No reference year at all.
  const june = judge(under140, [150, 148, 145, 142, 141, 139], []);
  assert.equal(june.status, 'auf_kurs');
  assert.equal(june.target, 140);
  assert.equal(june.previousYear, null);
  assert.equal(judge(under140, [150, 148, 145, 142, 141, 139.5], []).status, 'gefaehrdet');
  // December decides: 139.4 → 139 erreicht, 139.5 → 140 nicht erreicht.
  assert.equal(judge(under140, [...Array(11).fill(150), 139.4], []).status, 'erreicht');
  assert.equal(judge(under140, [...Array(11).fill(150), 139.5], []).status, 'nicht_erreicht');
});

test("rule 3: a sum target uses the Soll-Verlauf, else last year's course, else pro rata", () => {
  const atLeast = AT_LEAST_1200_INT;
  const reference = [80, 160, 240, 320, 400, 600, 700, 800, 900, 950, 980, 1000];
  const current = [100, 200, 300, 400, 500, 700];
  // Soll-Verlauf June 720: 700 < 720 gefährdet.
  const path = [null, null, null, null, null, 720, null, null, null, null, null, null];
  const byPath = judge(atLeast, current, reference, { path });
  assert.equal(byPath.status, 'gefaehrdet');
  assert.equal(byPath.target, 720);
  // Last year's course: June 600 of 1,000 → 1,200 · 0.6 = 720 as well; 720 meets it.
  const byCourse = judge(atLeast, [...current.slice(0, 5), 720], reference);
  assert.equal(byCourse.target, 720);
  assert.equal(byCourse.status, 'auf_kurs');
  // No last year: pro rata 1,200 · 6/12 = 600; 700 ≥ 600.
  const proRata = judge(atLeast, current, []);
  assert.equal(proRata.target, 600);
  assert.equal(proRata.status, 'auf_kurs');
});

test('rule 4: "ca." keeps the stated tolerance; without one the deviation is shown and not judged', () => {
  const stated: Criterion = {
    kind: 'absolut',
    metric: LZB_STOCK,
    comparison: 'ungefaehr',
    value: 2800,
    tolerance: 50,
    decimals: 0,
  };
  // |2850 − 2800| = 50 ≤ 50; 2850.5 → 2851 is 51 away.
  assert.equal(judge(stated, Array(12).fill(2850), []).status, 'erreicht');
  assert.equal(judge(stated, Array(12).fill(2850.5), []).status, 'nicht_erreicht');
  const none: Criterion = { ...stated, tolerance: null };
  const result = judge(none, Array(12).fill(2835), []);
  assert.equal(result.status, 'nicht_bewertbar');
  assert.equal(result.reason, 'keine_toleranz');
  assert.equal(result.gap, 35);
  // 35 of 2,800 is +1.25 % → +1,3 %
  assert.match(
    result.explanation,
    /Abweichung \+35 \(\+1,3 %\)\. Die Vereinbarung nennt keine Toleranz/,
  );
  assert.doesNotMatch(result.explanation, /± 100/);
});

test("rule 5: a view as of a month judges against that month's end", () => {
  assert.equal(lastDayOfMonth(2014, 2), '2014-02-28');
  assert.equal(lastDayOfMonth(2016, 2), '2016-02-29');
  assert.equal(asOfDate(2014, 6, '2026-12-07'), '2014-06-30');
  assert.equal(asOfDate(2014, 12, '2014-10-01'), '2014-10-01');
  assert.equal(asOfDate(2014, undefined, '2026-12-07'), '2026-12-07');
  assert.equal(periodEnded(2014, '2014-12-31'), false);
  assert.equal(periodEnded(2014, '2015-01-01'), true);
  const milestone: Criterion = {
    kind: 'meilenstein',
    condition: 'das Konzept vorliegt',
    due: '2014-09-30',
    evidence: null,
    state: 'offen',
    stateNote: null,
  };
  const at = (today: string) =>
    assessTarget(makeTarget(milestone), { today, year: 2014, snapshot: null, partStatuses: {} });
  assert.equal(at(asOfDate(2014, 6, '2026-12-07')).status, 'offen');
  assert.equal(at(asOfDate(2014, 9, '2026-12-07')).status, 'offen');
  const october = at(asOfDate(2014, 10, '2026-12-07'));
  assert.equal(october.status, 'nicht_bewertbar');
  assert.equal(october.reason, 'stand_nicht_festgehalten');
});

test("rule 6: the reference year is the criterion's own, also inside a composite rule", () => {
  const own: Criterion = {
    kind: 'relative_aenderung',
    metric: K2,
    comparison: 'mindestens',
    change: 1,
    unit: 'prozent',
    referenceYear: 2012,
    decimals: 1,
  };
  assert.equal(referenceYearOf(own, 2014), 2012);
  assert.equal(referenceYearOf({ ...own, referenceYear: null }, 2014), 2013);
  assert.equal(
    referenceYearOf(
      { kind: 'zusammengesetzt', combine: 'regel', parts: ['a'], rule: own, ruleText: null },
      2014,
    ),
    2012,
  );
  assert.equal(referenceYearOf(null, 2014), 2013);
});

test('qualitative targets: the recorded decision; a due date after the year keeps them open', () => {
  const qualitative = (due: string | null, state: 'offen' | 'erreicht' = 'offen'): Criterion => ({
    kind: 'qualitativ',
    condition: 'die Netzwerkstelle eingerichtet ist',
    due,
    evidence: 'Protokoll',
    state,
    stateNote: null,
  });
  const at = (c: Criterion, today: string) =>
    assessTarget(makeTarget(c), { today, year: 2014, snapshot: null, partStatuses: {} });
  // due mid-2015, judged as of June and as of December 2014: still running
  assert.equal(at(qualitative('2015-06-30'), '2014-06-30').status, 'offen');
  assert.equal(at(qualitative('2015-06-30'), '2014-12-31').status, 'offen');
  assert.equal(at(qualitative('2015-06-30'), '2015-07-01').reason, 'stand_nicht_festgehalten');
  // without a due date: due at the end of the agreement year
  assert.equal(at(qualitative(null), '2014-12-31').status, 'offen');
  assert.equal(at(qualitative(null), '2015-01-01').status, 'nicht_bewertbar');
  assert.equal(at(qualitative(null, 'erreicht'), '2014-06-30').status, 'erreicht');
});

test('monitoring with a Trägererwartung: compared, deviation shown, no verdict; counts without decimals', () => {
  const expected: Criterion = {
    kind: 'monitoring',
    metric: INT_SUM,
    planned: { value: 2000, source: 'traegererwartung' },
  };
  const reference = [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1100, 1200];
  // June: last year's course 600 / 1,200 = 0.5 → 2,000 · 0.5 = 1,000 expected; actual 950: −50.
  const june = judge(expected, [150, 300, 450, 600, 800, 950], reference);
  assert.equal(june.status, 'nicht_bewertbar');
  assert.equal(june.reason, 'beobachtung');
  assert.deepEqual(june.planned, { value: 1000, label: 'Trägererwartung' });
  assert.equal(june.gap, -50);
  assert.match(
    june.explanation,
    /Zahl der Integrationen Juni 2014: 950 \(Vorjahr 600\)\. Trägererwartung 1\.000 \(Jahreswert 2\.000 nach dem Verlauf von 2013: Juni 600, Dezember 1\.200\): Abweichung −50 \(−5,0 %\)\.$/,
  );
  // December: the expectation itself; 2,100 is +100 (+5,0 %)
  const december = judge(expected, [...Array(11).fill(100), 2100], reference);
  assert.equal(december.gap, 100);
  assert.match(december.explanation, /Abweichung \+100 \(\+5,0 %\)/);
});

test('open target values: "noch zu vereinbaren", offen while the year runs, not signable unless left open', () => {
  const open: Criterion = {
    kind: 'relative_aenderung',
    metric: K2,
    comparison: 'mindestens',
    change: null,
    unit: 'prozent',
    referenceYear: null,
    decimals: 1,
  };
  const running = judge(open, [10, 11], [10, 10], { today: '2014-03-01' });
  assert.equal(running.status, 'offen');
  assert.equal(running.reason, 'zielwert_offen');
  const after = judge(open, Array(12).fill(10), Array(12).fill(10));
  assert.equal(after.status, 'nicht_bewertbar');
  assert.equal(after.reason, 'zielwert_offen');
  assert.match(
    renderCriterion(open, { year: 2014, subject: '', role: 'hauptziel', lead: null }),
    /noch zu vereinbaren/,
  );
  assert.doesNotMatch(
    renderCriterion(open, { year: 2014, subject: '', role: 'hauptziel', lead: null }),
    /0,0 %/,
  );
  const content = (leftOpen: boolean) => ({
    goals: [
      {
        number: 'II',
        title: 'x',
        blocks: [
          {
            kind: 'ziel' as const,
            target: { ...makeTarget(open), values: { offer: null, path: null, leftOpen } },
          },
        ],
      },
    ],
  });
  assert.deepEqual(openValueProblems(content(false) as never), [
    'Ziel II: Der Zielwert ist noch zu vereinbaren – bitte eintragen oder ausdrücklich offen lassen.',
  ]);
  assert.deepEqual(openValueProblems(content(true) as never), []);
});
