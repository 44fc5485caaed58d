import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { BASE_QUANTITIES, MONEY_QUANTITIES } from '../../src/domain/kpi/catalog.ts';
import type { Month } from '../../src/domain/shared/month.ts';
import type { BaseQuantityRow } from '../../src/engine/types.ts';
import { computeKpis } from '../../src/engine/compute-kpis.ts';
import { generateSynthetic } from '../../src/synthetic/generate.ts';
import { compareBaseQuantities, type Disagreement } from './compare.ts';
import { TRICKY_EXPECTED } from './fixtures/tricky-expected.ts';
import { writeTrickyInput } from './fixtures/tricky-input.ts';
import { runPgBaseline } from './pg-baseline.ts';
import { startPgCluster, type PgCluster } from './pg-baseline/server.ts';

const FROM = '2010-01' as Month;
const TO = '2014-12' as Month;

describe('PostgreSQL baseline (reference implementation of kennzahlen.md §2)', () => {
  let cluster: PgCluster;
  let workDir: string;
  let trickyDir: string;
  let rows: BaseQuantityRow[];

  before(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'kpi-baseline-test-'));
    trickyDir = join(workDir, 'tricky');
    await writeTrickyInput(trickyDir);
    cluster = await startPgCluster();
    rows = (await runPgBaseline({ inputDir: trickyDir, from: FROM, to: TO, cluster }))
      .baseQuantities;
  });

  after(async () => {
    await cluster?.stop();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  test('outputs one row per unit, month, sex and quantity; money for insgesamt only', () => {
    const perUnitMonth = 3 * BASE_QUANTITIES.length - 2 * MONEY_QUANTITIES.size;
    assert.equal(rows.length, 8 * 60 * perUnitMonth);
    assert.equal(
      rows.filter((r) => MONEY_QUANTITIES.has(r.groesse) && r.geschlecht !== 'insgesamt').length,
      0,
    );
    assert.equal(
      new Set(rows.map((r) => `${r.einheitId}|${r.monat}|${r.geschlecht}|${r.groesse}`)).size,
      rows.length,
    );
  });

  test('matches the hand-derived values of the tricky input', () => {
    const byKey = new Map(
      rows.map((r) => [`${r.einheitId}|${r.monat}|${r.geschlecht}|${r.groesse}`, r.wert]),
    );
    const wrong = TRICKY_EXPECTED.flatMap(([einheit, monat, geschlecht, groesse, expected]) => {
      const key = `${einheit}|${monat}|${geschlecht}|${groesse}`;
      const actual = byKey.get(key);
      const ok =
        expected === null
          ? actual === null
          : actual !== null && actual !== undefined && Math.abs(actual - expected) < 1e-9;
      return ok ? [] : [`${key}: expected ${expected}, got ${actual}`];
    });
    assert.deepEqual(wrong, []);
  });

  test('stocks, event counts and money of a parent equal the sum of its children', () => {
    const value = (u: string, m: string, q: string) =>
      rows.find(
        (r) =>
          r.einheitId === u && r.monat === m && r.geschlecht === 'insgesamt' && r.groesse === q,
      )?.wert;
    for (const monat of ['2012-03', '2012-07', '2013-03']) {
      for (const q of ['ELB', 'LZB', 'INT', 'LLU', 'ABGANG_LZB']) {
        assert.equal(
          value('T1', monat, q),
          (value('10', monat, q) ?? NaN) + (value('9', monat, q) ?? NaN),
          `${q} ${monat} T1`,
        );
        assert.equal(
          value('L', monat, q),
          (value('T1', monat, q) ?? NaN) + (value('T2', monat, q) ?? NaN),
          `${q} ${monat} L`,
        );
      }
    }
  });

  test('the engine agrees with it on the tricky input', async () => {
    const engine = await computeKpis({ inputDir: trickyDir, from: FROM, to: TO });
    assert.deepEqual(firstOf(compareBaseQuantities(engine.baseQuantities, rows)), []);
  });

  test('the engine agrees with it on synthetic Kreis data, every month of the data', async () => {
    const dir = join(workDir, 'kreis');
    await generateSynthetic({
      scale: 'kreis',
      seed: 11,
      outDir: dir,
      format: 'csv',
      sizeFactor: 0.25,
    });
    const [first, last] = ['2010-01' as Month, '2015-12' as Month];
    const reference = await runPgBaseline({ inputDir: dir, from: first, to: last, cluster });
    const engine = await computeKpis({ inputDir: dir, from: first, to: last });
    assert.ok(
      reference.baseQuantities.some((r) => r.groesse === 'LZB' && (r.wert ?? 0) > 0),
      'the data contain LZB',
    );
    assert.deepEqual(
      firstOf(compareBaseQuantities(engine.baseQuantities, reference.baseQuantities)),
      [],
    );
  });
});

/** Keeps a failure message readable: the first 20 differing cells. */
function firstOf(disagreements: Disagreement[]): string[] {
  return disagreements
    .slice(0, 20)
    .map((d) => `${d.key}: engine ${d.engine}, reference ${d.reference}`);
}
