import { useMemo } from 'react';
import { Card, Col, Empty, Row } from 'antd';
import type { UnitStatistics } from '../api/types';
import { useI18n } from '../i18n/useI18n';
import EChart from './EChart';
import { backlogOption, onTimeRateOption } from './unitChartOptions';

/** Per-unit on-time rate and backlog, side by side. */
export default function UnitCharts({ units }: { units: UnitStatistics[] }) {
  const { t } = useI18n();
  const labels = useMemo(() => ({ onTimeRate: t('command.onTimeRate'), backlog: t('command.backlog'), backlogOverdue: t('command.backlogOverdue') }), [t]);
  const rate = useMemo(() => onTimeRateOption(units, labels), [units, labels]);
  const backlog = useMemo(() => backlogOption(units, labels), [units, labels]);
  const height = Math.max(200, units.length * 28 + 60);
  return (
    <Row gutter={16}>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('command.onTimeRate')}>
          {rate.yAxis.data.length === 0 ? <Empty description={t('command.noData')} image={Empty.PRESENTED_IMAGE_SIMPLE} /> : <EChart option={rate} height={height} />}
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('command.backlog')}>
          {backlog.yAxis.data.length === 0 ? <Empty description={t('command.noData')} image={Empty.PRESENTED_IMAGE_SIMPLE} /> : <EChart option={backlog} height={height} />}
        </Card>
      </Col>
    </Row>
  );
}
