/**
 * ECharts with only what target charts use (lines, bands, marks), rendered as SVG: small,
 * sharp when printed, and the same renderer the documents use on the server.
 */
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components';
import { init, registerLocale, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import langDE from 'echarts/lib/i18n/langDE.js';

use([
  LineChart,
  BarChart,
  ScatterChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  MarkAreaComponent,
  MarkPointComponent,
  TitleComponent,
  DatasetComponent,
  AriaComponent,
  SVGRenderer,
]);
registerLocale('DE', langDE);

export function initChart(element: HTMLElement) {
  return init(element, null, { renderer: 'svg', locale: 'DE' });
}
