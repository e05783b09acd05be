// The compare matrix as grouped bars: one group per subject, one bar per unit and year; total (万元) and share of the
// unit's expenditure (%).
import type { CompareSubjectsQuery } from '../generated/graphql';
import { amount, percent } from '../format';
import { draw, type ChartOption } from './echarts';

type Row = CompareSubjectsQuery['compare'][number];

export function drawCompare(totalContainer: HTMLElement, shareContainer: HTMLElement, rows: ReadonlyArray<Row>): void {
  const subjects = unique(rows.map((row) => `${row.code} ${row.name}`));
  const series = unique(rows.map((row) => `${row.unitShortName} ${row.year}`));
  // Labels on every bar while they fit; with many subjects the tooltip tells the values.
  const showLabels = subjects.length * series.length <= 24;
  const valueOf = (unitYear: string, subject: string, pick: (row: Row) => number | null) => {
    const row = rows.find((r) => `${r.unitShortName} ${r.year}` === unitYear && `${r.code} ${r.name}` === subject);
    return row ? pick(row) : null;
  };
  const option = (pick: (row: Row) => number | null, format: (value: number) => string, axisName: string): ChartOption => ({
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value: unknown) => (typeof value === 'number' ? format(value) : '—') },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: subjects, axisLabel: { interval: 0, width: 110, overflow: 'break' } },
    yAxis: { type: 'value', name: axisName },
    series: series.map((name) => ({
      name,
      type: 'bar',
      data: subjects.map((subject) => valueOf(name, subject, pick)),
      label: { show: showLabels, position: 'top', formatter: (p: { value: unknown }) => (typeof p.value === 'number' ? format(p.value) : '') },
    })),
  });
  const height = 360;
  draw(totalContainer, option((row) => row.total ?? null, amount, '万元'), height);
  draw(shareContainer, option((row) => row.shareOfUnitExpenditure ?? null, percent, '%'), height);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
