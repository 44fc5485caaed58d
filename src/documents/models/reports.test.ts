import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assessTarget } from '../../domain/monitoring/attainment.ts';
import {
  makeSnapshot,
  makeTarget,
  ZIEL_II,
  ZIEL_III,
} from '../../domain/monitoring/test-fixtures.ts';
import {
  PROTECTED,
  PROTECTED_SYMBOL,
  PROTECTION_NOTE,
  type ProtectionMark,
} from '../../domain/disclosure/control/mark.ts';
import type { TargetStatus } from '../../domain/monitoring/types.ts';
import { renderPdf } from '../render/typst/render-pdf.ts';
import { comparable, pdfToText } from '../test-support/pdf-text.ts';
import { buildAssessmentReportDocument } from './assessment-report.ts';
import { comparisonTable } from './comparison-table.ts';
import { agendaItems, offTrackTargets } from './dialogue-agenda.ts';
import type { Block } from './document-model.ts';
import { buildMonitoringReportDocument, type MonitoringReportData } from './monitoring-report.ts';
import type { ComparisonCell, ComparisonRow, ReportTarget } from './report-data.ts';
import { PROVISIONAL_NOTE } from './report-marks.ts';
import { figureTexts } from './target-figures.ts';

const cell = (
  value: number | null,
  quality: 'final' | 'vorlaeufig' = 'final',
  suppressed: ProtectionMark | null = null,
): ComparisonCell => ({ value: suppressed === null ? value : null, quality, suppressed });
const row = (
  unitId: string,
  name: string,
  elb: number,
  k2: number | null,
  k1: number,
  options: { total?: boolean; quality?: 'final' | 'vorlaeufig'; k2Withheld?: boolean } = {},
): ComparisonRow => ({
  unitId,
  name,
  total: options.total ?? false,
  cells: {
    ELB: cell(elb, options.quality),
    K2: k2 === null ? null : cell(k2, options.quality, options.k2Withheld ? PROTECTED : null),
    K1: cell(k1),
  },
});

/**
 * Kreis (total) and three Jobcenter as the server's disclosure control released them to a viewer
 * without microdata rights: K2 of Heek and of Legden withheld (the model neither knows nor prints
 * why), everything else shown; Legden's figures are provisional.
 */
const ROWS: ComparisonRow[] = [
  row('K', 'Kreis', 1210, 24.0, 3.1, { total: true }),
  row('A', 'Ahaus', 1000, 25.0, 2.0),
  row('H', 'Heek', 50, 4.0, -1.0, { k2Withheld: true }),
  row('L', 'Legden', 160, 25.0, 5.5, { quality: 'vorlaeufig', k2Withheld: true }),
];

describe('comparison table', () => {
  it('prints the mark for what the server withheld, and its legend once', () => {
    const t = comparisonTable(ROWS, { title: 'Vergleich', microdataRights: false });
    assert.deepEqual(
      t.rows.map((r) => r.K2),
      [24.0, 25.0, null, null],
    );
    assert.deepEqual(
      t.marks!.map((m) => m?.K2?.text ?? ''),
      ['', '', '•', '•'],
    );
    assert.deepEqual(
      t.rows.map((r) => r.K1),
      [3.1, 2.0, -1.0, 5.5],
    );
    // Legden's provisional figures carry the footnote mark, the withheld one the protection mark
    assert.deepEqual(t.marks![3], {
      ELB: { text: '¹', replaces: false },
      K2: { text: '•', replaces: true },
    });
    assert.deepEqual(t.boldRows, [0]);
    assert.equal(t.notes!.length, 3);
    assert.match(t.notes![0]!, /^¹ vorläufiger Wert/);
    assert.equal(t.notes![1], `${PROTECTED_SYMBOL} ${PROTECTION_NOTE}`);
    // columns without stored figures are missing, noted with the dash
    assert.match(t.notes![2]!, /^– kein Wert/);
    assert.equal(t.notes!.filter((n) => n.includes(PROTECTION_NOTE)).length, 1);
  });

  it('decides nothing itself: what the server released is printed, small or not, without legend', () => {
    const released = ROWS.map((r) => row(r.unitId, r.name, 50, 4.0, 1.0, { total: r.total }));
    const t = comparisonTable(released, { title: 'Vergleich', microdataRights: false });
    assert.deepEqual(
      t.rows.map((r) => r.K2),
      [4.0, 4.0, 4.0, 4.0],
    );
    assert.ok(t.marks!.every((m) => m?.K2 === undefined));
    assert.ok(!t.notes!.some((n) => n.includes(PROTECTION_NOTE) || n.includes('•')));
  });
});

