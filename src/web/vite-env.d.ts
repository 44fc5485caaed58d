/// <reference types="vite/client" />

/** ECharts' German texts (aria descriptions, toolbox); the package ships no types for lib/. */
declare module 'echarts/lib/i18n/langDE.js' {
  const locale: Parameters<typeof import('echarts/core').registerLocale>[1];
  export default locale;
}
