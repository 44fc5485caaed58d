/**
 * The assignment rule for overlapping `elb_zeiten` rows (kennzahlen.md §2, Assignment): the row
 * with the latest `von`, then the smallest `einheit_id` compared as strings, then the earlier
 * row in the file. Fixture `fixtures/assignment`, observation period 2013-01..2013-04, St = 15th.
 *
 *   ov_latest m  J1 2013-01-01..open (ae 0) + J2 2013-02-01..2013-02-28 (ae 1) → J2 in Feb only
 *   ov_string w  J9 2013-01-01..open (ae 0, first in file) + J10 same von (ae 1) → "J10" < "J9"
 *   ov_row_a  w  J1 twice with the same von: first row ae 1, second ae 0 → ae 1
 *   ov_row_b  m  J2 twice with the same von: first row ae 0, second ae 1 → ae 0
 *   ov_von    m  J10 2013-01-01..open + J9 2013-03-01..open → latest von beats smaller id
 */
import { test } from 'node:test';
import { checkValues, series } from './fixtures/expect.ts';
import { computeDir, fixtureDir, once } from './fixtures/run.ts';

const run = once(() => computeDir(fixtureDir('assignment'), '2013-01', '2013-04'));

test('a person is counted once, in the unit of the row chosen by the assignment rule', async () => {
  const r = await run();
  checkValues(r, [
    //                                    Jan Feb Mar Apr
    ...series('J1', 'ELB', '2013-01', [2, 1, 2, 2]), // ov_row_a; ov_latest except Feb
    ...series('J2', 'ELB', '2013-01', [1, 2, 1, 1]), // ov_row_b; ov_latest in Feb (latest von)
    ...series('J10', 'ELB', '2013-01', [2, 2, 1, 1]), // ov_string (string order); ov_von Jan, Feb
    ...series('J9', 'ELB', '2013-01', [0, 0, 1, 1]), // ov_von from Mar (latest von)
    ...series('T1', 'ELB', '2013-01', [3, 3, 3, 3]),
    ...series('T3', 'ELB', '2013-01', [2, 2, 2, 2]),
  ]);
});

test('ELB_AE takes the flag of the chosen row only', async () => {
  const r = await run();
  checkValues(r, [
    ...series('J1', 'ELB_AE', '2013-01', [1, 1, 1, 1]), // ov_row_a: earlier row has ae 1
    ...series('J2', 'ELB_AE', '2013-01', [0, 1, 0, 0]), // ov_latest's J2 row in Feb; ov_row_b: earlier row ae 0
    ...series('J10', 'ELB_AE', '2013-01', [1, 1, 1, 1]), // ov_string's J10 row
    ...series('J9', 'ELB_AE', '2013-01', [0, 0, 0, 0]),
    ...series('T3', 'ELB_AE', '2013-01', [1, 1, 1, 1]),
  ]);
});

test('changes of the chosen row are flows of the jobcenters, not of their Träger', async () => {
  const r = await run();
  checkValues(r, [
    ...series('J2', 'ZUGANG_ELB', '2013-02', [1, 0, 0]), // ov_latest into J2 in Feb
    ...series('J1', 'ABGANG_ELB', '2013-02', [1, 0, 0]),
    ...series('J1', 'ZUGANG_ELB', '2013-02', [0, 1, 0]), // and back in Mar
    ...series('J2', 'ABGANG_ELB', '2013-02', [0, 1, 0]),
    ...series('J9', 'ZUGANG_ELB', '2013-02', [0, 1, 0]), // ov_von J10 → J9 in Mar
    ...series('J10', 'ABGANG_ELB', '2013-02', [0, 1, 0]),
    ...series('T1', 'ZUGANG_ELB', '2013-02', [0, 0, 0]),
    ...series('T1', 'ABGANG_ELB', '2013-02', [0, 0, 0]),
    ...series('T3', 'ZUGANG_ELB', '2013-02', [0, 0, 0]),
    ...series('T3', 'ABGANG_ELB', '2013-02', [0, 0, 0]),
  ]);
});
