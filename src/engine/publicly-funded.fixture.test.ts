/**
 * Publicly funded employment is no integration (kennzahlen.md §2, contract version 2;
 * Kennzahlen-Verordnung § 5 Abs. 1): a start of art svb, ausbildung or selbstaendig on a day
 * covered by a `massnahmen` row of kategorie oeffentlich_gefoerdert of the same person (von ≤ day
 * ≤ bis, bis inclusive, an empty bis open) is no candidate for INT and all built on it; the
 * measure's own start still counts in EIN_OEG; EIN_GB keeps such starts; the follow-up checks
 * accept publicly funded svb rows.
 *
 * Generated microdata: Land L1 → Träger T1 → one örtliches Jobcenter per case. Observation
 * period 2011-01..2014-06 (monthly `leistungen` rows of J_first), St = the 15th. Everybody is born
 * 1970-01-01 and eLb from 2011-01-01, open, unless said otherwise, so always in stock at m−2
 * (window (St(m−1), St(m)]) and LZB from 2013-01 on (St(2013-01) − 729 = 2011-01-17; LZB(2012-12)
 * is missing, so INT_LZB(2013-01) is). OEG = a measure of kategorie oeffentlich_gefoerdert.
 *
 *   first  2 m   OEG 2013-03-01..2013-05-31, svb 2013-03-01..open (the measure's first day)
 *                → no INT in 2013-03 (version 1: INT 2), EIN_OEG(2013-03) 2
 *   after  1 w   AE; OEG 2013-03-01..2013-05-31, svb 2013-06-01..open (the day after it ends)
 *                → INT, INT_SVB, INT_AE, INT_LZB 1 in 2013-06; KONT 1 (St 2013-07..12 covered),
 *                NACH 1 (St 2014-06 covered), BED 0; EIN_OEG(2013-03) 1
 *   last   1 m   eLb until 2013-06-30; OEG 2013-03-01..2013-05-31, svb 2013-05-31..open (the
 *                measure's last day, in the window (05-15, 06-15]) → no INT in 2013-06 (version 1:
 *                INT, INT_SVB, INT_LZB, KONT, NACH and — out of every stock at St(2013-09) —
 *                INT_BEDARFSDECKEND 1); EIN_OEG(2013-03) 1
 *   aus    1 w   OEG 2013-03-01..open, ausbildung 2013-04-01, geringfuegig 2013-04-02 → no INT in
 *                2013-04 (any of the three arts), EIN_GB(2013-04) 1; EIN_OEG(2013-03) 1
 *   mix    1 m   OEG 2013-03-01..2013-04-05, svb 2013-04-01..2013-04-05 (covered) and selbstaendig
 *                2013-04-10..open (not covered), both in the window (03-15, 04-15] → INT 1 with the
 *                selbstaendig start: INT_SVB 0 (version 1: the earlier svb, INT_SVB 1), INT_LZB 1;
 *                EIN_OEG(2013-03) 1
 *   follow 1 w   svb 2013-01-02..2013-02-28 → INT, INT_SVB 1 in 2013-01; then OEG 2013-03-01..open
 *                with svb 2013-03-01..open: no INT in 2013-03, but this publicly funded svb row
 *                covers St(2013-03..07) and St(2014-01) → KONT(2013-01) 1, NACH(2013-01) 1;
 *                EIN_OEG(2013-03) 1
 */
import { test } from 'node:test';
import { at, checkValues, series } from './fixtures/expect.ts';
import { type Cohort, expandCohorts, monthlyPayments, simpleTree } from './fixtures/cohorts.ts';
import { computeMicrodata, once } from './fixtures/run.ts';

const OPEN = [{ von: '2011-01-01' }];
const OEG = { kategorie: 'oeffentlich_gefoerdert', von: '2013-03-01', bis: '2013-05-31' } as const;

