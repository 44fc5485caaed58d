/**
 * The base quantities of the generated Kennzahlen fixture (fixtures/kennzahlen-fixture.ts),
 * month by month over the whole observation period 2011-01..2014-12, as derived by hand in
 * that file. The Kennzahlen tests build on these series; checking them first separates a
 * wrong base quantity from a wrong formula.
 */
import { test } from 'node:test';
import { checkValues, runs } from './fixtures/expect.ts';
import { kennzahlenMicrodata } from './fixtures/kennzahlen-fixture.ts';
import { computeMicrodata, once } from './fixtures/run.ts';

const run = once(() => computeMicrodata(kennzahlenMicrodata(), '2011-01', '2014-12'));
const NA = null;
const FIRST = '2011-01';

test('stocks and flows of J1', async () => {
  checkValues(await run(), [
    ...runs('J1', 'ELB', FIRST, [
      [25, 29],
      [7, 39],
      [10, 34],
      [6, 32],
    ]),
    ...runs(
      'J1',
      'ELB',
      FIRST,
      [
        [25, 15],
        [23, 20],
      ],
      'm',
    ),
    ...runs(
      'J1',
      'ELB',
      FIRST,
      [
        [25, 13],
        [7, 18],
        [10, 13],
        [6, 11],
      ],
      'w',
    ),
    ...runs('J1', 'ELB_AE', FIRST, [
      [42, 2],
      [6, 0],
    ]),
    ...runs('J1', 'ZUGANG_ELB', FIRST, [
      [1, NA],
      [24, 0],
      [1, 10],
      [22, 0],
    ]),
    ...runs('J1', 'ABGANG_ELB', FIRST, [
      [1, NA],
      [31, 0],
      [1, 5],
      [9, 0],
      [1, 2],
      [5, 0],
    ]),
    ...runs('J2', 'ELB', FIRST, [[48, 0]]),
    ...runs('J3', 'ELB', FIRST, [
      [28, 2],
      [1, 0],
      [19, 2],
    ]),
    ...runs('J3', 'ZUGANG_ELB', FIRST, [
      [1, NA],
      [28, 0],
      [1, 2],
      [18, 0],
    ]),
    ...runs('J3', 'ABGANG_ELB', FIRST, [
      [1, NA],
      [27, 0],
      [1, 2],
      [19, 0],
    ]),
  ]);
});

test('LZB quantities of J1 (missing before 2013-01: no 729-day lookback)', async () => {
  checkValues(await run(), [
    ...runs('J1', 'LZB', FIRST, [
      [24, NA],
      [8, 29],
      [10, 24],
      [4, 22],
      [2, 32],
    ]),
    ...runs(
      'J1',
      'LZB',
      FIRST,
      [
        [24, NA],
        [22, 15],
        [2, 20],
      ],
      'm',
    ),
    ...runs(
      'J1',
      'LZB',
      FIRST,
      [
        [24, NA],
        [8, 13],
        [10, 8],
        [4, 6],
        [2, 11],
      ],
      'w',
    ),
    ...runs('J1', 'ZUGANG_LZB', FIRST, [
      [25, NA],
      [21, 0],
      [1, 10],
      [1, 0],
    ]),
    ...runs('J1', 'ABGANG_LZB', FIRST, [
      [25, NA],
      [7, 0],
      [1, 5],
      [9, 0],
      [1, 2],
      [5, 0],
    ]),
    ...runs('J1', 'LZB_AKTIV', FIRST, [
      [24, NA],
      [12, 3],
      [2, 0],
      [6, 2],
      [4, 0],
    ]),
  ]);
});

test('integrations and entries of J1 (missing in the first two months)', async () => {
  const int: [number, number | null][] = [
    [2, NA],
    [27, 0],
    [1, 4],
    [11, 0],
    [1, 2],
    [6, 0],
  ];
  checkValues(await run(), [
    ...runs('J1', 'INT', FIRST, int),
    ...runs('J1', 'INT_SVB', FIRST, int),
    ...runs(
      'J1',
      'INT',
      FIRST,
      [
        [2, NA],
        [27, 0],
        [1, 3],
        [18, 0],
      ],
      'm',
    ),
    ...runs('J1', 'INT_AE', FIRST, [
      [2, NA],
      [39, 0],
      [1, 2],
      [6, 0],
    ]),
    ...runs('J1', 'INT_LZB', FIRST, [
      [25, NA],
      [4, 0],
      [1, 4],
      [11, 0],
      [1, 2],
      [6, 0],
    ]),
    ...runs('J1', 'EIN_GB', FIRST, [
      [2, NA],
      [31, 0],
      [1, 3],
      [14, 0],
    ]),
    ...runs('J1', 'EIN_OEG', FIRST, [
      [2, NA],
      [36, 0],
      [1, 2],
      [9, 0],
    ]),
  ]);
});

test('follow-up quantities of J1 (missing where St(m+12), St(m+6), St(m+3) lie after 2014-12)', async () => {
  checkValues(await run(), [
    ...runs('J1', 'INT_NACHHALTIG', FIRST, [
      [2, NA],
      [27, 0],
      [1, 3],
      [6, 0],
      [12, NA],
    ]),
    ...runs('J1', 'INT_KONTINUIERLICH', FIRST, [
      [2, NA],
      [27, 0],
      [1, 4],
      [11, 0],
      [1, 2],
      [6, NA],
    ]),
    ...runs('J1', 'INT_BEDARFSDECKEND', FIRST, [
      [2, NA],
      [27, 0],
      [1, 0],
      [11, 0],
      [1, 2],
      [3, 0],
      [3, NA],
    ]),
  ]);
});

test('money of J1, J2 and T1', async () => {
  checkValues(await run(), [
    ...runs('J1', 'LLU', FIRST, [
      [24, 1000],
      [12, 1200],
      [5, 900],
      [1, 1500],
      [6, 900],
    ]),
    ...runs('J1', 'LUH', FIRST, [
      [12, 400],
      [24, 500],
      [12, 550],
    ]),
    ...runs('J2', 'LLU', FIRST, [
      [36, 0],
      [12, 100],
    ]),
    ...runs('T1', 'LLU', FIRST, [
      [24, 1000],
      [12, 1200],
      [5, 1000],
      [1, 1600],
      [6, 1000],
    ]),
  ]);
});
