import { describe, expect, it } from 'vitest';
import type { TrendDay } from '../api/types';
import { trendOption, trendTotals } from './trendChartOptions';

const day = (date: string, over: Partial<TrendDay> = {}): TrendDay => ({
  date, completed: 0, onTime: 0, late: 0, onTimeRate: null, backlog: 0, overdueBacklog: 0, ...over,
});
const labels = { completed: 'done', onTimeRate: 'rate', backlog: 'backlog', backlogOverdue: 'overdue' };

describe('trend chart', () => {
  const days = [
    day('2026-11-26', { completed: 3, onTime: 2, late: 1, onTimeRate: 0.6667, backlog: 5, overdueBacklog: 1 }),
    day('2026-11-27', { backlog: 4 }),
  ];
  it('draws completions as bars and the backlog as lines, one point per day', () => {
    const option = trendOption(days, labels);
    expect(option.xAxis.data).toEqual(['11-26', '11-27']);
    expect(option.series.map((s) => [s.name, s.type])).toEqual([['done', 'bar'], ['backlog', 'line'], ['overdue', 'line'], ['rate', 'line']]);
    expect(option.series[0].data).toEqual([3, 0]);
    expect(option.series[1].data).toEqual([5, 4]);
    expect(option.series[2].data).toEqual([1, 0]);
  });
  it('puts the on-time rate in percent on the second axis, with a gap where nothing timed was done', () => {
    const rate = trendOption(days, labels).series[3];
    expect(rate.yAxisIndex).toBe(1);
    expect(rate.data).toEqual([66.7, null]);
  });
  it('totals the range', () => {
    expect(trendTotals(days)).toEqual({ days: 2, completed: 3, late: 1 });
  });
});
