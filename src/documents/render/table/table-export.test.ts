import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { exportTableSchema, type ExportTable } from '../../../contracts/exports.ts';
import { renderCsv } from './render-csv.ts';
import { renderXlsx } from './render-xlsx.ts';

const TABLE: ExportTable = {
  title: 'Kennzahlen: Jobcenter im Kreis Borken, Juni 2014',
  columns: [
    { key: 'name', label: 'Jobcenter', type: 'text' },
    { key: 'elb', label: 'eLb', type: 'number' },
    { key: 'k2', label: 'Integrationsquote', type: 'percent' },
    { key: 'k3', label: 'Veränderung LZB', type: 'percent', decimals: 2 },
    { key: 'stand', label: 'Datenstand', type: 'date' },
    { key: 'monat', label: 'Monat', type: 'date' },
  ],
  rows: [
    {
      name: 'Ahaus; Süd "Mitte"',
      elb: 10785,
      k2: 24.6,
      k3: -1.25,
      stand: '2016-04-30',
      monat: '2014-06',
    },
    { name: 'Bocholt', elb: 1234.5, k2: null, k3: 0.1 + 0.2, stand: null, monat: '2014-06' },
  ],
  notes: ['Datenstand 30.04.2016', '¹ vorläufiger Wert'],
};

describe('CSV export', () => {
  it('writes the German Excel dialect: BOM, semicolons, decimal comma, German dates, CRLF', () => {
    const csv = renderCsv(TABLE);
    assert.ok(csv.startsWith('\uFEFF'));
    assert.deepEqual(csv.slice(1).split('\r\n'), [
      'Jobcenter;eLb;Integrationsquote (%);Veränderung LZB (%);Datenstand;Monat',
      // the name holds the separator and quotes: quoted, quotes doubled (RFC 4180 §2.6, 2.7)
      '"Ahaus; Süd ""Mitte""";10785;24,6;-1,25;30.04.2016;06.2014',
      // 0.1 + 0.2 = 0.30000000000000004 in binary floating point, written as 0,3; null → empty
      'Bocholt;1234,5;;0,3;;06.2014',
      '',
    ]);
  });

  it('writes RFC 4180 with commas and ISO dates for the international dialect', () => {
    const lines = renderCsv(TABLE, 'international').split('\r\n');
    assert.equal(lines[1], '"Ahaus; Süd ""Mitte""",10785,24.6,-1.25,2016-04-30,2014-06');
    assert.equal(lines[2], 'Bocholt,1234.5,,0.3,,2014-06');
  });
});

describe('CSV injection', () => {
  it('text that a spreadsheet would run as a formula gets a leading apostrophe; figures stay figures', () => {
    const table: ExportTable = {
      title: 'Formeln',
      columns: [
        { key: 'text', label: '=Überschrift', type: 'text' },
        { key: 'wert', label: 'Wert', type: 'number' },
      ],
      rows: [
        { text: '=HYPERLINK("http://evil.example","klick")', wert: -5.25 },
        { text: '+1+1', wert: -1 },
        { text: '-2+3', wert: 0 },
        { text: '@SUMME(A1)', wert: 1 },
        { text: '\t=1', wert: null },
        { text: '\r=1', wert: null },
        { text: 'Ahaus - Süd', wert: 2 },
      ],
    };
    assert.deepEqual(renderCsv(table).slice(1).split('\r\n'), [
      "'=Überschrift;Wert",
      '"\'=HYPERLINK(""http://evil.example"",""klick"")";-5,25',
      "'+1+1;-1",
      "'-2+3;0",
      "'@SUMME(A1);1",
      "'\t=1;",
      '"\'\r=1";',
      'Ahaus - Süd;2',
      '',
    ]);
    assert.equal(renderCsv(table, 'international').split('\r\n')[2], "'+1+1,-1");
  });
});

describe('XLSX export', () => {
  it('keeps figures as numbers with number formats, percent as fractions, dates as dates', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx(TABLE)) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    // the colon is not allowed in sheet names; 31 characters at most
    assert.equal(sheet.name, 'Kennzahlen Jobcenter im Kreis B');
    assert.equal(sheet.getCell('A1').value, TABLE.title);
    assert.deepEqual((sheet.getRow(3).values as unknown[]).slice(1), [
      'Jobcenter',
      'eLb',
      'Integrationsquote (%)',
      'Veränderung LZB (%)',
      'Datenstand',
      'Monat',
    ]);
    const ahaus = sheet.getRow(4);
    assert.equal(ahaus.getCell(1).value, 'Ahaus; Süd "Mitte"');
    assert.equal(ahaus.getCell(2).value, 10785);
    // the eLb column has a value with one decimal (1234,5), so the column shows one
    assert.equal(ahaus.getCell(2).numFmt, '#,##0.0');
    // 24,6 % is stored as the fraction 0.246 and shown with the percent format
    assert.ok(Math.abs((ahaus.getCell(3).value as number) - 0.246) < 1e-12);
    assert.equal(ahaus.getCell(3).numFmt, '0.0%');
    assert.equal(ahaus.getCell(4).numFmt, '0.00%');
    assert.deepEqual(ahaus.getCell(5).value, new Date(Date.UTC(2016, 3, 30)));
    assert.equal(ahaus.getCell(5).numFmt, 'dd.mm.yyyy');
    assert.deepEqual(ahaus.getCell(6).value, new Date(Date.UTC(2014, 5, 1)));
    assert.equal(ahaus.getCell(6).numFmt, 'mm.yyyy');
    const bocholt = sheet.getRow(5);
    assert.equal(bocholt.getCell(2).value, 1234.5);
    assert.equal(bocholt.getCell(3).value, null);
    // notes after one empty row
    assert.equal(sheet.getCell('A7').value, 'Datenstand 30.04.2016');
    assert.equal(sheet.getCell('A8').value, '¹ vorläufiger Wert');
  });

  it('writes a table without rows and notes', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await renderXlsx({
        title: 'Leer',
        columns: [{ key: 'a', label: 'A', type: 'number' }],
        rows: [],
      })) as unknown as ExcelJS.Buffer,
    );
    assert.equal(workbook.worksheets[0]!.getCell('A3').value, 'A');
    assert.equal(workbook.worksheets[0]!.rowCount, 3);
  });
});

describe('export contract', () => {
  it('names the field that is wrong', () => {
    const bad = exportTableSchema.safeParse({
      title: 'T',
      columns: [
        { key: 'a', label: 'A', type: 'number' },
        { key: 'a', label: 'B', type: 'date' },
      ],
      rows: [{ a: 'zehn' }],
    });
    assert.equal(bad.success, false);
    const messages = bad.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    assert.ok(messages.includes('columns.1.key: Schlüssel „a“ doppelt'), messages.join('\n'));
    assert.ok(
      messages.includes('rows.0.a: Spalte 1 („A“): Zahl oder null erwartet'),
      messages.join('\n'),
    );
  });
});
