import { useMemo, useState } from 'react';
import { Card, Empty, Segmented, Typography } from 'antd';
import { supervision } from '../api/endpoints';
import { useLoad } from '../common/useLoad';
import ProblemAlert from '../common/ProblemAlert';
import { useI18n } from '../i18n/useI18n';
import EChart from './EChart';
import { trendOption, trendRanges, trendTotals } from './trendChartOptions';

/** 趋势: completions, on-time rate and backlog per day over 7, 30 or 90 days; reloaded whenever
 * <code>version</code> changes (the page's live refresh). */
export default function TrendCard({ version }: { version: number }) {
  const { t } = useI18n();
  const [days, setDays] = useState<number>(30);
  const trend = useLoad(() => supervision.trend(days), [days, version]);
  const labels = useMemo(() => ({
    completed: t('command.completed'), onTimeRate: t('command.onTimeRate'), backlog: t('command.backlog'), backlogOverdue: t('command.backlogOverdue'),
  }), [t]);
  const data = trend.data;
  const option = useMemo(() => trendOption(data ?? [], labels), [data, labels]);
  const totals = trendTotals(data ?? []);
  return (
    <Card size="small" title={t('command.trend')} data-testid="trend-card"
      extra={<Segmented size="small" value={days} onChange={(v) => setDays(Number(v))}
        options={trendRanges.map((d) => ({ value: d, label: t('command.trendDays', { days: d }) }))} />}>
      <ProblemAlert error={trend.error} />
      {data && (
        <Typography.Text type="secondary" data-testid="trend-summary">
          {t('command.trendSummary', { days: totals.days, completed: totals.completed, late: totals.late })}
        </Typography.Text>
      )}
      {data && data.length === 0 ? <Empty description={t('command.noData')} image={Empty.PRESENTED_IMAGE_SIMPLE} /> : <EChart option={option} height={300} />}
    </Card>
  );
}
