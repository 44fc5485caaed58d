/**
 * Loading the chart code on demand: ECharts (tree-shaken, SVG renderer, German texts) and the
 * shared option builder src/charts/target-chart.ts that the PDF documents use as well. The
 * builder is found through import.meta.glob, so the application builds while it is still being
 * written; until then the chart shows its value table only.
 */
import type { TargetChartModel } from '../../../charts/target-chart-model.ts';

type BuildOption = (model: TargetChartModel) => object;

const builders = import.meta.glob<{ buildTargetChartOption?: BuildOption }>(
  '../../../charts/target-chart.ts',
);

export interface ChartRuntime {
  buildOption: BuildOption;
  init(element: HTMLElement): { setOption(option: object): void; resize(): void; dispose(): void };
}

let runtime: Promise<ChartRuntime | null> | null = null;

async function load(): Promise<ChartRuntime | null> {
  const loader = Object.values(builders)[0];
  if (loader === undefined) return null;
  const [module, echarts] = await Promise.all([loader(), import('./echarts-setup.ts')]);
  if (typeof module.buildTargetChartOption !== 'function') return null;
  return {
    buildOption: module.buildTargetChartOption,
    init: (element) => echarts.initChart(element),
  };
}

/** The chart runtime, or null while no option builder exists. Loaded once. */
export function loadChartRuntime(): Promise<ChartRuntime | null> {
  runtime ??= load().catch(() => null);
  return runtime;
}
