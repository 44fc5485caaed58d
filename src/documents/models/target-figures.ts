/**
 * A judged target in the reports: its name, its figures as German text (with footnote marks for
 * provisional values), the overview table of all targets and the section with chart that the
 * monitoring report, the dialogue agenda and the Zielerreichungsbericht share.
 */
import { figureCriterion, metricOf } from '../../domain/agreements/metric-of.ts';
import { formatFigure } from '../../domain/agreements/figure-text.ts';
import { displayDecimalsOf } from '../../domain/agreements/display-decimals.ts';
import { inPercentagePoints, metricUnitOf } from '../../domain/agreements/metric-name.ts';
import { renderTargetValue } from '../../domain/agreements/sentence.ts';
import { ROLE_LABELS } from '../../domain/agreements/target-label.ts';
import { statusWithReason } from '../../domain/monitoring/status-rules.ts';
import type { AssessmentReason, TargetStatus } from '../../domain/monitoring/types.ts';
import { formatMonthYearDe, formatSignedDe } from '../../domain/shared/format-de.ts';
import { buildTargetChartModel } from '../../charts/target-chart-data.ts';
import {
  chartProtectionText,
  withheldOfSnapshot,
} from '../../domain/disclosure/control/withheld-legend.ts';
import { paragraph, type Block, type DocumentTable } from './document-model.ts';
import { PROVISIONAL_MARK, RESTRICTED_MARK } from './report-marks.ts';
import type { ReportTarget } from './report-data.ts';

/**
 * "Auf Kurs", "Nicht erreicht", "Nicht bewertbar (Stand nicht festgehalten)": the status word
 * at the start of a cell, with the reason where a target is not (yet) judged.
 */
