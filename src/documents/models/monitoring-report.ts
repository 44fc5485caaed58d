/**
 * The monthly monitoring report of a Träger (or örtliches Jobcenter): for what and when it was
 * made (unit, month, agreement, Datenstand, filters), every target's status, a section with
 * chart for each target with figures, the other targets in a table, the comparison of the
 * örtliche Jobcenter, definitions and footnotes.
 */
import type { UnitKind } from '../../domain/units/unit-tree.ts';
import {
  KENNZAHL_DEFINITIONS,
  BASE_QUANTITY_LABELS,
  type BaseQuantity,
  type KennzahlId,
} from '../../domain/kpi/catalog.ts';
import { STATUS_LABELS } from '../../domain/agreements/lifecycle.ts';
import { kennzahlNameOfMonth } from '../../domain/kpi/kennzahl-name.ts';
import { formatDateDe, formatMonthYearDe } from '../../domain/shared/format-de.ts';
import { comparisonTable, COMPARISON_COLUMNS } from './comparison-table.ts';
import { paragraph, type Block, type DocumentModel, type DocumentTable } from './document-model.ts';
import { toAsciiFileName } from './file-name.ts';
import { notesFor } from './report-marks.ts';
import type { ComparisonRow, ReportAgreement, ReportContext, ReportTarget } from './report-data.ts';
import {
  overviewTable,
  statusText,
  targetName,
  targetSection,
  usedMarks,
} from './target-figures.ts';

export interface MonitoringReportData extends ReportContext {
  unit: { id: string; name: string; kind: UnitKind };
  /** YYYY-MM */
  month: string;
  agreement: ReportAgreement | null;
  targets: ReportTarget[];
  comparison: ComparisonRow[];
  /** the viewer may see counts of 1 and 2 */
  microdataRights: boolean;
}

export function datenstandText(ctx: ReportContext): string {
  const stands = [...new Set(ctx.stands)].sort().map(formatDateDe);
  const which =
    ctx.datenstand === 'latest' ? 'neuester je Wert' : `Datenstand Nr. ${ctx.datenstand}`;
  return stands.length === 0 ? `${which} (keine Werte)` : `${stands.join(', ')} (${which})`;
}

export function generatedText(ctx: ReportContext): string {
  return `${formatDateDe(ctx.generatedAt.slice(0, 10))}, ${ctx.generatedBy}`;
}

function monthOf(yearMonth: string): { year: number; month: number } {
  return { year: Number(yearMonth.slice(0, 4)), month: Number(yearMonth.slice(5, 7)) };
}

/** The figures of the comparison explained (catalog.ts, kennzahlen.md), named as in `yearMonth`. */
export function definitionsTable(yearMonth: string): DocumentTable {
  const rows = COMPARISON_COLUMNS.map((c) => {
    if (c.kind === 'grundgroesse')
      return { id: c.label, text: `${BASE_QUANTITY_LABELS[c.metric as BaseQuantity]}.` };
    const k = KENNZAHL_DEFINITIONS[c.metric as KennzahlId];
    return { id: c.label, text: `${kennzahlNameOfMonth(k.id, yearMonth)}: ${k.definition}` };
  });
  return {
    title: 'Definitionen (§ 48a SGB II, Kennzahlen-Verordnung)',
    columns: [
      { key: 'id', label: 'Kürzel', type: 'text' },
      { key: 'text', label: 'Bedeutung', type: 'text' },
    ],
    rows,
    widths: [1, 7],
  };
}

function targetBlocks(data: MonitoringReportData, year: number): Block[] {
  if (data.agreement === null)
    return [paragraph(`Für ${year} liegt für ${data.unit.name} keine Zielvereinbarung vor.`)];
  const judged = data.targets.filter((t) => t.target.criterion !== null);
  const blocks: Block[] = [
    {
      kind: 'table',
      table: overviewTable(
        judged,
        year,
        `Stand der Ziele, ${formatMonthYearDe(year, monthOf(data.month).month)}`,
      ),
    },
  ];
  const withFigures = judged.filter((t) => t.snapshot !== null);
  for (const rt of withFigures) blocks.push(...targetSection(rt, year, { chart: true }));
  const others = judged.filter((t) => t.snapshot === null);
  if (others.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: 'Meilensteine und weitere Ziele' });
    blocks.push({
      kind: 'table',
      table: {
        title: 'Ziele ohne Kennzahl',
        columns: [
          { key: 'ziel', label: 'Ziel', type: 'text' },
          { key: 'status', label: 'Status', type: 'text' },
          { key: 'erlaeuterung', label: 'Erläuterung', type: 'text' },
        ],
        rows: others.map((rt) => ({
          ziel: targetName(rt),
          status:
            rt.assessment === null ? '–' : statusText(rt.assessment.status, rt.assessment.reason),
          erlaeuterung: rt.assessment?.explanation ?? '',
        })),
        widths: [1.4, 1.2, 6],
      },
    });
  }
  return blocks;
}

export function buildMonitoringReportDocument(data: MonitoringReportData): DocumentModel {
  const { year, month } = monthOf(data.month);
  const period = formatMonthYearDe(year, month);
  const facts: [string, string][] = [
    ['Einheit', data.unit.name],
    ['Berichtsmonat', `${period} (Jahreswerte Januar bis ${period})`],
    [
      'Zielvereinbarung',
      data.agreement === null
        ? 'keine'
        : `${data.agreement.year}, ${data.agreement.parties}, Fassung ${data.agreement.versionNo} (${STATUS_LABELS[data.agreement.status]})`,
    ],
    ['Datenstand', datenstandText(data)],
    [
      'Filter',
      `Geschlecht: insgesamt; Vergleich: ${data.unit.name} und ${data.comparison.filter((r) => !r.total).length} örtliche Jobcenter`,
    ],
    [
      'Kleine Fallzahlen',
      data.microdataRights
        ? 'angezeigt (Berechtigung für Sozialdaten)'
        : 'geschützt, • (keine Berechtigung für Sozialdaten)',
    ],
    ['Erstellt', generatedText(data)],
  ];
  const targetMarks = usedMarks(data.targets);
  const blocks: Block[] = [
    {
      kind: 'centered',
      lines: ['Monitoringbericht Zielsteuerung SGB II'],
      bold: true,
      size: 'large',
    },
    { kind: 'centered', lines: [`${data.unit.name} · ${period}`], bold: true },
    { kind: 'facts', rows: facts },
    { kind: 'heading', level: 1, text: 'Stand der Zielerreichung' },
    ...targetBlocks(data, year),
    { kind: 'notes', items: notesFor({ ...targetMarks, suppressed: false, missing: false }) },
    { kind: 'heading', level: 1, text: 'Vergleich der örtlichen Jobcenter' },
    {
      kind: 'table',
      table: comparisonTable(data.comparison, {
        title: `Kennzahlen ${period}, insgesamt`,
        microdataRights: data.microdataRights,
      }),
    },
    { kind: 'table', table: definitionsTable(data.month) },
  ];
  return {
    title: `Monitoringbericht ${data.unit.name} ${period}`,
    footer: `Monitoringbericht ${data.unit.name} · ${period} · Datenstand ${datenstandText(data)}`,
    watermark: null,
    fileName: toAsciiFileName(`Monitoringbericht ${data.unit.name} ${data.month}`),
    orientation: 'portrait',
    blocks,
  };
}
