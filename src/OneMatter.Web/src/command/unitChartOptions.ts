import type { UnitStatistics } from '../api/types';

export interface ChartLabels { onTimeRate: string; backlog: string; backlogOverdue: string }

const name = (u: UnitStatistics) => u.unitName ?? u.unit;

/** Bars of each unit's on-time rate (%), units without timed completions left out. */
export function onTimeRateOption(units: UnitStatistics[], labels: ChartLabels) {
  const rated = units.filter((u) => u.onTimeRate != null);
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v}%` },
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: rated.map(name), axisLabel: { width: 140, overflow: 'truncate' } },
    series: [{ name: labels.onTimeRate, type: 'bar', data: rated.map((u) => Math.round((u.onTimeRate ?? 0) * 1000) / 10), itemStyle: { color: '#52c41a' } }],
  };
}

/** Stacked bars of each unit's backlog: on time and overdue. */
export function backlogOption(units: UnitStatistics[], labels: ChartLabels) {
  const busy = units.filter((u) => u.backlog > 0);
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: busy.map(name), axisLabel: { width: 140, overflow: 'truncate' } },
    series: [
      { name: labels.backlog, type: 'bar', stack: 'backlog', data: busy.map((u) => u.backlog - u.backlogOverdue), itemStyle: { color: '#1677ff' } },
      { name: labels.backlogOverdue, type: 'bar', stack: 'backlog', data: busy.map((u) => u.backlogOverdue), itemStyle: { color: '#ff4d4f' } },
    ],
  };
}
