// An expenditure aggregate (district or year) as bars of the sum, labelled with sum and line count.
import type { ExpenditureAggregateQuery } from '../generated/graphql';
import { amount } from '../format';
import { draw } from './echarts';

type Row = ExpenditureAggregateQuery['expenditureAggregate'][number];

export function drawAggregate(container: HTMLElement, rows: ReadonlyArray<Row>): void {
  draw(container, {
    tooltip: {
      trigger: 'item',
      formatter: (p: { dataIndex: number }) => {
        const row = rows[p.dataIndex];
        return row ? `${row.label}<br>${amount(row.sum)} 万元 · ${row.count} lines` : '';
      },
    },
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: rows.map((row) => row.label) },
    yAxis: { type: 'value', name: '万元' },
    series: [{
      type: 'bar',
      name: 'Sum 合计',
      data: rows.map((row) => row.sum),
      label: { show: true, position: 'top', formatter: (p: { value: unknown }) => (typeof p.value === 'number' ? amount(p.value) : '') },
    }],
  }, 300);
}
