import { Space, Table, Tag, Typography } from 'antd';
import type { Page, SupervisedMatter } from '../api/types';
import { dateTime } from '../common/dates';
import StatusTag from '../common/StatusTag';
import { useI18n } from '../i18n/useI18n';
import UnitName from '../org/UnitName';

interface Props { page: Page<SupervisedMatter> | undefined; loading: boolean; onPage: (page: number) => void; onOpen: (id: string) => void }

/** Live matters: where each is, who holds it and whether anything in it is late. */
export default function LiveMattersTable({ page, loading, onPage, onOpen }: Props) {
  const { t, pick } = useI18n();
  return (
    <Table<SupervisedMatter>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={page?.items ?? []}
      pagination={{ current: page?.page ?? 1, pageSize: page?.pageSize ?? 10, total: page?.total ?? 0, onChange: onPage, showSizeChanger: false }}
      columns={[
        { title: t('inbox.receipt'), dataIndex: 'id', render: (id: string) => <Typography.Link onClick={() => onOpen(id)}>{id}</Typography.Link> },
        { title: t('inbox.matter'), key: 'name', render: (_, m) => pick(m.name, m.nameEn) },
        { title: t('command.jurisdiction'), key: 'place', render: (_, m) => m.jurisdictionName ?? m.jurisdiction ?? '—' },
        { title: t('task.lead'), key: 'lead', render: (_, m) => m.leadUnitName ?? m.leadUnit ?? '—' },
        { title: t('command.holdingUnits'), key: 'holding', render: (_, m) => <Space size={2} wrap>{m.holdingUnits.map((u) => <Tag key={u}><UnitName id={u} /></Tag>)}</Space> },
        {
          title: t('portal.status'), key: 'status', render: (_, m) => (
            <Space size={2} wrap>
              <StatusTag status={m.status} result={m.result} />
              {m.overdueTasks > 0 && <Tag color="red">{t('matter.overdue')} {m.overdueTasks}</Tag>}
              {m.warnedTasks > 0 && <Tag color="orange">{t('matter.warned')} {m.warnedTasks}</Tag>}
              {m.supervisedTasks > 0 && <Tag color="magenta">{t('matter.supervised')}</Tag>}
              {m.urged > 0 && <Tag color="gold">{t('matter.urged', { count: m.urged })}</Tag>}
            </Space>
          ),
        },
        { title: t('portal.startedAt'), dataIndex: 'startedAt', render: dateTime },
      ]}
    />
  );
}
