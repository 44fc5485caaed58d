/**
 * An ECharts option as an SVG string, rendered on the server without a DOM (ECharts' SSR mode),
 * so documents show the same charts as the web application. Text is set in the documents' font
 * so the SVG embedded in a PDF matches the page.
 */
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';

/** The serif the Typst documents are set in (built into the compiler). */
export const DOCUMENT_FONT = 'Libertinus Serif';

export function renderChartSvg(
  option: EChartsOption,
  width: number,
  height: number,
  fontFamily = DOCUMENT_FONT,
): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({
      ...option,
      animation: false,
      textStyle: { fontFamily, ...(option.textStyle as object | undefined) },
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