const COHORTS: readonly Cohort[] = [
  {
    id: 'first',
    count: 2,
    sex: 'm',
    unit: 'J_first',
    elb: OPEN,
    jobs: [{ art: 'svb', von: '2013-03-01' }],
    measures: [OEG],
  },
  {
    id: 'after',
    count: 1,
    sex: 'w',
    unit: 'J_after',
    elb: [{ von: '2011-01-01', ae: true }],
    jobs: [{ art: 'svb', von: '2013-06-01' }],
    measures: [OEG],
  },
  {
    id: 'last',
    count: 1,
    sex: 'm',
    unit: 'J_last',
    elb: [{ von: '2011-01-01', bis: '2013-06-30' }],
    jobs: [{ art: 'svb', von: '2013-05-31' }],
    measures: [OEG],
  },
  {
    id: 'aus',
    count: 1,
    sex: 'w',
    unit: 'J_aus',
    elb: OPEN,
    jobs: [
      { art: 'ausbildung', von: '2013-04-01' },
      { art: 'geringfuegig', von: '2013-04-02' },
    ],
    measures: [{ kategorie: 'oeffentlich_gefoerdert', von: '2013-03-01' }],
  },
  {
    id: 'mix',
    count: 1,
    sex: 'm',
    unit: 'J_mix',
    elb: OPEN,
    jobs: [
      { art: 'svb', von: '2013-04-01', bis: '2013-04-05' },
      { art: 'selbstaendig', von: '2013-04-10' },
    ],
    measures: [{ kategorie: 'oeffentlich_gefoerdert', von: '2013-03-01', bis: '2013-04-05' }],
  },
  {
    id: 'follow',
    count: 1,
    sex: 'w',
    unit: 'J_follow',
    elb: OPEN,
    jobs: [
      { art: 'svb', von: '2013-01-02', bis: '2013-02-28' },
      { art: 'svb', von: '2013-03-01' },
    ],
    measures: [{ kategorie: 'oeffentlich_gefoerdert', von: '2013-03-01' }],
  },
];

const UNITS = ['J_first', 'J_after', 'J_last', 'J_aus', 'J_mix', 'J_follow'];

const run = once(() =>
  computeMicrodata(
    expandCohorts(
      simpleTree(UNITS),
      COHORTS,
      monthlyPayments('bg_pin', 'J_first', '2011-01', '2014-06', () => ({ llu: 0, luh: 0 })),
    ),
    '2013-01',
    '2013-06',
  ),
);
const NA = null;

test('a start on the first day of a publicly funded measure is no integration, but EIN_OEG', async () => {
  checkValues(await run(), [
    //                                          Jan Feb Mar Apr May Jun
    ...series('J_first', 'INT', '2013-01', [0, 0, 0, 0, 0, 0]),
    ...series('J_first', 'INT_SVB', '2013-01', [0, 0, 0, 0, 0, 0]),
    ...series('J_first', 'INT_LZB', '2013-01', [NA, 0, 0, 0, 0, 0]),
    ...series('J_first', 'EIN_OEG', '2013-01', [0, 0, 2, 0, 0, 0]),
    at('J_first', '2013-03', 'EIN_OEG', 2, 'm'),
  ]);
});

test('a start the day after the measure ends is an integration; one on its last day is not', async () => {
  checkValues(await run(), [
    ...series('J_after', 'INT', '2013-01', [0, 0, 0, 0, 0, 1]),
    ...series('J_after', 'INT_SVB', '2013-01', [0, 0, 0, 0, 0, 1]),
    ...series('J_after', 'INT_AE', '2013-01', [0, 0, 0, 0, 0, 1]),
    ...series('J_after', 'INT_LZB', '2013-01', [NA, 0, 0, 0, 0, 1]),
    at('J_after', '2013-06', 'INT_KONTINUIERLICH', 1),
    at('J_after', '2013-06', 'INT_NACHHALTIG', 1),
    at('J_after', '2013-06', 'INT_BEDARFSDECKEND', 0),
    at('J_after', '2013-03', 'EIN_OEG', 1),
    ...series('J_last', 'INT', '2013-01', [0, 0, 0, 0, 0, 0]),
    ...series('J_last', 'INT_SVB', '2013-01', [0, 0, 0, 0, 0, 0]),
    ...series('J_last', 'INT_LZB', '2013-01', [NA, 0, 0, 0, 0, 0]),
    at('J_last', '2013-06', 'INT_KONTINUIERLICH', 0),
    at('J_last', '2013-06', 'INT_NACHHALTIG', 0),
    at('J_last', '2013-06', 'INT_BEDARFSDECKEND', 0),
    at('J_last', '2013-03', 'EIN_OEG', 1),
  ]);
});

