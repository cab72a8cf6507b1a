import type { TrendDay } from '../api/types';

export interface TrendLabels { completed: string; onTimeRate: string; backlog: string; backlogOverdue: string }

/** The ranges the trend card offers, in days. */
export const trendRanges = [7, 30, 90] as const;

/** Completions per day as bars, backlog and overdue backlog as lines on the count axis, and the
 * on-time rate (%) as a line on a second axis; a day without timed completions has no rate (a gap). */
export function trendOption(days: TrendDay[], labels: TrendLabels) {
  const dates = days.map((d) => d.date.slice(5));
  return {
    aria: { enabled: true },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: dates },
    yAxis: [
      { type: 'value', minInterval: 1 },
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } },
    ],
    series: [
      { name: labels.completed, type: 'bar', data: days.map((d) => d.completed), itemStyle: { color: '#52c41a' } },
      { name: labels.backlog, type: 'line', data: days.map((d) => d.backlog), itemStyle: { color: '#1677ff' }, showSymbol: false },
      { name: labels.backlogOverdue, type: 'line', data: days.map((d) => d.overdueBacklog), itemStyle: { color: '#ff4d4f' }, showSymbol: false },
      {
        name: labels.onTimeRate, type: 'line', yAxisIndex: 1, connectNulls: false, itemStyle: { color: '#fa8c16' },
        data: days.map((d) => (d.onTimeRate == null ? null : Math.round(d.onTimeRate * 1000) / 10)),
        tooltip: { valueFormatter: (v: number | null) => (v == null ? '-' : `${v}%`) },
      },
    ],
  };
}

/** Totals over the range, for the card's summary line. */
export function trendTotals(days: TrendDay[]) {
  return { days: days.length, completed: days.reduce((s, d) => s + d.completed, 0), late: days.reduce((s, d) => s + d.late, 0) };
}
