/**
 * The Zielerreichungsbericht at year end (zielsteuerung.md "year-end assessment"): for each
 * target the agreed value, the result with its figures, the system's judgement, the parties'
 * decision and — where they depart from the system — the adjustment, its reason and the
 * documented changes of framework conditions it rests on.
 */
import { renderTargetValue } from '../../domain/agreements/sentence.ts';
import { STATUS_LABELS } from '../../domain/agreements/lifecycle.ts';
import type { TargetStatus } from '../../domain/monitoring/types.ts';
import { formatDateDe } from '../../domain/shared/format-de.ts';
import { paragraph, type Block, type DocumentModel, type DocumentTable } from './document-model.ts';
import { toAsciiFileName } from './file-name.ts';
import { datenstandText, generatedText } from './monitoring-report.ts';
import { notesFor } from './report-marks.ts';
import type { ReportAgreement, ReportContext, ReportTarget } from './report-data.ts';
import { figureTexts, statusText, targetName, targetSection, usedMarks } from './target-figures.ts';

export interface DecisionRecord {
  targetId: string;
  /** the system's result recorded with the decision */
  systemStatus: TargetStatus | null;
  finalDecision: 'erreicht' | 'nicht_erreicht' | 'nicht_bewertbar';
  adjustment: string | null;
  frameworkChangeIds: number[];
  decidedBy: string;
  /** ISO date-time */
  decidedAt: string;
}

export interface FrameworkChangeRecord {
  id: number;
  /** ISO date */
  since: string;
  description: string;
  /** empty = all targets */
  targetIds: string[];
}

export interface AssessmentReportData extends ReportContext {
  agreement: ReportAgreement;
  targets: ReportTarget[];
  decisions: DecisionRecord[];
  frameworkChanges: FrameworkChangeRecord[];
}

function decisionText(d: DecisionRecord | undefined): string {
  if (d === undefined) return 'noch nicht entschieden';
  const departs = d.systemStatus !== null && d.systemStatus !== d.finalDecision;
  return `${statusText(d.finalDecision)}${departs ? ' (angepasst)' : ''}`;
}

function summaryTable(
  targets: readonly ReportTarget[],
  decisions: Map<string, DecisionRecord>,
  year: number,
): DocumentTable {
  return {
    title: `Ergebnis ${year} je Ziel`,
    columns: [
      { key: 'ziel', label: 'Ziel', type: 'text' },
      { key: 'zielwert', label: 'Vereinbarter Zielwert', type: 'text' },
      { key: 'ist', label: 'Ergebnis', type: 'text' },
      { key: 'soll', label: 'Soll', type: 'text' },
      { key: 'system', label: 'System', type: 'text' },
      { key: 'entscheidung', label: 'Entscheidung', type: 'text' },
    ],
    rows: targets.map((rt) => {
      const f = figureTexts(rt, year);
      return {
        ziel: targetName(rt),
        zielwert: renderTargetValue(rt.target.criterion!),
        ist: f.actual,
        soll: f.target,
        system:
          rt.assessment === null ? '–' : statusText(rt.assessment.status, rt.assessment.reason),
        entscheidung: decisionText(decisions.get(rt.target.id)),
      };
    }),
    widths: [1.5, 3.6, 1.3, 1.3, 1.4, 1.8],
  };
}

function decisionBlocks(
  d: DecisionRecord | undefined,
  changes: Map<number, FrameworkChangeRecord>,
): Block[] {
  if (d === undefined)
    return [paragraph('Entscheidung der Vereinbarungspartner: noch nicht getroffen.')];
  const system =
    d.systemStatus === null
      ? ''
      : d.systemStatus === d.finalDecision
        ? ' (wie das Systemergebnis)'
        : ` (abweichend vom Systemergebnis „${statusText(d.systemStatus)}“)`;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      runs: [
        { text: 'Entscheidung: ', bold: true },
        {
          text: `${statusText(d.finalDecision)}${system}, festgestellt am ${formatDateDe(d.decidedAt.slice(0, 10))} von ${d.decidedBy}.`,
        },
      ],
    },
  ];
  if (d.adjustment !== null && d.adjustment.trim() !== '')
    blocks.push({
      kind: 'paragraph',
      runs: [{ text: 'Begründung der Anpassung: ', bold: true }, { text: d.adjustment }],
    });
  const cited = d.frameworkChangeIds.map((id) => changes.get(id)).filter((c) => c !== undefined);
  if (cited.length > 0) {
    blocks.push(paragraph('Berücksichtigte Änderungen der Rahmenbedingungen:'), {
      kind: 'list',
      items: cited.map((c) => `Nr. ${c.id}, seit ${formatDateDe(c.since)}: ${c.description}`),
    });
  }
  return blocks;
}

