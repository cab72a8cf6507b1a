import { describe, expect, it } from 'vitest';
import type { UnitStatistics } from '../api/types';
import { backlogOption, onTimeRateOption } from './unitChartOptions';

const unit = (over: Partial<UnitStatistics>): UnitStatistics => ({
  unit: 'u', completed: 0, completedWithDeadline: 0, completedOnTime: 0, backlog: 0, backlogOverdue: 0, urged: 0, supervised: 0, ...over,
});
const labels = { onTimeRate: 'rate', backlog: 'backlog', backlogOverdue: 'overdue' };

describe('unit charts', () => {
  it('shows on-time rates in percent, leaving out units without a rate', () => {
    const option = onTimeRateOption([unit({ unit: 'a', unitName: '甲', onTimeRate: 0.8333 }), unit({ unit: 'b', onTimeRate: null })], labels);
    expect(option.yAxis.data).toEqual(['甲']);
    expect(option.series[0].data).toEqual([83.3]);
  });
  it('splits the backlog into on-time and overdue work of busy units', () => {
    const option = backlogOption([unit({ unit: 'a', backlog: 5, backlogOverdue: 2 }), unit({ unit: 'idle' })], labels);
    expect(option.yAxis.data).toEqual(['a']);
    expect(option.series[0].data).toEqual([3]);
    expect(option.series[1].data).toEqual([2]);
  });
});