export function statusText(status: TargetStatus, reason?: AssessmentReason | null): string {
  const word = statusWithReason(status, reason);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** "Ziel II", "Teilziel II.1", "Gesamtziel III.G". */
export function targetName(rt: Pick<ReportTarget, 'target' | 'goalNumber'>): string {
  return rt.target.id === rt.goalNumber
    ? `Ziel ${rt.goalNumber}`
    : `${ROLE_LABELS[rt.target.role]} ${rt.target.id}`;
}

/** "Ziel II: Verbesserung der Integration in Erwerbstätigkeit", sub-targets with their own title if any. */
export function targetHeading(rt: ReportTarget): string {
  const title = rt.target.id === rt.goalNumber ? rt.goalTitle : (rt.target.title ?? rt.goalTitle);
  return `${targetName(rt)}: ${title}`;
}

interface Figures {
  format(value: number): string;
  signed(value: number): string;
}

function figuresOf(rt: ReportTarget): Figures | null {
  const metric = metricOf(rt.target.criterion);
  if (metric === null) return null;
  const unit = metricUnitOf(metric);
  const c = figureCriterion(rt.target.criterion);
  const decimals = c !== null && 'decimals' in c ? c.decimals : displayDecimalsOf(metric);
  const suffix = inPercentagePoints(unit) ? ' Prozentpunkte' : unit === 'euro' ? ' €' : '';
  return {
    format: (v) => formatFigure(v, unit, decimals),
    signed: (v) => `${formatSignedDe(v, decimals)}${suffix}`,
  };
}

function markOf(rt: ReportTarget, month: number | null): string {
  const quality = month === null ? undefined : rt.snapshot?.current[month - 1]?.quality;
  return quality === 'vorlaeufig'
    ? PROVISIONAL_MARK
    : quality === 'eingeschraenkt'
      ? RESTRICTED_MARK
      : '';
}

export interface TargetFigureTexts {
  month: string;
  actual: string;
  target: string;
  gap: string;
  previousYear: string;
  forecast: string;
}

/** The figures of a judged target as text; "–" where there is none. */
export function figureTexts(rt: ReportTarget, year: number): TargetFigureTexts {
  const a = rt.assessment;
  const f = figuresOf(rt);
  const show = (v: number | null | undefined, how: (x: number) => string) =>
    v === null || v === undefined || f === null ? '–' : how(v);
  const forecast =
    a?.forecast === null || a?.forecast === undefined || a.final || f === null
      ? '–'
      : `${f.format(a.forecast.value)} (${Math.round(a.forecast.level * 100)}-%-Intervall ${f.format(a.forecast.low)} bis ${f.format(a.forecast.high)})`;
  return {
    month: a?.month === null || a?.month === undefined ? '–' : formatMonthYearDe(year, a.month),
    actual: show(a?.actual, (v) => `${f!.format(v)}${markOf(rt, a?.month ?? null)}`),
    target: show(a?.target, (v) => f!.format(v)),
    gap: show(a?.gap, (v) => f!.signed(v)),
    previousYear: show(a?.previousYear, (v) => f!.format(v)),
    forecast,
  };
}

/** Whether any figure shown for these targets is provisional or restricted (for the notes). */
export function usedMarks(targets: readonly ReportTarget[]): {
  provisional: boolean;
  restricted: boolean;
} {
  const marks = targets.map((rt) => markOf(rt, rt.assessment?.month ?? null));
  return {
    provisional: marks.includes(PROVISIONAL_MARK),
    restricted: marks.includes(RESTRICTED_MARK),
  };
}

/** One row per target with a criterion: what is agreed, where it stands, and its status. */
export function overviewTable(
  targets: readonly ReportTarget[],
  year: number,
  title: string,
): DocumentTable {
  const rows = targets
    .filter((rt) => rt.target.criterion !== null)
    .map((rt) => {
      const f = figureTexts(rt, year);
      return {
        ziel: targetName(rt),
        zielwert: renderTargetValue(rt.target.criterion!),
        stand: f.month,
        ist: f.actual,
        soll: f.target,
        vorjahr: f.previousYear,
        status:
          rt.assessment === null ? '–' : statusText(rt.assessment.status, rt.assessment.reason),
      };
    });
  return {
    title,
    columns: [
      { key: 'ziel', label: 'Ziel', type: 'text' },
      { key: 'zielwert', label: 'Vereinbarter Zielwert', type: 'text' },
      { key: 'stand', label: 'Stand', type: 'text' },
      { key: 'ist', label: 'Ist', type: 'text' },
      { key: 'soll', label: 'Soll', type: 'text' },
      { key: 'vorjahr', label: 'Vorjahr', type: 'text' },
      { key: 'status', label: 'Status', type: 'text' },
    ],
    rows,
    widths: [1.5, 3.4, 1.4, 1.1, 1.1, 1.1, 1.6],
  };
}

/**
 * Heading, criterion, the figures, the explanation and (for targets with figures) the chart, kept
 * together on one page.
 */
export function targetSection(
  rt: ReportTarget,
  year: number,
  options: { chart: boolean; level?: 2 | 3 },
): Block[] {
  return [{ kind: 'group', blocks: targetBlocks(rt, year, options) }];
}

function targetBlocks(
  rt: ReportTarget,
  year: number,
  options: { chart: boolean; level?: 2 | 3 },
): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: options.level ?? 2, text: targetHeading(rt) }];
  if (rt.sentence !== null)
    blocks.push({ kind: 'paragraph', runs: [{ text: rt.sentence, italic: true }] });
  const a = rt.assessment;
  if (a === null) return blocks;
  const f = figureTexts(rt, year);
  const facts: [string, string][] = [['Status', statusText(a.status, a.reason)]];
  if (figuresOf(rt) !== null) {
    facts.push(
      ['Stand', f.month],
      ['Ist', f.actual],
      ['Soll', f.target],
      ['Abstand', f.gap],
      ['Vorjahr (gleicher Monat)', f.previousYear],
    );
    if (f.forecast !== '–') facts.push(['Prognose Dezember', f.forecast]);
  }
  blocks.push({ kind: 'facts', rows: facts }, paragraph(a.explanation));
  const chart = options.chart ? buildTargetChartModel(rt.target, rt.snapshot, a) : null;
  if (chart !== null) {
    blocks.push({
      kind: 'chart',
      chart,
      caption: `${targetName(rt)}: ${chart.title}, Verlauf ${chart.year} gegenüber ${chart.referenceYear}`,
    });
    const withheld =
      rt.snapshot === null
        ? null
        : chartProtectionText(withheldOfSnapshot(rt.snapshot, chart.referenceYear));
    if (withheld !== null) blocks.push(paragraph(withheld));
  }
  return blocks;
}
