/**
 * The document routes on a real PostgreSQL holding the demo content (the signed 2014 agreement
 * Kreis Borken, its 17 local agreements, the synthetic Kennzahlen 2012–2015).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { listAgreements } from '../../../services/agreements/get-agreement.ts';
import { startDemoTestBed, type DemoTestBed } from '../../../services/documents/demo-test-bed.ts';
import { missingInOrder, pdfPages, pdfToText } from '../../../documents/test-support/pdf-text.ts';
import { createApp } from '../../app.ts';

let bed: DemoTestBed;
let app: ReturnType<typeof createApp>;
let borkenId: string;
let ahausId: string;
let user = 'controlling-borken';

before(async () => {
  bed = await startDemoTestBed();
  app = createApp({ contextFor: () => bed.as(user), checkStore: () => bed.checkStore() });
  const list = await listAgreements(await bed.as('controlling-borken'), { year: 2014 });
  borkenId = list.find((a) => a.unit.id === '05554')!.id;
  ahausId = list.find((a) => a.unit.name === 'Ahaus')!.id;
});
after(async () => {
  await bed?.destroy();
});

async function get(path: string, as = 'controlling-borken', init: RequestInit = {}) {
  user = as;
  const response = await app.request(path, init);
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

const json = (bytes: Buffer) => JSON.parse(bytes.toString('utf8'));

describe('GET /api/agreements/{id}/document', () => {
  it('returns the signed agreement as PDF with an ASCII file name', async () => {
    const { response, bytes } = await get(`/api/agreements/${borkenId}/document?format=pdf`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    assert.equal(
      response.headers.get('content-disposition'),
      `attachment; filename="Zielvereinbarung_2014_Kreis_Borken.pdf"; filename*=UTF-8''Zielvereinbarung_2014_Kreis_Borken.pdf`,
    );
    assert.equal(Number(response.headers.get('content-length')), bytes.length);
    const text = pdfToText(bytes);
    assert.ok(text.includes('Dr. Kai Zwicker') && text.includes('V. Unterstützungsangebote'));
    assert.ok(
      !pdfToText(bytes, { raw: true }).includes('ENTW'),
      'a signed agreement has no draft watermark',
    );
  });

  it('returns a local agreement as DOCX', async () => {
    const { response, bytes } = await get(`/api/agreements/${ahausId}/document?format=docx`);
    assert.equal(response.status, 200);
    assert.equal(
      response.headers.get('content-type'),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    assert.match(
      response.headers.get('content-disposition')!,
      /^attachment; filename="Zielvereinbarung_2014_Ahaus\.docx"/,
    );
    assert.deepEqual([...bytes.subarray(0, 2)], [0x50, 0x4b]);
  });

  it('names the wrong field and hides agreements the user may not see', async () => {
    const wrong = await get(`/api/agreements/${borkenId}/document?format=odt`);
    assert.equal(wrong.response.status, 422);
    assert.equal(json(wrong.bytes).error.details[0].path, 'query.format');
    const hidden = await get(`/api/agreements/${borkenId}/document?format=pdf`, 'jobcenter-ahaus');
    assert.equal(hidden.response.status, 404);
    assert.equal(json(hidden.bytes).error.code, 'not_found');
  });
});

describe('GET /api/reports/monitoring', () => {
  it('prints unit, month, Datenstand, every target, the comparison of the 17 Jobcenter and page numbers', async () => {
    const { response, bytes } = await get('/api/reports/monitoring?unit=05554&month=2014-06');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    assert.match(
      response.headers.get('content-disposition')!,
      /filename="Monitoringbericht_Kreis_Borken_2014-06\.pdf"/,
    );
    const text = pdfToText(bytes);
    for (const piece of [
      'Monitoringbericht Zielsteuerung SGB II',
      'Kreis Borken · Juni 2014',
      '30.04.2016',
      'Ziel II: Verbesserung der Integration in Erwerbstätigkeit',
      'Vergleich der örtlichen Jobcenter',
      'Vreden',
      'Abbildung 2',
    ]) {
      assert.ok(text.includes(piece), piece);
    }
    // the overview lists the 10 targets with a criterion of the seed in document order (III.1–3 have none)
    const overview = text.slice(
      text.indexOf('Stand der Ziele, Juni 2014'),
      text.indexOf('Ziel I: Verringerung'),
    );
    assert.deepEqual(
      missingInOrder(
        [
          'Ziel I',
          'Ziel II',
          'Teilziel II.1',
          'Teilziel II.2',
          'Teilziel II.3',
          'Teilziel II.4',
          'Ziel III',
          'Gesamtziel III.G',
          'Ziel IV',
          'Teilziel IV.1',
        ],
        overview,
      ),
      [],
    );
    assert.ok(!overview.includes('III.1'));
    const pages = pdfPages(text);
    pages.forEach((page, i) =>
      assert.match(page, new RegExp(`Seite ${i + 1} von ${pages.length}`)),
    );
    assert.ok(text.includes('angezeigt (Berechtigung für Sozialdaten)'));
  });

  it('says that small counts are suppressed for a viewer without microdata rights', async () => {
    const { response, bytes } = await get(
      '/api/reports/monitoring?unit=05554&month=2014-06',
      'mais-nrw',
    );
    assert.equal(response.status, 200);
    assert.ok(pdfToText(bytes).includes('geschützt, • (keine Berechtigung für Sozialdaten)'));
  });

  it('rejects a month that is none and a unit the user may not see', async () => {
    const bad = await get('/api/reports/monitoring?unit=05554&month=2014-13');
    assert.equal(bad.response.status, 422);
    assert.equal(json(bad.bytes).error.details[0].path, 'query.month');
    const hidden = await get('/api/reports/monitoring?unit=05554&month=2014-06', 'jobcenter-ahaus');
    assert.equal(hidden.response.status, 404);
  });
});

describe('dialogue agenda and Zielerreichungsbericht', () => {
  it('builds the agenda from the targets off track', async () => {
    const { response, bytes } = await get(
      `/api/agreements/${borkenId}/dialogue-agenda?month=2014-06`,
    );
    assert.equal(response.status, 200);
    const text = pdfToText(bytes);
    assert.ok(text.includes('Tagesordnung') && text.includes('TOP 1'));
    assert.match(
      response.headers.get('content-disposition')!,
      /filename="Zielsteuerungsdialog_2014_Kreis_Borken_Vorbereitung\.pdf"/,
    );
  });

  it('reports each target at year end with the recorded decisions', async () => {
    const { response, bytes } = await get(`/api/agreements/${borkenId}/assessment-report`);
    assert.equal(response.status, 200);
    const text = pdfToText(bytes);
    assert.ok(
      text.includes('Zielerreichungsbericht 2014') &&
        text.includes('Dezember 2014') &&
        text.includes('noch nicht getroffen'),
    );
  });
});

describe('POST /api/exports', () => {
  const table = {
    title: 'Integrationsquote örtlicher Jobcenter',
    columns: [
      { key: 'jc', label: 'Jobcenter', type: 'text' },
      { key: 'k2', label: 'K2', type: 'percent' },
    ],
    rows: [
      { jc: 'Ahaus', k2: 24.6 },
      { jc: 'Südlohn', k2: null },
    ],
    notes: ['Datenstand 30.04.2016'],
  };
  const post = (format: string, body: unknown) =>
    get(`/api/exports?format=${format}`, 'mais-nrw', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('streams an XLSX with the figures as numbers', async () => {
    const { response, bytes } = await post('xlsx', table);
    assert.equal(response.status, 200);
    assert.equal(
      response.headers.get('content-type'),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    assert.match(
      response.headers.get('content-disposition')!,
      /filename="Integrationsquote_oertlicher_Jobcenter\.xlsx"; filename\*=UTF-8''Integrationsquote_oertlicher_Jobcenter\.xlsx/,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const cell = workbook.worksheets[0]!.getCell('B4');
    assert.ok(Math.abs((cell.value as number) - 0.246) < 1e-12);
    assert.equal(cell.numFmt, '0.0%');
  });

  it('returns German CSV and rejects a malformed table field by field', async () => {
    const csv = await post('csv', table);
    assert.equal(csv.response.headers.get('content-type'), 'text/csv; charset=utf-8');
    assert.equal(
      csv.bytes.toString('utf8'),
      '\uFEFFJobcenter;K2 (%)\r\nAhaus;24,6\r\nSüdlohn;\r\n',
    );
    const bad = await post('csv', { ...table, rows: [{ jc: 'Ahaus', k2: 'viel' }] });
    assert.equal(bad.response.status, 422);
    assert.deepEqual(
      json(bad.bytes).error.details.map((d: { path: string }) => d.path),
      ['rows.0.k2'],
    );
  });

  it('documents the routes in the OpenAPI document', async () => {
    const paths = Object.keys(json((await get('/api/openapi.json')).bytes).paths);
    for (const p of [
      '/api/agreements/{id}/document',
      '/api/reports/monitoring',
      '/api/agreements/{id}/dialogue-agenda',
      '/api/agreements/{id}/assessment-report',
      '/api/exports',
    ])
      assert.ok(paths.includes(p), p);
  });
});

describe('the audit trail', () => {
  it('records every export of figures: who, which document, which record', async () => {
    const { rows } = await bed.database.pool.query<{
      action: string;
      actor: string;
      entity: string;
      entity_id: string;
      detail: { format: string };
    }>(
      "SELECT action, actor, entity, entity_id, detail FROM audit_log WHERE action LIKE 'export.%' ORDER BY id",
    );
    const seen = new Set(rows.map((r) => `${r.action} ${r.entity} ${r.detail.format}`));
    for (const expected of [
      'export.agreement_document agreement pdf',
      'export.agreement_document agreement docx',
      'export.monitoring_report unit pdf',
      'export.dialogue_agenda agreement pdf',
      'export.assessment_report agreement pdf',
      'export.table table xlsx',
      'export.table table csv',
    ])
      assert.ok(seen.has(expected), `${expected} in ${[...seen].join(', ')}`);
    const agreementDocument = rows.find((r) => r.action === 'export.agreement_document')!;
    assert.deepEqual(
      [agreementDocument.actor, agreementDocument.entity_id],
      ['controlling-borken', borkenId],
    );
    // a refused request (422, 404) exported nothing and left no record
    const refused = rows.filter(
      (r) =>
        r.action === 'export.monitoring_report' &&
        r.entity_id !== '05554' &&
        r.entity_id !== '05554004',
    );
    assert.deepEqual(refused, []);
  });
});
