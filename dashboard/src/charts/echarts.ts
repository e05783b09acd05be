// ECharts, tree-shaken to what the dashboard draws, rendered as SVG (crisp, printable, and its text is in the DOM
// for screen readers and the browser test).
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, LabelLayout, SVGRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

export const fontFamily = 'system-ui, "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif';

const charts = new Map<HTMLElement, echarts.ECharts>();

/** Draws (or redraws) an option into a container; the container's height follows the number of rows. */
export function draw(container: HTMLElement, option: ChartOption, height: number): void {
  container.style.height = `${height}px`;
  let chart = charts.get(container);
  if (!chart) {
    chart = echarts.init(container, null, { renderer: 'svg' });
    charts.set(container, chart);
  } else {
    chart.resize();
  }
  chart.setOption({ animation: false, aria: { enabled: true }, textStyle: { fontFamily }, ...option }, { notMerge: true });
  chart.resize();
}

export function resizeAll(): void {
  for (const chart of charts.values()) chart.resize();
}