function changesTable(changes: readonly FrameworkChangeRecord[]): DocumentTable {
  return {
    title: 'Dokumentierte Änderungen der Rahmenbedingungen',
    columns: [
      { key: 'nr', label: 'Nr.', type: 'text' },
      { key: 'seit', label: 'seit', type: 'date' },
      { key: 'beschreibung', label: 'Beschreibung', type: 'text' },
      { key: 'ziele', label: 'betroffene Ziele', type: 'text' },
    ],
    rows: changes.map((c) => ({
      nr: String(c.id),
      seit: c.since,
      beschreibung: c.description,
      ziele: c.targetIds.length === 0 ? 'alle' : c.targetIds.join(', '),
    })),
    widths: [0.6, 1.2, 5, 1.6],
  };
}

export function buildAssessmentReportDocument(data: AssessmentReportData): DocumentModel {
  const year = data.agreement.year;
  const judged = data.targets.filter((rt) => rt.target.criterion !== null);
  const decisions = new Map(data.decisions.map((d) => [d.targetId, d]));
  const changes = new Map(data.frameworkChanges.map((c) => [c.id, c]));
  // targets with figures whose latest month is not yet December
  const open = judged.filter((rt) => rt.snapshot !== null && rt.assessment?.month !== 12);
  const blocks: Block[] = [
    { kind: 'centered', lines: [`Zielerreichungsbericht ${year}`], bold: true, size: 'large' },
    { kind: 'centered', lines: [data.agreement.parties], bold: true },
    {
      kind: 'facts',
      rows: [
        [
          'Zielvereinbarung',
          `${year}, Fassung ${data.agreement.versionNo} (${STATUS_LABELS[data.agreement.status]})`,
        ],
        [
          'Entschieden',
          `${judged.filter((rt) => decisions.has(rt.target.id)).length} von ${judged.length} Zielen`,
        ],
        ['Datenstand', datenstandText(data)],
        ['Erstellt', generatedText(data)],
      ],
    },
  ];
  if (open.length > 0) {
    blocks.push(
      paragraph(
        `Vorläufig: Für ${open.map(targetName).join(', ')} liegt der Dezemberwert ${year} noch nicht vor; das Ergebnis ist der Stand des letzten Monats mit Daten.`,
      ),
    );
  }
  blocks.push({ kind: 'table', table: summaryTable(judged, decisions, year) });
  blocks.push({
    kind: 'notes',
    items: [
      'Teilziele ohne eigenes Kriterium werden über ihr Gesamtziel bewertet. „Angepasst“: die Vereinbarungspartner haben abweichend vom Systemergebnis entschieden (Begründung beim Ziel).',
      ...notesFor({ ...usedMarks(judged), suppressed: false, missing: false }),
    ],
  });
  blocks.push({ kind: 'heading', level: 1, text: 'Ergebnisse im Einzelnen' });
  for (const rt of judged) {
    const [section] = targetSection(rt, year, { chart: rt.snapshot !== null });
    if (section?.kind === 'group')
      blocks.push({
        kind: 'group',
        blocks: [...section.blocks, ...decisionBlocks(decisions.get(rt.target.id), changes)],
      });
  }
  blocks.push({ kind: 'heading', level: 1, text: 'Änderungen der Rahmenbedingungen' });
  blocks.push(
    data.frameworkChanges.length === 0
      ? paragraph('Es sind keine Änderungen der Rahmenbedingungen dokumentiert.')
      : { kind: 'table', table: changesTable(data.frameworkChanges) },
  );
  return {
    title: `Zielerreichungsbericht ${year}: ${data.agreement.parties}`,
    footer: `Zielerreichungsbericht ${year} · ${data.agreement.parties}`,
    watermark: null,
    fileName: toAsciiFileName(`Zielerreichungsbericht ${year} ${data.agreement.unitName}`),
    orientation: 'portrait',
    blocks,
  };
}
