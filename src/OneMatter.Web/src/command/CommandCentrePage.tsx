import { useEffect, useRef, useState } from 'react';
import { App, Button, Card, Col, Row, Space, Statistic, Tag, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { supervision } from '../api/endpoints';
import { useLoad } from '../common/useLoad';
import ProblemAlert from '../common/ProblemAlert';
import { useI18n } from '../i18n/useI18n';
import { useRealtime } from '../realtime/useRealtime';
import LiveBadge from '../realtime/LiveBadge';
import AlertsTable from './AlertsTable';
import MatterCountsTable from './MatterCountsTable';
import LiveMattersTable from './LiveMattersTable';
import UnitCharts from './UnitCharts';
import TrendCard from './TrendCard';
import MatterTimelineDrawer from './MatterTimelineDrawer';

const pageSize = 10;

/** The command centre on one screen: live matters by matter and state, warnings and overdue work
 * with their units (live), 催办 / 督办, per-unit on-time rate and backlog, their trend over
 * time, and any matter's timeline. */
export default function CommandCentrePage() {
  const { t, tr, pick } = useI18n();
  const { notification } = App.useApp();
  const [definition, setDefinition] = useState<string>();
  const [matterPage, setMatterPage] = useState(1);
  const [alertPage, setAlertPage] = useState(1);
  const [opened, setOpened] = useState<string | null>(null);
  const [tick, setTick] = useState(0);

  const matters = useLoad(() => supervision.matters('running', matterPage, pageSize, definition), [matterPage, definition, tick]);
  const alerts = useLoad(() => supervision.alerts('all', alertPage, pageSize), [alertPage, tick]);
  const levels = useLoad(async () => {
    const [warning, overdue] = await Promise.all([supervision.alerts('warning', 1, 1), supervision.alerts('overdue', 1, 1)]);
    return { warning: warning.total, overdue: overdue.total };
  }, [tick]);
  const units = useLoad(() => supervision.units(), [tick]);

  // Messages come in bursts (one commit warns several units): refresh once per burst.
  const pending = useRef<number | undefined>(undefined);
  const refresh = () => {
    window.clearTimeout(pending.current);
    pending.current = window.setTimeout(() => setTick((n) => n + 1), 400);
  };
  useEffect(() => () => window.clearTimeout(pending.current), []);

  const connected = useRealtime({
    notification: (n) => {
      notification.warning({
        title: t('command.alertArrived', { kind: tr(`command.kind.${n.kind}`, n.kind), message: (n.nodeName ? pick(n.nodeName, n.nodeNameEn) : null) ?? n.instanceId }),
        description: `${n.instanceId} · ${n.message}`,
        placement: 'bottomRight',
      });
      refresh();
    },
    matterChanged: () => refresh(),
  });

  const counts = matters.data?.counts ?? [];
  const running = counts.filter((c) => c.status === 'Running').reduce((sum, c) => sum + c.count, 0);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Row justify="space-between" align="middle">
        <Typography.Title level={3} style={{ margin: 0 }}>{t('command.title')}</Typography.Title>
        <Space><LiveBadge connected={connected} /><Button icon={<ReloadOutlined />} onClick={() => setTick((n) => n + 1)}>{t('app.refresh')}</Button></Space>
      </Row>
      <ProblemAlert error={matters.error ?? alerts.error ?? units.error} />
      <Row gutter={16}>
        <Col xs={12} md={6}><Card><Statistic title={t('command.liveMatters')} value={running} /></Card></Col>
        <Col xs={12} md={6}><Card><Statistic title={t('command.level.warning')} value={levels.data?.warning ?? 0} styles={{ content: { color: '#fa8c16' } }} /></Card></Col>
        <Col xs={12} md={6}><Card><Statistic title={t('command.level.overdue')} value={levels.data?.overdue ?? 0} styles={{ content: { color: '#f5222d' } }} /></Card></Col>
        <Col xs={12} md={6}><Card><Statistic title={t('command.backlog')} value={(units.data ?? []).reduce((s, u) => s + u.backlog, 0)} /></Card></Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} xl={8}>
          <Card size="small" title={t('command.byMatter')}
            extra={definition && <Tag closable onClose={() => { setDefinition(undefined); setMatterPage(1); }}>{definition}</Tag>}>
            <MatterCountsTable counts={counts} onPick={(d) => { setDefinition(d); setMatterPage(1); }} />
          </Card>
        </Col>
        <Col xs={24} xl={16}>
          <Card size="small" title={t('command.alerts')}>
            <AlertsTable page={alerts.data} loading={alerts.loading} onPage={setAlertPage} onOpenMatter={setOpened} onDone={() => setTick((n) => n + 1)} />
          </Card>
        </Col>
      </Row>
      <UnitCharts units={units.data ?? []} />
      <TrendCard version={tick} />
      <Card size="small" title={t('command.liveMatters')}>
        <LiveMattersTable page={matters.data?.page} loading={matters.loading} onPage={setMatterPage} onOpen={setOpened} />
      </Card>
      <MatterTimelineDrawer instanceId={opened} version={tick} onClose={() => setOpened(null)} onChanged={refresh} />
    </Space>
  );
}