test('no candidate of any art; EIN_GB keeps its start; the next candidate counts', async () => {
  checkValues(await run(), [
    ...series('J_aus', 'INT', '2013-01', [0, 0, 0, 0, 0, 0]),
    ...series('J_aus', 'EIN_GB', '2013-01', [0, 0, 0, 1, 0, 0]),
    ...series('J_mix', 'INT', '2013-01', [0, 0, 0, 1, 0, 0]),
    ...series('J_mix', 'INT_SVB', '2013-01', [0, 0, 0, 0, 0, 0]),
    ...series('J_mix', 'INT_LZB', '2013-01', [NA, 0, 0, 1, 0, 0]),
    at('J_mix', '2013-04', 'INT_KONTINUIERLICH', 0),
  ]);
});

test('the follow-up checks accept publicly funded svb rows', async () => {
  checkValues(await run(), [
    ...series('J_follow', 'INT', '2013-01', [1, 0, 0, 0, 0, 0]),
    ...series('J_follow', 'INT_SVB', '2013-01', [1, 0, 0, 0, 0, 0]),
    at('J_follow', '2013-01', 'INT_KONTINUIERLICH', 1),
    at('J_follow', '2013-01', 'INT_NACHHALTIG', 1),
    at('J_follow', '2013-01', 'INT_BEDARFSDECKEND', 0),
    at('J_follow', '2013-03', 'EIN_OEG', 1),
  ]);
});

test('Träger and Land: the sums of the cases; both sexes', async () => {
  // INT: follow (Jan), mix (Apr), after (Jun). EIN_OEG in Mar: first 2 + after, last, aus, mix,
  // follow = 7 (m: first 2, last, mix = 4; w: after, aus, follow = 3). KONT and NACH: follow
  // (Jan), after (Jun); INT_BEDARFSDECKEND nowhere (last's start is not counted).
  const r = await run();
  for (const unit of ['T1', 'L1'])
    checkValues(r, [
      ...series(unit, 'INT', '2013-01', [1, 0, 0, 1, 0, 1]),
      ...series(unit, 'INT_SVB', '2013-01', [1, 0, 0, 0, 0, 1]),
      ...series(unit, 'INT_AE', '2013-01', [0, 0, 0, 0, 0, 1]),
      ...series(unit, 'INT_LZB', '2013-01', [NA, 0, 0, 1, 0, 1]),
      ...series(unit, 'INT_KONTINUIERLICH', '2013-01', [1, 0, 0, 0, 0, 1]),
      ...series(unit, 'INT_NACHHALTIG', '2013-01', [1, 0, 0, 0, 0, 1]),
      ...series(unit, 'INT_BEDARFSDECKEND', '2013-01', [0, 0, 0, 0, 0, 0]),
      ...series(unit, 'EIN_OEG', '2013-01', [0, 0, 7, 0, 0, 0]),
      ...series(unit, 'EIN_GB', '2013-01', [0, 0, 0, 1, 0, 0]),
      ...series(unit, 'INT', '2013-01', [0, 0, 0, 1, 0, 0], 'm'),
      ...series(unit, 'INT', '2013-01', [1, 0, 0, 0, 0, 1], 'w'),
      ...series(unit, 'INT_LZB', '2013-01', [NA, 0, 0, 1, 0, 0], 'm'),
      ...series(unit, 'INT_LZB', '2013-01', [NA, 0, 0, 0, 0, 1], 'w'),
      ...series(unit, 'EIN_OEG', '2013-01', [0, 0, 4, 0, 0, 0], 'm'),
      ...series(unit, 'EIN_OEG', '2013-01', [0, 0, 3, 0, 0, 0], 'w'),
    ]);
});
