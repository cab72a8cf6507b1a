import { Button, Card, Col, Descriptions, Empty, Row, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router-dom';
import { tasks } from '../api/endpoints';
import type { WorkItem } from '../api/types';
import { useLoad } from '../common/useLoad';
import ProblemAlert from '../common/ProblemAlert';
import DeadlineTags from '../common/DeadlineTags';
import StatusTag from '../common/StatusTag';
import { dateTime } from '../common/dates';
import { useI18n } from '../i18n/useI18n';
import { useRealtime } from '../realtime/useRealtime';
import TaskActionBar from './TaskActionBar';
import HistoryTimeline from './HistoryTimeline';
import FormValues from './FormValues';
import UnitName from '../org/UnitName';
import TaskAttachments from './TaskAttachments';
import { taskNodeName } from './nodeName';

/** One task: the matter's data, its signers and deadline, the actions allowed now, the comments
 * and the history; re-read whenever the matter moves on. */
export default function TaskPage() {
  const { instanceId = '', taskId = '' } = useParams();
  const { t, tr, pick, language } = useI18n();
  const navigate = useNavigate();
  const detail = useLoad(() => tasks.detail(instanceId, taskId), [instanceId, taskId]);
  useRealtime({
    matterChanged: (m) => { if (m.instanceId === instanceId && (!detail.data || m.version > detail.data.version)) detail.reload(); },
    notification: (n) => { if (n.instanceId === instanceId) detail.reload(); },
  });
  if (detail.error && !detail.data) return <ProblemAlert error={detail.error} />;
  if (!detail.data) return <Skeleton active />;
  const task = detail.data;
  const comments = task.history.filter((h) => h.type === 'comment-added');
  const outcomeLabel = (node: string | null | undefined, outcome: string) => {
    const known = node === task.node ? task.outcomes.find((o) => o.id === outcome) : undefined;
    return known ? pick(known.label, known.labelEn) : outcome;
  };
  const nodeName = (node: string) => taskNodeName(task, node, language);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/workbench')}>{t('app.back')}</Button>
      <ProblemAlert error={detail.error} />
      <Card
        title={<Space wrap>{t('task.title', { matter: pick(task.matterName, task.matterNameEn), node: nodeName(task.node) })}<StatusTag status={task.matterStatus} />
          {!task.open && <Tag>{t('task.closed')}</Tag>}</Space>}
        extra={<Typography.Text type="secondary">{t('matter.version', { version: task.version })}</Typography.Text>}
      >
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('inbox.receipt')}><Typography.Text copyable>{task.instanceId}</Typography.Text></Descriptions.Item>
          <Descriptions.Item label={t('task.lead')}>{task.leadUnit ? <UnitName id={task.leadUnit} fallback={task.leadUnitName} /> : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('task.started')}>{dateTime(task.startedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('task.created')}>{dateTime(task.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t('matter.due')}>
            <DeadlineTags due={task.due} warned={task.warned} overdue={task.overdue} supervised={task.supervised} urged={task.urged} />
          </Descriptions.Item>
          {task.sign && <Descriptions.Item label={t('task.sign')}>{tr(`sign.${task.sign}`, task.sign)}</Descriptions.Item>}
        </Descriptions>
        <div style={{ marginTop: 16 }}>
          <TaskActionBar task={task} onDone={detail.reload} />
        </div>
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Card title={t('task.matterData')} size="small"><FormValues values={task.form} fields={task.fields} files={task.attachments ?? []} /></Card>
            <Card title={t('task.signers')} size="small">
              <Table<WorkItem>
                rowKey="workItemId"
                size="small"
                pagination={false}
                dataSource={task.items}
                columns={[
                  { title: t('task.unit'), key: 'unit', render: (_, w) => (w.unit ? <UnitName id={w.unit} fallback={w.unitName} /> : w.user ?? '—') },
                  { title: t('inbox.claimedBy'), dataIndex: 'claimedBy', render: (v?: string | null) => v ?? '—' },
                  { title: t('inbox.status'), key: 'status', render: (_, w) => <Space size={4}><Tag>{tr(`workItem.${w.claimedBy && w.status === 'Offered' ? 'Claimed' : w.status}`, w.status)}</Tag>{w.outcome && <Tag color="green">{outcomeLabel(task.node, w.outcome)}</Tag>}
                    {w.workItemId === task.myWorkItem && <Tag color="blue">{t('inbox.mine')}</Tag>}</Space> },
                ]}
              />
            </Card>
            <Card title={t('task.attachments')} size="small"><TaskAttachments files={task.attachments ?? []} history={task.history} /></Card>
            <Card title={t('task.comments')} size="small">
              {comments.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> : <HistoryTimeline entries={comments} nodeName={nodeName} />}
            </Card>
          </Space>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('task.history')} size="small"><HistoryTimeline entries={task.history} outcomeLabel={outcomeLabel} nodeName={nodeName} /></Card>
        </Col>
      </Row>
    </Space>
  );
}
