/**
 * Key figures of the kreis scale, computed here from the files (simplified §2 rules, enough
 * for bounds): stock, LZB share, Integrationsquote by sex, flows, BG structure, amounts.
 * The reference is Kreis Borken around 2014/2015 (kennzahlen.md §6).
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { generateSynthetic } from './generate.ts';
import { coveredDays, day, readCsv } from './test-helpers.ts';

let dir = '';
type Span = readonly [number, number];
const elb = new Map<
  string,
  { unit: string; bg: string; von: number; bis: number; ae: boolean }[]
>();
const sex = new Map<string, string>();
const birth = new Map<string, string>();
const starts: { pid: string; art: string; von: number }[] = [];
const OPEN = day('2099-12-31');

function st(month: string): number {
  return day(`${month}-15`);
}
function month(year: number, m: number): string {
  const d = new Date(Date.UTC(year, m - 1, 1));
  return d.toISOString().slice(0, 7);
}
function stock(t: number): Set<string> {
  const out = new Set<string>();
  for (const [pid, rows] of elb) if (rows.some((r) => r.von <= t && t <= r.bis)) out.add(pid);
  return out;
}
function isLzb(pid: string, t: number): boolean {
  const b = birth.get(pid) ?? '';
  if (day(`${Number(b.slice(0, 4)) + 17}${b.slice(4)}`) > t) return false;
  return (
    coveredDays(
      (elb.get(pid) ?? []).map((r): Span => [r.von, r.bis]),
      t - 729,
      t,
    ) >= 638
  );
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'synth-plausibility-'));
  await generateSynthetic({ scale: 'kreis', seed: 48, outDir: dir });
  for (const [pid = '', s = '', b = ''] of readCsv(dir, 'personen').rows) {
    sex.set(pid, s);
    birth.set(pid, b);
  }
  for (const [pid = '', unit = '', bg = '', von = '', bis = '', ae = ''] of readCsv(
    dir,
    'elb_zeiten',
  ).rows) {
    const list = elb.get(pid) ?? [];
    list.push({ unit, bg, von: day(von), bis: bis === '' ? OPEN : day(bis), ae: ae === '1' });
    elb.set(pid, list);
  }
  for (const [pid = '', art = '', von = ''] of readCsv(dir, 'beschaeftigungen').rows)
    starts.push({ pid, art, von: day(von) });
});
after(async () => rm(dir, { recursive: true, force: true }));

describe('synthetic kreis: plausibility against Kreis Borken 2014/2015', () => {
  it('keeps a stable stock near 10,800 eLb with an LZB share near 62 %', () => {
    const dec14 = stock(st('2014-12'));
    assert.ok(dec14.size > 9_500 && dec14.size < 12_500, `stock ${dec14.size}`);
    for (const m of ['2012-06', '2013-06', '2015-06']) {
      const n = stock(st(m)).size;
      assert.ok(Math.abs(n / dec14.size - 1) < 0.12, `stock ${m}: ${n} vs ${dec14.size}`);
    }
    const lzb = [...dec14].filter((p) => isLzb(p, st('2014-12'))).length / dec14.size;
    assert.ok(lzb > 0.56 && lzb < 0.68, `LZB share ${lzb}`);
  });

  it('has an Integrationsquote 2014 in the mid-20s, men clearly above women', () => {
    const count = { m: 0, w: 0 };
    const avg = { m: 0, w: 0 };
    for (let k = 1; k <= 12; k++) {
      const prev = st(month(2014, k - 1));
      const cur = st(month(2014, k));
      const before = stock(prev);
      for (const p of before) avg[sex.get(p) as 'm' | 'w'] += 1 / 12;
      const integrated = new Set(
        starts
          .filter(
            (s) => s.art !== 'geringfuegig' && s.von > prev && s.von <= cur && before.has(s.pid),
          )
          .map((s) => s.pid),
      );
      for (const p of integrated) count[sex.get(p) as 'm' | 'w'] += 1;
    }
    const k2 = (100 * (count.m + count.w)) / (avg.m + avg.w);
    const k2m = (100 * count.m) / avg.m;
    const k2w = (100 * count.w) / avg.w;
    assert.ok(k2 > 20 && k2 < 31, `K2 ${k2}`);
    assert.ok(k2m > k2w * 1.25, `K2 men ${k2m}, women ${k2w}`);
  });

  it('has monthly entries and exits of a few percent', () => {
    let entries = 0;
    let exits = 0;
    let base = 0;
    for (let k = 1; k <= 12; k++) {
      const prev = stock(st(month(2014, k - 1)));
      const cur = stock(st(month(2014, k)));
      entries += [...cur].filter((p) => !prev.has(p)).length;
      exits += [...prev].filter((p) => !cur.has(p)).length;
      base += prev.size;
    }
    assert.ok(entries / base > 0.02 && entries / base < 0.06, `entry rate ${entries / base}`);
    assert.ok(exits / base > 0.02 && exits / base < 0.06, `exit rate ${exits / base}`);
  });

  it('forms Bedarfsgemeinschaften of about 1.35 eLb; Alleinerziehende are overwhelmingly women', () => {
    const t = st('2015-01');
    const rows = [...elb.values()].flat().filter((r) => r.von <= t && t <= r.bis);
    const ratio = rows.length / new Set(rows.map((r) => r.bg)).size;
    assert.ok(ratio > 1.2 && ratio < 1.55, `eLb per BG ${ratio}`);
    const ae = [...elb].filter(([, rs]) => rs.some((r) => r.ae)).map(([p]) => sex.get(p));
    assert.ok(ae.length > 300);
    assert.ok(ae.filter((s) => s === 'w').length / ae.length > 0.85);
  });

  it('has moves between jobcenters and re-entries', () => {
    const moved = [...elb.values()].filter((rs) => new Set(rs.map((r) => r.unit)).size > 1).length;
    const reentered = [...elb.values()].filter((rs) =>
      rs.some((a) => rs.some((b) => b.von > a.bis + 1)),
    ).length;
    assert.ok(moved > 100, `moved ${moved}`);
    assert.ok(reentered > 500, `re-entered ${reentered}`);
  });

  it('pays the Regelbedarf of the year: 391 € (2014) and 399 € (2015) is the most frequent llu', () => {
    const freq = new Map<string, number>();
    let luh2014: number[] = [];
    for (const [, , monat = '', llu = '', luh = ''] of readCsv(dir, 'leistungen').rows) {
      const key = `${monat.slice(0, 4)}|${llu}`;
      freq.set(key, (freq.get(key) ?? 0) + 1);
      if (monat.startsWith('2014')) luh2014.push(Number(luh));
    }
    const mode = (year: string): string =>
      [...freq].filter(([k]) => k.startsWith(year)).sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
    assert.equal(mode('2014'), '2014|391.00');
    assert.equal(mode('2015'), '2015|399.00');
    luh2014 = luh2014.sort((a, b) => a - b);
    const median = luh2014[Math.floor(luh2014.length / 2)] ?? 0;
    assert.ok(median > 250 && median < 550, `median luh ${median}`);
  });
});