/** Ziel II judged in June 2014: JFW_K2 12,5 against 12,8 · 1,005 = 12,864 → gefährdet; June provisional. */
function reportTarget(id: string, status?: TargetStatus): ReportTarget {
  const criterion = id === 'III' ? ZIEL_III : ZIEL_II;
  const target = makeTarget(criterion, { id });
  const snapshot = makeSnapshot(
    [2.1, 4.2, 6.3, 8.4, 10.5, 12.5],
    [2.1, 4.3, 6.4, 8.6, 10.7, 12.8, 15, 17, 19, 21, 23, 25],
    'vorlaeufig',
  );
  const assessment = assessTarget(target, { today: '2014-06-30', snapshot, partStatuses: {} });
  return {
    target,
    goalNumber: id,
    goalTitle:
      id === 'III'
        ? 'Vermeidung von langfristigem Leistungsbezug'
        : 'Verbesserung der Integration in Erwerbstätigkeit',
    sentence: 'Das Ziel ist im Jahr 2014 erreicht, wenn …',
    assessment: status === undefined ? assessment : { ...assessment, status },
    snapshot,
  };
}

const DATA: MonitoringReportData = {
  unit: { id: 'K', name: 'Kreis', kind: 'traeger' },
  month: '2014-06',
  agreement: {
    id: 'a',
    year: 2014,
    status: 'unterzeichnet',
    versionNo: 1,
    parties: 'MAIS NRW – Kreis',
    unitName: 'Kreis',
  },
  targets: [reportTarget('II')],
  comparison: ROWS,
  microdataRights: false,
  generatedAt: '2014-07-01T08:00:00Z',
  generatedBy: 'Controlling',
  datenstand: 'latest',
  stands: ['2014-06-30'],
};

const facts = (blocks: Block[]) =>
  Object.fromEntries(blocks.flatMap((b) => (b.kind === 'facts' ? b.rows : [])));

describe('monitoring report', () => {
  it('prints for what, when and on which data it was made', () => {
    const f = facts(buildMonitoringReportDocument(DATA).blocks);
    assert.equal(f['Berichtsmonat'], 'Juni 2014 (Jahreswerte Januar bis Juni 2014)');
    assert.equal(f['Datenstand'], '30.06.2014 (neuester je Wert)');
    assert.equal(f['Filter'], 'Geschlecht: insgesamt; Vergleich: Kreis und 3 örtliche Jobcenter');
    assert.equal(f['Kleine Fallzahlen'], 'geschützt, • (keine Berechtigung für Sozialdaten)');
    assert.equal(f['Erstellt'], '01.07.2014, Controlling');
  });

  it('gives the target its figures, the provisional mark, the footnote and a chart', () => {
    const rt = DATA.targets[0]!;
    // 12,8 · 1,005 = 12,864 → Soll 12,9 %; Abstand 12,5 − 12,864 = −0,364 → −0,4 Prozentpunkte
    assert.deepEqual(figureTexts(rt, 2014), {
      month: 'Juni 2014',
      actual: '12,5 %¹',
      target: '12,9 %',
      gap: '−0,4 Prozentpunkte',
      previousYear: '12,8 %',
      forecast: figureTexts(rt, 2014).forecast,
    });
    assert.equal(rt.assessment!.status, 'gefaehrdet');
    const model = buildMonitoringReportDocument(DATA);
    const flat = model.blocks.flatMap((b) => (b.kind === 'group' ? b.blocks : [b]));
    assert.equal(flat.filter((b) => b.kind === 'chart').length, 1);
    assert.ok(flat.some((b) => b.kind === 'notes' && b.items.includes(PROVISIONAL_NOTE)));
    assert.equal(model.fileName, 'Monitoringbericht_Kreis_2014-06');
  });

  it('renders to a PDF that shows the protection mark, its legend once, the footnotes and the chart caption', () => {
    const text = pdfToText(renderPdf(buildMonitoringReportDocument(DATA)));
    for (const piece of [
      'Monitoringbericht Zielsteuerung SGB II',
      '12,5 %¹',
      '•',
      'Abbildung 1: Ziel II',
      'Seite 1 von',
    ])
      assert.ok(text.includes(piece), piece);
    // the legend wraps over lines in the PDF: compare without whitespace
    const flat = comparable(text);
    assert.equal(flat.split(comparable(PROTECTION_NOTE)).length - 1, 1);
    assert.ok(!/unterdrückt: |zurückrechnen lässt|kleine_zahl|rueckrechnung/.test(text));
  });

  it('says under a chart which months the disclosure control left out', () => {
    const rt = reportTarget('II');
    const withheld = { value: null, quality: 'eingeschraenkt' as const, suppressed: PROTECTED };
    const snapshot = {
      ...rt.snapshot!,
      current: [...rt.snapshot!.current.slice(0, 4), withheld, withheld],
    };
    const model = buildMonitoringReportDocument({ ...DATA, targets: [{ ...rt, snapshot }] });
    const texts = JSON.stringify(model.blocks);
    assert.ok(texts.includes('• Verlauf Mai, Juni 2014: im Verlauf ausgelassen.'), texts);
    assert.ok(!JSON.stringify(buildMonitoringReportDocument(DATA).blocks).includes('ausgelassen'));
  });

  it('prints no legend of the mark when the comparison withholds nothing', () => {
    const comparison = ROWS.map((r) => row(r.unitId, r.name, 50, 4.0, 1.0, { total: r.total }));
    const model = buildMonitoringReportDocument({ ...DATA, comparison });
    assert.ok(!JSON.stringify(model.blocks).includes(PROTECTION_NOTE));
  });
});

