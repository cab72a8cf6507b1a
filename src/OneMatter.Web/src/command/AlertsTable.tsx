import { useState } from 'react';
import { App, Button, Space, Table, Tag, Typography } from 'antd';
import { supervision } from '../api/endpoints';
import type { Alert, Page } from '../api/types';
import DeadlineTags from '../common/DeadlineTags';
import { useI18n } from '../i18n/useI18n';
import MessageModal from './MessageModal';

interface Props {
  page: Page<Alert> | undefined;
  loading: boolean;
  onPage: (page: number) => void;
  onOpenMatter: (instanceId: string) => void;
  onDone: () => void;
}

/** Warned and overdue work with its unit, and 催办 / 督办 on each. */
export default function AlertsTable({ page, loading, onPage, onOpenMatter, onDone }: Props) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [acting, setActing] = useState<{ alert: Alert; kind: 'urge' | 'supervise' } | null>(null);
  return (
    <>
      <Table<Alert>
        rowKey="workItemId"
        size="small"
        loading={loading}
        dataSource={page?.items ?? []}
        pagination={{ current: page?.page ?? 1, pageSize: page?.pageSize ?? 10, total: page?.total ?? 0, onChange: onPage, showSizeChanger: false }}
        columns={[
          { title: '', dataIndex: 'level', width: 72, render: (level: Alert['level']) => <Tag color={level === 'overdue' ? 'red' : 'orange'}>{t(`command.level.${level}`)}</Tag> },
          { title: t('inbox.receipt'), dataIndex: 'instanceId', render: (id: string) => <Typography.Link onClick={() => onOpenMatter(id)}>{id}</Typography.Link> },
          { title: t('inbox.matter'), key: 'matter', render: (_, a) => pick(a.matterName, a.matterNameEn) },
          { title: t('inbox.node'), key: 'node', render: (_, a) => pick(a.nodeName, a.nodeNameEn) },
          { title: t('command.unit'), key: 'unit', render: (_, a) => a.unitName ?? a.unit ?? '—' },
          {
            title: t('matter.due'), key: 'due', render: (_, a) => (
              <Space orientation="vertical" size={0}>
                <DeadlineTags due={a.due} supervised={a.supervised} urged={a.urged} />
                {a.overdueWorkingDays != null && <Typography.Text type="danger">{t('command.overdueDays', { days: a.overdueWorkingDays })}</Typography.Text>}
              </Space>
            ),
          },
          {
            title: '', key: 'act', render: (_, a) => (
              <Space>
                <Button size="small" onClick={() => setActing({ alert: a, kind: 'urge' })}>{t('command.urge')}</Button>
                <Button size="small" danger disabled={a.supervised} onClick={() => setActing({ alert: a, kind: 'supervise' })}>{t('command.supervise')}</Button>
              </Space>
            ),
          },
        ]}
      />
      <MessageModal
        open={!!acting}
        title={acting ? `${t(acting.kind === 'urge' ? 'command.urge' : 'command.supervise')} · ${pick(acting.alert.matterName, acting.alert.matterNameEn)} · ${pick(acting.alert.nodeName, acting.alert.nodeNameEn)}` : ''}
        onClose={() => setActing(null)}
        documentLabel={acting?.kind === 'supervise' && acting.alert.supervisionDocument ? t('command.issueSupervisionNotice') : undefined}
        onSubmit={async (text, withDocument) => {
          if (!acting) return;
          const { alert, kind } = acting;
          const document = withDocument ? alert.supervisionDocument ?? undefined : undefined;
          await (kind === 'urge' ? supervision.urge(alert.instanceId, alert.taskId, text) : supervision.supervise(alert.instanceId, alert.taskId, text, document));
          message.success(t(kind === 'urge' ? 'command.urged' : 'command.supervisedDone'));
          setActing(null);
          onDone();
        }}
      />
    </>
  );
}
