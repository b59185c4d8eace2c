import { useEffect, useRef } from 'react';
import { useTranslation } from '../i18n/react';
import type { ChartOption } from './types';
import { echarts } from './echarts';

export interface EChartProps {
  option: ChartOption;
  /** What the chart shows, read out by screen readers (the chart is an image to them; the table says the rest). */
  label: string;
  height?: number;
}

/**
 * One ECharts instance on an SVG renderer, in the UI's language. Loaded lazily through LazyChart: ECharts is
 * large and no first page needs it.
 */
export default function EChart({ option, label, height = 320 }: EChartProps) {
  const { i18n } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const locale = i18n.language === 'en' ? 'EN' : 'RU';

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const chart = echarts.init(el, undefined, { renderer: 'svg', locale });
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(el);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, [locale]);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    echarts
      .getInstanceByDom(el)
      ?.setOption({ aria: { enabled: true }, animation: false, ...option }, { notMerge: true });
  }, [option, locale]);

  return <div ref={host} role="img" aria-label={label} className="chart-canvas" style={{ height }} />;
}
