/**
 * The chart of one target as an ECharts option: the year-to-date course of the target year, the
 * reference year, the Soll-Verlauf, the December threshold and the forecast fan (from the last
 * month with data to December, widening to the forecast interval). Runs in the browser and on
 * the server (render/chart-svg.ts); pure, no Node imports.
 */
import type { EChartsOption, LineSeriesOption } from 'echarts';
import { formatNumberDe, formatPercentDe } from '../domain/shared/format-de.ts';
import type { TargetChartModel } from './target-chart-model.ts';

export const MONTH_LABELS = [
  'Jan',
  'Feb',
  'Mär',
  'Apr',
  'Mai',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Okt',
  'Nov',
  'Dez',
] as const;

/** Sober colours that survive a greyscale printer: dark blue, mid grey, green, dark red. */
export const CHART_COLORS = {
  current: '#1f4e79',
  reference: '#8c8c8c',
  path: '#2e7d32',
  threshold: '#b03a2e',
  forecast: '#1f4e79',
} as const;

/** The lower edge of the forecast band: a drawing aid, kept out of legend and tooltip. */
const BAND_LOW = 'Prognoseintervall (unten)';

/** "Prognoseintervall 80 %": the band's name says its coverage. */
function bandName(level: number): string {
  return `Prognoseintervall ${Math.round(level * 100)} %`;
}

export function formatChartValue(
  value: number,
  model: Pick<TargetChartModel, 'unit' | 'decimals'>,
): string {
  if (model.unit === 'percent') return formatPercentDe(value, model.decimals);
  if (model.unit === 'points') return `${formatNumberDe(value, model.decimals)} Pp.`;
  return model.unit === 'euro'
    ? `${formatNumberDe(value, model.decimals)} €`
    : formatNumberDe(value, model.decimals);
}

/** Linear from `from` (at index fromIndex) to `to` (December); null before fromIndex. */
function ramp(fromIndex: number, from: number, to: number): (number | null)[] {
  return Array.from({ length: 12 }, (_, i) =>
    i < fromIndex
      ? null
      : fromIndex === 11
        ? to
        : from + ((to - from) * (i - fromIndex)) / (11 - fromIndex),
  );
}

/** The forecast's start: the month it is made from (index 0–11) and the figure there. */
function forecastStart(
  model: TargetChartModel,
  f: NonNullable<TargetChartModel['forecast']>,
): { fromIndex: number; start: number } {
  const fromIndex = Math.min(11, Math.max(0, f.fromMonth - 1));
  return { fromIndex, start: model.current[fromIndex] ?? f.value };
}

function forecastSeries(model: TargetChartModel): LineSeriesOption[] {
  const f = model.forecast;
  if (f === null) return [];
  const { fromIndex, start } = forecastStart(model, f);
  const invisible = { lineStyle: { opacity: 0 }, symbol: 'none', silent: true } as const;
  return [
    {
      name: 'Prognose',
      type: 'line',
      data: ramp(fromIndex, start, f.value),
      symbol: 'none',
      lineStyle: { type: 'dashed', width: 1.5, color: CHART_COLORS.forecast },
      itemStyle: { color: CHART_COLORS.forecast },
      z: 3,
    },
    {
      name: BAND_LOW,
      type: 'line',
      stack: 'prognose',
      data: ramp(fromIndex, start, f.low),
      ...invisible,
    },
    {
      name: bandName(f.level),
      type: 'line',
      stack: 'prognose',
      data: ramp(fromIndex, 0, f.high - f.low),
      ...invisible,
      areaStyle: { color: CHART_COLORS.forecast, opacity: 0.15 },
      itemStyle: { color: CHART_COLORS.forecast, opacity: 0.3 },
    },
  ];
}

function thresholdLine(model: TargetChartModel): LineSeriesOption['markLine'] {
  if (model.threshold === null) return undefined;
  return {
    silent: true,
    symbol: 'none',
    lineStyle: { color: CHART_COLORS.threshold, type: 'solid', width: 1 },
    label: {
      formatter: `Zielwert ${formatChartValue(model.threshold, model)}`,
      position: 'insideStartTop',
      color: CHART_COLORS.threshold,
      fontSize: 10,
    },
    data: [{ yAxis: model.threshold }],
  };
}

interface TooltipParam {
  seriesName?: string;
  dataIndex: number;
  value?: unknown;
}

/** The month's figures; the band shows as its interval "low – high", not as its stacked width. */
function tooltipText(model: TargetChartModel, params: readonly TooltipParam[]): string {
  const month = params[0]?.dataIndex ?? 0;
  const lines = [MONTH_LABELS[month] ?? ''];
  for (const p of params) {
    if (p.seriesName === BAND_LOW || typeof p.value !== 'number') continue;
    if (model.forecast !== null && p.seriesName === bandName(model.forecast.level)) {
      const { fromIndex, start } = forecastStart(model, model.forecast);
      const low = ramp(fromIndex, start, model.forecast.low)[month];
      if (typeof low === 'number')
        lines.push(
          `${p.seriesName}: ${formatChartValue(low, model)} – ${formatChartValue(low + p.value, model)}`,
        );
      continue;
    }
    lines.push(`${p.seriesName ?? ''}: ${formatChartValue(p.value, model)}`);
  }
  return lines.join('<br>');
}

export function buildTargetChartOption(model: TargetChartModel): EChartsOption {
  const series: LineSeriesOption[] = [
    {
      name: String(model.year),
      type: 'line',
      data: model.current,
      symbol: 'circle',
      symbolSize: 5,
      z: 4,
      lineStyle: { width: 2, color: CHART_COLORS.current },
      itemStyle: { color: CHART_COLORS.current },
      markLine: thresholdLine(model),
    },
    {
      name: String(model.referenceYear),
      type: 'line',
      data: model.reference,
      symbol: 'none',
      lineStyle: { width: 1.5, type: [6, 3], color: CHART_COLORS.reference },
      itemStyle: { color: CHART_COLORS.reference },
    },
  ];
  if (model.path !== null) {
    series.push({
      name: 'Soll-Verlauf',
      type: 'line',
      data: model.path,
      symbol: 'none',
      lineStyle: { width: 1.5, type: 'dotted', color: CHART_COLORS.path },
      itemStyle: { color: CHART_COLORS.path },
    });
  }
  series.push(...forecastSeries(model));
  const legend = series.map((s) => String(s.name)).filter((name) => name !== BAND_LOW);
  return {
    animation: false,
    title: {
      text: model.title,
      left: 0,
      top: 0,
      textStyle: { fontSize: 13, fontWeight: 'normal' },
    },
    legend: {
      data: legend,
      bottom: 0,
      left: 0,
      itemWidth: 18,
      itemHeight: 8,
      textStyle: { fontSize: 10 },
    },
    grid: { left: 8, right: 16, top: 36, bottom: 32, containLabel: true },
    tooltip: {
      trigger: 'axis',
      formatter: (params) => tooltipText(model, Array.isArray(params) ? params : [params]),
    },
    // the month axis stays at the bottom even where values fall below zero (K1)
    xAxis: {
      type: 'category',
      data: [...MONTH_LABELS],
      boundaryGap: false,
      axisLabel: { fontSize: 10 },
      axisLine: { onZero: false },
    },
    yAxis: {
      type: 'value',
      scale: true,
      axisLabel: {
        fontSize: 10,
        formatter: (value: number) =>
          formatChartValue(value, { unit: model.unit, decimals: Math.min(model.decimals, 1) }),
      },
      splitLine: { lineStyle: { color: '#e6e6e6' } },
    },
    series,
  };
}
