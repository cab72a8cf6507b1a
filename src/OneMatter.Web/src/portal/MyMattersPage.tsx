import { useState } from 'react';
import { Table } from 'antd';
import { Link } from 'react-router-dom';
import { matters } from '../api/endpoints';
import type { MatterSummary } from '../api/types';
import { useLoad } from '../common/useLoad';
import ProblemAlert from '../common/ProblemAlert';
import StatusTag from '../common/StatusTag';
import { dateTime } from '../common/dates';
import { useI18n } from '../i18n/useI18n';
import { useRealtime } from '../realtime/useRealtime';

const pageSize = 20;

/** The applicant's matters, newest first, kept current by the hub. */
export default function MyMattersPage() {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const mine = useLoad(() => matters.mine(page, pageSize), [page]);
  useRealtime({ matterChanged: () => mine.reload(), notification: () => mine.reload() });
  // The server does not count all of them: offer the next page while a page comes back full.
  const total = mine.data ? (page - 1) * pageSize + mine.data.items.length + (mine.data.items.length === pageSize ? 1 : 0) : 0;
  return (
    <>
      <ProblemAlert error={mine.error} />
      <Table<MatterSummary>
        rowKey="id"
        loading={mine.loading}
        dataSource={mine.data?.items ?? []}
        locale={{ emptyText: t('portal.noMatters') }}
        pagination={{ current: page, pageSize, total, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: t('portal.receiptNumber'), dataIndex: 'id', render: (id: string) => <Link to={`/portal/matters/${encodeURIComponent(id)}`}>{id}</Link> },
          { title: t('portal.matter'), dataIndex: 'name' },
          { title: t('portal.status'), key: 'status', render: (_, m) => <StatusTag status={m.status} result={m.result} /> },
          { title: t('portal.startedAt'), dataIndex: 'startedAt', render: dateTime },
          { title: t('portal.endedAt'), dataIndex: 'endedAt', render: dateTime },
        ]}
      />
    </>
  );
}
