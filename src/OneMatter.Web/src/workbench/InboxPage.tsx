import { useState } from 'react';
import { App, Badge, Button, Card, Space, Table, Tabs, Tag } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router-dom';
import { tasks } from '../api/endpoints';
import type { InboxFilter, InboxItem } from '../api/types';
import { useLoad } from '../common/useLoad';
import ProblemAlert from '../common/ProblemAlert';
import DeadlineTags from '../common/DeadlineTags';
import { dateTime } from '../common/dates';
import { useI18n } from '../i18n/useI18n';
import { useRealtime } from '../realtime/useRealtime';
import LiveBadge from '../realtime/LiveBadge';
import { inboxFilters } from './inboxFilters';

const pageSize = 20;

/** The unit's inbox: pending, mine, due soon and overdue with their counts; work handed to the
 * unit arrives live (a toast and a refreshed list). */
export default function InboxPage() {
  const { t, tr, pick } = useI18n();
  const { notification } = App.useApp();
  const [params, setParams] = useSearchParams();
  const filter = (params.get('filter') as InboxFilter | null) ?? 'pending';
  const [page, setPage] = useState(1);
  const list = useLoad(() => tasks.inbox(filter, page, pageSize), [filter, page]);
  // The counts of every tab: one small page each, for its total.
  const counts = useLoad(async () => {
    const pages = await Promise.all(inboxFilters.map((f) => tasks.inbox(f.filter, 1, 1)));
    return Object.fromEntries(inboxFilters.map((f, i) => [f.filter, pages[i].total])) as Record<InboxFilter, number>;
  }, []);
  const refresh = () => { list.reload(); counts.reload(); };

  const connected = useRealtime({
    notification: (n) => {
      notification.info({
        title: n.kind === 'handoff' ? t('inbox.arrived', { matter: (n.nodeName ? pick(n.nodeName, n.nodeNameEn) : null) ?? n.instanceId }) : tr(`command.kind.${n.kind}`, n.kind),
        description: `${n.instanceId} · ${n.message}`,
        placement: 'bottomRight',
      });
      refresh();
    },
    matterChanged: () => refresh(),
  });

  return (
    <Card title={t('inbox.title')} extra={<Space><LiveBadge connected={connected} /><Button icon={<ReloadOutlined />} onClick={refresh}>{t('app.refresh')}</Button></Space>}>
      <Tabs
        activeKey={filter}
        onChange={(key) => { setPage(1); setParams({ filter: key }); }}
        items={inboxFilters.map((f) => ({
          key: f.filter,
          label: <Space size={6}>{t(f.label)}<Badge count={counts.data?.[f.filter] ?? 0} showZero color={f.filter === 'overdue' ? 'red' : f.filter === 'due-soon' ? 'orange' : 'blue'} /></Space>,
        }))}
      />
      <ProblemAlert error={list.error ?? counts.error} />
      <Table<InboxItem>
        rowKey="workItemId"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('inbox.empty') }}
        pagination={{ current: page, pageSize, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: t('inbox.receipt'), dataIndex: 'instanceId' },
          { title: t('inbox.matter'), key: 'matter', render: (_, i) => pick(i.matterName, i.matterNameEn) },
          { title: t('inbox.node'), key: 'node', render: (_, i) => pick(i.nodeName, i.nodeNameEn) },
          { title: t('inbox.status'), key: 'status', render: (_, i) => <Tag>{tr(`workItem.${i.claimedBy && i.status === 'Offered' ? 'Claimed' : i.status}`, i.status)}</Tag> },
          { title: t('inbox.claimedBy'), dataIndex: 'claimedBy', render: (v?: string | null) => v ?? '—' },
          { title: t('inbox.createdAt'), dataIndex: 'createdAt', render: dateTime },
          { title: t('inbox.due'), key: 'due', render: (_, i) => <DeadlineTags due={i.due} warned={i.warned} overdue={i.overdue} supervised={i.supervised} urged={i.urged} /> },
          { title: '', key: 'open', render: (_, i) => <Link to={`/workbench/tasks/${encodeURIComponent(i.instanceId)}/${encodeURIComponent(i.taskId)}`}>{t('inbox.open')}</Link> },
        ]}
      />
    </Card>
  );
}
