/** Calibration table from an engine result: picks December 2014 and sums Länder to a Bund row. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Month } from '../domain/shared/month.ts';
import type { KpiComputeResult } from '../engine/types.ts';
import { calibrationRows, formatCalibration } from './calibration.ts';

const DEC = '2014-12' as Month;

function result(): KpiComputeResult {
  const units = [
    { id: '01', name: 'Land A', ebene: 'land' as const, parentId: null },
    { id: '02', name: 'Land B', ebene: 'land' as const, parentId: null },
    { id: '01001', name: 'Stadt', ebene: 'traeger' as const, parentId: '01' },
  ];
  const base = (einheitId: string, groesse: 'ELB' | 'LZB', wert: number, monat = DEC) => ({
    einheitId,
    monat,
    geschlecht: 'insgesamt' as const,
    groesse,
    wert,
  });
  const kz = (
    einheitId: string,
    kennzahl: 'K2' | 'K3E1',
    geschlecht: 'insgesamt' | 'm' | 'w',
    zaehler: number,
    nenner: number,
  ) => ({
    einheitId,
    monat: DEC,
    geschlecht,
    kennzahl,
    wert: (100 * zaehler) / nenner,
    zaehler,
    nenner,
  });
  return {
    einheiten: units,
    observation: { first: '2010-01' as Month, last: '2015-12' as Month },
    baseQuantities: [
      base('01', 'ELB', 1000),
      base('01', 'LZB', 600),
      base('02', 'ELB', 3000),
      base('02', 'LZB', 2000),
      base('01001', 'ELB', 400),
      base('01001', 'LZB', 300),
      base('01', 'ELB', 5, '2014-11' as Month),
    ],
    kennzahlen: [
      kz('01', 'K2', 'insgesamt', 250, 1000),
      kz('02', 'K2', 'insgesamt', 600, 3000),
      kz('01', 'K2', 'm', 150, 480),
      kz('02', 'K2', 'm', 330, 1400),
      kz('01', 'K2', 'w', 100, 520),
      kz('02', 'K2', 'w', 270, 1600),
      kz('01', 'K3E1', 'insgesamt', 90, 600),
      kz('02', 'K3E1', 'insgesamt', 300, 2000),
      kz('01001', 'K2', 'insgesamt', 80, 400),
    ],
    skipped: [],
    inputRows: {},
  };
}

describe('calibration figures', () => {
  it('reads stock, LZB share and the December quotas per unit', () => {
    const rows = calibrationRows(result());
    const stadt = rows.find((r) => r.id === '01001');
    assert.deepEqual(stadt, {
      id: '01001',
      name: 'Stadt',
      ebene: 'traeger',
      elb: 400,
      lzbShare: 75,
      k2: 20,
      k2m: null,
      k2w: null,
      k3e1: null,
    });
    assert.equal(rows.find((r) => r.id === '01')?.elb, 1000);
  });

  it('adds a Bund row from the Länder sums of numerators and denominators', () => {
    const bund = calibrationRows(result())[0];
    assert.equal(bund?.ebene, 'bund');
    assert.equal(bund?.elb, 4000);
    assert.equal(bund?.lzbShare, 65);
    assert.ok(Math.abs((bund?.k2 ?? 0) - 21.25) < 1e-9);
    assert.ok(Math.abs((bund?.k2w ?? 0) - (100 * 370) / 2120) < 1e-9);
    assert.ok(Math.abs((bund?.k3e1 ?? 0) - (100 * 390) / 2600) < 1e-9);
  });

  it('prints one line per unit, missing values as –', () => {
    const text = formatCalibration(calibrationRows(result()));
    assert.match(text, /traeger\s+01001\s+Stadt\s+400\s+75\.0\s+20\.0\s+–\s+–\s+–/);
    assert.equal(text.split('\n').length, 2 + 4);
  });
});