describe('dialogue agenda', () => {
  it('puts the targets off track on the agenda, the missed ones first', () => {
    const targets = [
      reportTarget('II', 'gefaehrdet'),
      reportTarget('III', 'nicht_erreicht'),
      reportTarget('II', 'auf_kurs'),
    ];
    assert.deepEqual(
      offTrackTargets(targets).map((t) => t.target.id),
      ['III', 'II'],
    );
    assert.deepEqual(agendaItems(offTrackTargets(targets)), [
      'Begrüßung, Ziel des Gesprächs und Stand der Zielerreichung im Überblick',
      'Ziel III: Vermeidung von langfristigem Leistungsbezug (nicht erreicht)',
      'Ziel II: Verbesserung der Integration in Erwerbstätigkeit (gefährdet)',
      'Entwicklung der Rahmenbedingungen und ihre Berücksichtigung bei der Beurteilung der Zielerreichung',
      'Verabredungen und nächste Schritte',
    ]);
  });
});

describe('Zielerreichungsbericht', () => {
  it('shows the decision, its departure from the system result, the reason and the framework change', () => {
    const rt = reportTarget('II', 'nicht_erreicht');
    const model = buildAssessmentReportDocument({
      agreement: DATA.agreement!,
      targets: [rt],
      decisions: [
        {
          targetId: 'II',
          systemStatus: 'nicht_erreicht',
          finalDecision: 'erreicht',
          adjustment: 'Werksschließung in Gronau.',
          frameworkChangeIds: [7],
          decidedBy: 'Dr. Muster',
          decidedAt: '2015-03-12T09:00:00Z',
        },
      ],
      frameworkChanges: [
        {
          id: 7,
          since: '2014-09-01',
          description: 'Schließung eines großen Arbeitgebers',
          targetIds: ['II'],
        },
      ],
      generatedAt: '2015-03-13T08:00:00Z',
      generatedBy: 'Controlling',
      datenstand: 'latest',
      stands: ['2015-03-31'],
    });
    const summary = model.blocks.find((b) => b.kind === 'table');
    assert.equal(
      summary?.kind === 'table' && summary.table.rows[0]!.entscheidung,
      'Erreicht (angepasst)',
    );
    const text = JSON.stringify(model.blocks);
    assert.ok(
      text.includes(
        'Erreicht (abweichend vom Systemergebnis „Nicht erreicht“), festgestellt am 12.03.2015 von Dr. Muster.',
      ),
    );
    assert.ok(text.includes('Werksschließung in Gronau.'));
    assert.ok(text.includes('Nr. 7, seit 01.09.2014: Schließung eines großen Arbeitgebers'));
    // June is the latest month: the report says the year is not complete
    assert.ok(text.includes('Vorläufig: Für Ziel II liegt der Dezemberwert 2014 noch nicht vor'));
  });
});
