import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, HeatmapSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  DatasetComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components';

/** The options a chart in Tsifra may use: line, bar and heatmap series with the registered components. */
export type ChartOption = ComposeOption<
  | LineSeriesOption
  | BarSeriesOption
  | HeatmapSeriesOption
  | DatasetComponentOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

/** One column of a chart's table alternative. */
export interface ChartTableColumn {
  key: string;
  header: string;
  /** Numbers are right-aligned and formatted in the UI's locale. */
  numeric?: boolean;
}

export type ChartTableRow = Record<string, string | number | null | undefined>;
