/**
 * Document generation times (issue 5: agreement PDF < 1 s, monitoring report with charts < 3 s):
 * the Borken 2014 agreement as PDF and DOCX from its content, the monitoring report of Kreis
 * Borken (13 targets, 4 charts, comparison of 17 Jobcenter) through the service on a real
 * PostgreSQL with the demo content, and an XLSX export of 10.000 rows. Each measured over
 * several runs after a first (cold) run; median and minimum printed. The Typst compiler
 * memoizes layout across documents; its cache is cleared before every PDF run, so the figures
 * are those of a document it has not seen (an identical repeat takes a few milliseconds).
 *
 *   npm run bench -- documents [--runs N] [--no-db]
 */
import { parseArgs } from 'node:util';
import { buildAgreementDocument } from '../../src/documents/models/agreement-document.ts';
import { buildMonitoringReportDocument } from '../../src/documents/models/monitoring-report.ts';
import { renderDocx } from '../../src/documents/render/docx/render-docx.ts';
import { renderXlsx } from '../../src/documents/render/table/render-xlsx.ts';
import { clearTypstCache } from '../../src/documents/render/typst/compile-pdf.ts';
import { renderPdf } from '../../src/documents/render/typst/render-pdf.ts';
import { startDemoTestBed } from '../../src/services/documents/demo-test-bed.ts';
import {
  loadMonitoringReportData,
  renderMonitoringReport,
} from '../../src/services/documents/monitoring-report.ts';
import { buildBorkenAgreement2014 } from '../../src/synthetic/demo/agreement-borken-2014.ts';
import { formatTimings, time, type Timing } from './timing.ts';

const TARGETS_MS = { 'Zielvereinbarung PDF': 1000, 'Monitoringbericht PDF (Dienst + DB)': 3000 };

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
const pages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

async function reportTimings(runs: number): Promise<Timing[]> {
  const started = performance.now();
  console.error('… PostgreSQL mit dem Demo-Inhalt (Kreis Borken 2014) …');
  const bed = await startDemoTestBed();
  try {
    console.error(
      `… Demo geladen in ${((performance.now() - started) / 1000).toFixed(1)} s (nicht gemessen)`,
    );
    const ctx = await bed.as('controlling-borken');
    const request = { unitId: '05554', month: '2014-06' };
    const data = await loadMonitoringReportData(ctx, request);
    return [
      await time('Monitoringbericht PDF (Dienst + DB)', runs, async () => {
        clearTypstCache();
        const file = await renderMonitoringReport(ctx, request);
        return `${kb(file.bytes.length)}, ${pages(file.bytes)} Seiten`;
      }),
      await time('  davon Daten laden (DB, Bewertung)', runs, async () => {
        await loadMonitoringReportData(ctx, request);
        return `${data.targets.length} Ziele, ${data.comparison.length} Einheiten`;
      }),
      await time('  davon Modell + Grafiken + Typst', runs, () => {
        clearTypstCache();
        const pdf = renderPdf(buildMonitoringReportDocument(data));
        return `${kb(pdf.length)}`;
      }),
    ];
  } finally {
    await bed.destroy();
  }
}

export async function runDocumentsBench(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      runs: { type: 'string', default: '9' },
      'no-db': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs must be a positive number, got ${values.runs}`);
  const content = buildBorkenAgreement2014();
  const timings: Timing[] = [
    await time('Zielvereinbarung PDF', runs, () => {
      clearTypstCache();
      const pdf = renderPdf(
        buildAgreementDocument(content, { status: 'unterzeichnet', versionNo: 1 }),
      );
      return `${kb(pdf.length)}, ${pages(pdf)} Seiten`;
    }),
    await time('Zielvereinbarung DOCX', runs, async () =>
      kb(
        (await renderDocx(buildAgreementDocument(content, { status: 'entwurf', versionNo: 1 })))
          .length,
      ),
    ),
    await time('XLSX-Export 10.000 Zeilen', runs, async () => {
      const rows = Array.from({ length: 10_000 }, (_, i) => ({
        einheit: `Einheit ${i}`,
        elb: 1000 + i,
        k2: 20 + (i % 100) / 10,
        monat: '2014-06',
      }));
      const xlsx = await renderXlsx({
        title: 'Export',
        columns: [
          { key: 'einheit', label: 'Einheit', type: 'text' },
          { key: 'elb', label: 'eLb', type: 'number' },
          { key: 'k2', label: 'K2', type: 'percent' },
          { key: 'monat', label: 'Monat', type: 'date' },
        ],
        rows,
      });
      return kb(xlsx.length);
    }),
  ];
  if (!values['no-db']) timings.push(...(await reportTimings(runs)));
  console.log(`Dokumente (${runs} Läufe nach einem ersten Lauf; Node ${process.version})`);
  console.log(formatTimings(timings, TARGETS_MS));
}
