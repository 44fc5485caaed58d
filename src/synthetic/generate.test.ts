/**
 * The kreis scale end to end: file format of kennzahlen.md §1, determinism (same seed → same
 * bytes), and a few key figures computed here independently of the generator.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { generateSynthetic, SYNTH_FILES, type SynthSummary } from './generate.ts';
import { INSTRUMENTS } from './measures.ts';
import { isIsoDate, readCsv } from './test-helpers.ts';

const SEED = 20140101;
let root = '';
let dirA = '';
let summary: SynthSummary;

async function hashes(dir: string): Promise<string[]> {
  return Promise.all(
    SYNTH_FILES.map(async (f) =>
      createHash('sha256')
        .update(await readFile(join(dir, `${f}.csv`)))
        .digest('hex'),
    ),
  );
}

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'synth-test-'));
  dirA = join(root, 'a');
  summary = await generateSynthetic({ scale: 'kreis', seed: SEED, outDir: dirA });
});
after(async () => rm(root, { recursive: true, force: true }));

describe('synthetic kreis: determinism', () => {
  it('writes the same bytes for the same seed and different bytes for another', async () => {
    await generateSynthetic({ scale: 'kreis', seed: SEED, outDir: join(root, 'b') });
    await generateSynthetic({ scale: 'kreis', seed: SEED + 1, outDir: join(root, 'c') });
    const [a, b, c] = await Promise.all([
      hashes(dirA),
      hashes(join(root, 'b')),
      hashes(join(root, 'c')),
    ]);
    assert.deepEqual(b, a);
    SYNTH_FILES.forEach((f, i) => {
      if (f !== 'einheiten') assert.notEqual(c[i], a[i], `${f} should differ for another seed`);
    });
  });
});

describe('synthetic kreis: file format (kennzahlen.md §1)', () => {
  const HEADERS: Record<string, string> = {
    einheiten: 'id,name,ebene,parent_id',
    personen: 'person_id,geschlecht,geburtsdatum',
    elb_zeiten: 'person_id,einheit_id,bg_id,von,bis,alleinerziehend',
    leistungen: 'bg_id,einheit_id,monat,llu,luh',
    beschaeftigungen: 'person_id,art,von,bis',
    massnahmen: 'person_id,kategorie,instrument,von,bis',
  };

  it('has exactly the six files with their headers, and the summary counts their rows', () => {
    for (const f of SYNTH_FILES) {
      const { header, rows } = readCsv(dirA, f);
      assert.equal(header.join(','), HEADERS[f], f);
      assert.equal(summary.rows[f], rows.length, f);
      for (const r of rows) assert.equal(r.length, header.length, `${f}: ${r.join(',')}`);
    }
    assert.equal(summary.persons, summary.rows.personen);
  });

  it('builds the Kreis Borken tree: Land NRW, the Träger, 17 örtliche Jobcenter', () => {
    const { rows } = readCsv(dirA, 'einheiten');
    assert.deepEqual(
      rows.filter((r) => r[2] === 'land').map((r) => [r[0], r[1], r[3]]),
      [['05', 'Nordrhein-Westfalen', '']],
    );
    assert.deepEqual(
      rows.filter((r) => r[2] === 'traeger').map((r) => [r[0], r[1], r[3]]),
      [['05554', 'Kreis Borken', '05']],
    );
    const jc = rows.filter((r) => r[2] === 'jobcenter');
    assert.equal(jc.length, 17);
    assert.ok(jc.every((r) => r[3] === '05554'));
    assert.deepEqual(jc.map((r) => r[1]).sort(), [
      'Ahaus',
      'Bocholt',
      'Borken',
      'Gescher',
      'Gronau',
      'Heek',
      'Heiden',
      'Isselburg',
      'Legden',
      'Raesfeld',
      'Reken',
      'Rhede',
      'Schöppingen',
      'Stadtlohn',
      'Südlohn',
      'Velen',
      'Vreden',
    ]);
  });

  it('uses only known codes, ISO dates, resolvable references, bis ≥ von, amounts ≥ 0', () => {
    const leaves = new Set(
      readCsv(dirA, 'einheiten')
        .rows.filter((r) => r[2] === 'jobcenter')
        .map((r) => r[0]),
    );
    const persons = new Map<string, string>();
    for (const [id = '', sex = '', birth = ''] of readCsv(dirA, 'personen').rows) {
      assert.ok(id !== '' && !persons.has(id), `person id ${id}`);
      assert.ok(sex === 'm' || sex === 'w', sex);
      assert.ok(isIsoDate(birth), birth);
      persons.set(id, birth);
    }
    const span = (von: string, bis: string, what: string): void => {
      assert.ok(isIsoDate(von) && (bis === '' || isIsoDate(bis)), `${what}: ${von} ${bis}`);
      assert.ok(bis === '' || bis >= von, `${what}: bis ${bis} before von ${von}`);
      assert.ok(
        von >= '2010-01-01' && von <= '2015-12-31' && (bis === '' || bis <= '2015-12-31'),
        `${what}: ${von}…${bis}`,
      );
    };
    const bgs = new Set<string>();
    for (const [pid = '', unit = '', bg = '', von = '', bis = '', ae = ''] of readCsv(
      dirA,
      'elb_zeiten',
    ).rows) {
      assert.ok(persons.has(pid), pid);
      assert.ok(leaves.has(unit), unit);
      assert.ok(bg !== '');
      assert.ok(ae === '0' || ae === '1');
      span(von, bis, 'elb_zeiten');
      // Birthdays compared as strings: 15th birthday ≤ von, von before the 67th birthday.
      const birth = persons.get(pid) ?? '';
      const birthday = (years: number): string =>
        `${Number(birth.slice(0, 4)) + years}${birth.slice(4)}`;
      assert.ok(von >= birthday(15) && von < birthday(67), `${pid} born ${birth} at ${von}`);
      bgs.add(bg);
    }
    const seen = new Set<string>();
    for (const [bg = '', unit = '', monat = '', llu = '', luh = ''] of readCsv(dirA, 'leistungen')
      .rows) {
      assert.ok(bgs.has(bg), bg);
      assert.ok(leaves.has(unit), unit);
      assert.match(monat, /^(2012|2013|2014|2015)-(0[1-9]|1[0-2])$/);
      for (const v of [llu, luh]) assert.match(v, /^\d+(\.\d{1,2})?$/);
      const key = `${bg}|${unit}|${monat}`;
      assert.ok(!seen.has(key), `duplicate leistungen row ${key}`);
      seen.add(key);
    }
    for (const [pid = '', art = '', von = '', bis = ''] of readCsv(dirA, 'beschaeftigungen').rows) {
      assert.ok(persons.has(pid), pid);
      assert.ok(['svb', 'ausbildung', 'selbstaendig', 'geringfuegig'].includes(art), art);
      span(von, bis, 'beschaeftigungen');
    }
    const instruments = new Map<string, string>(
      Object.values(INSTRUMENTS).map((i) => [i.code, i.kategorie]),
    );
    for (const [pid = '', kategorie = '', instrument = '', von = '', bis = ''] of readCsv(
      dirA,
      'massnahmen',
    ).rows) {
      assert.ok(persons.has(pid), pid);
      assert.equal(instruments.get(instrument), kategorie, `${instrument} ${kategorie}`);
      span(von, bis, 'massnahmen');
    }
  });

  it('covers eLb, employment and measures from 2010-01 and leistungen from 2012-01, all through 2015-12', () => {
    const months = (name: string, col: number): string[] =>
      readCsv(dirA, name)
        .rows.map((r) => (r[col] ?? '').slice(0, 7))
        .sort();
    for (const name of ['elb_zeiten', 'beschaeftigungen', 'massnahmen']) {
      const m = months(name, name === 'massnahmen' ? 3 : name === 'elb_zeiten' ? 3 : 2);
      assert.equal(m[0], '2010-01', name);
      assert.equal(m[m.length - 1], '2015-12', name);
    }
    const l = months('leistungen', 2);
    assert.deepEqual([l[0], l[l.length - 1]], ['2012-01', '2015-12']);
  });
});
