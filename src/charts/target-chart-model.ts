/**
 * The data of a target's chart, shared by the web application and the documents: one ECharts
 * option builder (target-chart.ts) renders it in the browser and as SVG on the server.
 * Arrays are January … December; null = no figure.
 */
export interface TargetChartModel {
  /** e.g. "Integrationsquote (Jahresfortschrittswert) 2014" */
  title: string;
  unit: 'percent' | 'points' | 'count' | 'euro';
  /** decimals shown on the axis and in tooltips */
  decimals: number;
  year: number;
  referenceYear: number;
  /** the year-to-date path of the target year */
  current: (number | null)[];
  /** the same metric in the reference (usually previous) year */
  reference: (number | null)[];
  /** the agreed monthly target path (Soll-Verlauf), if any */
  path: (number | null)[] | null;
  /** the December threshold the year is judged against, if any */
  threshold: number | null;
  /** the December forecast with its interval, drawn from the last month with data */
  forecast: { value: number; low: number; high: number; fromMonth: number; level: number } | null;
}
