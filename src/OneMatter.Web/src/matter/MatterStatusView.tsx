import type { ReactNode } from 'react';
import { Card, Descriptions, Empty, Space, Steps, Table, Tag, Timeline, Typography } from 'antd';
import type { Holder, MatterStatus } from '../api/types';
import { useI18n } from '../i18n/useI18n';
import StatusTag from '../common/StatusTag';
import DeadlineTags from '../common/DeadlineTags';
import { dateTime } from '../common/dates';
import DocumentsList from './DocumentsList';
import { visibleSteps } from './visibleSteps';

interface Props {
  status: MatterStatus;
  downloadable: boolean;
  extra?: ReactNode;
  /** Buttons beside each open work item (the command centre's 催办 / 督办). */
  holderActions?: (holder: Holder) => ReactNode;
}

/** A matter's status as the applicant, the public lookup and the command centre see it: the
 * applicant-visible steps, who holds it now and until when, the finished steps and the documents. */
export default function MatterStatusView({ status, downloadable, extra, holderActions }: Props) {
  const { t, pick } = useI18n();
  const steps = visibleSteps(status.steps, status.holding);
  const open = status.holding.filter((h) => h.status !== 'Done');
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={<Space>{pick(status.name, status.nameEn)}<StatusTag status={status.status} result={status.result} /></Space>} extra={extra}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('portal.receiptNumber')}><Typography.Text copyable>{status.id}</Typography.Text></Descriptions.Item>
          <Descriptions.Item label={t('portal.startedAt')}>{dateTime(status.startedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('portal.endedAt')}>{dateTime(status.endedAt)}</Descriptions.Item>
        </Descriptions>
        {steps.length > 0 && (
          <Steps
            style={{ marginTop: 16 }}
            current={status.status === 'Ended' ? steps.length : Math.max(0, steps.findIndex((s) => s.state === 'process'))}
            items={steps.map((s) => ({ title: pick(s.name, s.nameEn), status: status.status === 'Ended' ? 'finish' : s.state }))}
          />
        )}
      </Card>
      <Card title={t('matter.holding')} size="small">
        {open.length === 0 ? <Empty description={t('matter.nobodyHolding')} image={Empty.PRESENTED_IMAGE_SIMPLE} /> : (
          <Table<Holder>
            rowKey="workItemId"
            size="small"
            pagination={false}
            dataSource={open}
            columns={[
              { title: t('inbox.node'), key: 'node', render: (_, h) => <Space>{pick(h.nodeName, h.nodeNameEn)}{h.forApplicant && <Tag color="orange">{t('matter.forApplicant')}</Tag>}</Space> },
              { title: t('task.unit'), key: 'unit', render: (_, h) => h.unitName ?? h.unit ?? '—' },
              { title: t('matter.due'), key: 'due', render: (_, h) => <DeadlineTags due={h.due} warned={h.warned} overdue={h.overdue} supervised={h.supervised} urged={h.urged} /> },
              ...(holderActions ? [{ title: '', key: 'act', render: (_: unknown, h: Holder) => holderActions(h) }] : []),
            ]}
          />
        )}
      </Card>
      <Card title={t('matter.steps')} size="small">
        {status.steps.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> : (
          <Timeline
            items={status.steps.map((s, i) => ({
              key: `${s.node}-${i}`,
              color: 'green',
              content: (
                <Space wrap>
                  <Typography.Text type="secondary">{dateTime(s.at)}</Typography.Text>
                  {s.step && <Tag>{pick(s.step, s.stepEn)}</Tag>}{pick(s.name, s.nameEn)}{s.outcome && <Typography.Text type="secondary">{s.outcome}</Typography.Text>}
                </Space>
              ),
            }))}
          />
        )}
      </Card>
      <Card title={t('matter.documents')} size="small">
        <DocumentsList status={status} downloadable={downloadable} />
      </Card>
    </Space>
  );
}
