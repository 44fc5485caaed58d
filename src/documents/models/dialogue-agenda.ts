/**
 * Preparation of a Zielsteuerungsdialog (zielsteuerung.md: the parties meet usually twice a
 * year): an agenda generated from the targets that are off track (gefährdet, nicht erreicht),
 * one item each with its figures, explanation and chart; the frame items before and after are
 * fixed. The other targets follow as an overview.
 */
import type { TargetStatus } from '../../domain/monitoring/types.ts';
import { formatMonthYearDe } from '../../domain/shared/format-de.ts';
import { paragraph, type Block, type DocumentModel } from './document-model.ts';
import { toAsciiFileName } from './file-name.ts';
import { datenstandText, generatedText } from './monitoring-report.ts';
import { notesFor } from './report-marks.ts';
import type { ReportAgreement, ReportContext, ReportTarget } from './report-data.ts';
import {
  overviewTable,
  statusText,
  targetHeading,
  targetSection,
  usedMarks,
} from './target-figures.ts';

export const OFF_TRACK: readonly TargetStatus[] = ['nicht_erreicht', 'gefaehrdet'];

export interface DialogueAgendaData extends ReportContext {
  agreement: ReportAgreement;
  targets: ReportTarget[];
  /** the month the figures are judged as of (1–12), null = the latest month with data */
  month: number | null;
}

/** Targets off track, worst first (nicht erreicht before gefährdet), in document order within a status. */
export function offTrackTargets(targets: readonly ReportTarget[]): ReportTarget[] {
  const rank = (rt: ReportTarget) => OFF_TRACK.indexOf(rt.assessment?.status ?? 'offen');
  return targets
    .filter((rt) => rank(rt) >= 0)
    .map((rt, i) => ({ rt, i }))
    .sort((a, b) => rank(a.rt) - rank(b.rt) || a.i - b.i)
    .map((x) => x.rt);
}

export function agendaItems(offTrack: readonly ReportTarget[]): string[] {
  return [
    'Begrüßung, Ziel des Gesprächs und Stand der Zielerreichung im Überblick',
    ...offTrack.map(
      (rt) =>
        `${targetHeading(rt)} (${statusText(rt.assessment!.status, rt.assessment!.reason).toLowerCase()})`,
    ),
    'Entwicklung der Rahmenbedingungen und ihre Berücksichtigung bei der Beurteilung der Zielerreichung',
    'Verabredungen und nächste Schritte',
  ];
}

export function buildDialogueAgendaDocument(data: DialogueAgendaData): DocumentModel {
  const year = data.agreement.year;
  const asOf =
    data.month === null ? 'neuester Monat mit Daten' : formatMonthYearDe(year, data.month);
  const offTrack = offTrackTargets(data.targets);
  const items = agendaItems(offTrack);
  const blocks: Block[] = [
    { kind: 'centered', lines: ['Zielsteuerungsdialog'], bold: true, size: 'large' },
    {
      kind: 'centered',
      lines: [`Vorbereitung · Zielvereinbarung ${year} · ${data.agreement.parties}`],
      bold: true,
    },
    {
      kind: 'facts',
      rows: [
        [
          'Zielvereinbarung',
          `${year}, ${data.agreement.parties}, Fassung ${data.agreement.versionNo}`,
        ],
        ['Stand der Zahlen', asOf],
        ['Datenstand', datenstandText(data)],
        ['Erstellt', generatedText(data)],
      ],
    },
    { kind: 'heading', level: 1, text: 'Tagesordnung' },
    { kind: 'facts', rows: items.map((item, i) => [`TOP ${i + 1}`, item]) },
  ];
  if (offTrack.length === 0) {
    blocks.push(
      paragraph(
        'Kein Ziel ist gefährdet oder verfehlt; das Gespräch kann sich auf den Stand der Zielerreichung und die Rahmenbedingungen beschränken.',
      ),
    );
  }
  blocks.push({ kind: 'heading', level: 1, text: 'Ziele mit Gesprächsbedarf' });
  offTrack.forEach((rt, i) => {
    const [section] = targetSection(rt, year, { chart: true });
    if (section?.kind === 'group')
      blocks.push({
        kind: 'group',
        blocks: [
          { kind: 'heading', level: 2, text: `TOP ${i + 2}: ${targetHeading(rt)}` },
          ...section.blocks.slice(1),
        ],
      });
  });
  if (offTrack.length === 0) blocks.push(paragraph('Keine.'));
  blocks.push(
    { kind: 'heading', level: 1, text: 'Alle Ziele im Überblick' },
    { kind: 'table', table: overviewTable(data.targets, year, `Stand der Ziele (${asOf})`) },
    {
      kind: 'notes',
      items: notesFor({ ...usedMarks(data.targets), suppressed: false, missing: false }),
    },
  );
  return {
    title: `Zielsteuerungsdialog ${year}: ${data.agreement.parties}`,
    footer: `Vorbereitung Zielsteuerungsdialog ${year} · ${data.agreement.parties} · Stand ${asOf}`,
    watermark: null,
    fileName: toAsciiFileName(
      `Zielsteuerungsdialog ${year} ${data.agreement.unitName} Vorbereitung`,
    ),
    orientation: 'portrait',
    blocks,
  };
}
