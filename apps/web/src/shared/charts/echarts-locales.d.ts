// ECharts ships its locale objects without type declarations; they have the shape of its built-in English one.
declare module 'echarts/i18n/langRU-obj.js' {
  const locale: Parameters<typeof import('echarts/core').registerLocale>[1];
  export default locale;
}
