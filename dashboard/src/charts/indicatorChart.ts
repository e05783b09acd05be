// Indicator targets side by side: one horizontal bar per numeric target, labelled as the card states it (≥90%).
import type { IndicatorTargetsQuery } from '../generated/graphql';
import { target } from '../format';
import { draw } from './echarts';

type Row = IndicatorTargetsQuery['indicatorComparison'][number];

export function indicatorLabel(row: Row): string {
  return `${row.unitShortName} ${row.year} · ${row.projectName ?? '整体绩效目标'} · ${row.name}`;
}

export function drawIndicators(container: HTMLElement, rows: ReadonlyArray<Row>): void {
  const numeric = rows.filter((row) => row.numericTarget !== null && row.numericTarget !== undefined);
  draw(container, {
    tooltip: { trigger: 'item', formatter: (p: { dataIndex: number }) => {
      const row = numeric[p.dataIndex];
      return row ? `${indicatorLabel(row)}<br>${target(row.operator, row.numericTarget, row.textTarget, row.unitOfMeasure)}` : '';
    } },
    grid: { left: 8, right: 64, top: 8, bottom: 8, containLabel: true },
    yAxis: { type: 'category', inverse: true, data: numeric.map(indicatorLabel), axisLabel: { width: 360, overflow: 'truncate' } },
    xAxis: { type: 'value' },
    series: [{
      type: 'bar',
      name: 'Target 指标值',
      data: numeric.map((row) => row.numericTarget ?? null),
      label: { show: true, position: 'right', formatter: (p: { dataIndex: number }) => {
        const row = numeric[p.dataIndex];
        return row ? target(row.operator, row.numericTarget, row.textTarget, row.unitOfMeasure) : '';
      } },
    }],
  }, Math.max(120, numeric.length * 26 + 40));
}
