import { Table } from 'antd';
import type { MatterCount } from '../api/types';
import { useI18n } from '../i18n/useI18n';

interface Row { definitionId: string; name: string; running: number; ended: number }

/** The matters in the jurisdiction by matter, running and ended. */
export function countsByMatter(counts: MatterCount[]): Row[] {
  const rows = new Map<string, Row>();
  for (const c of counts) {
    const row = rows.get(c.definitionId) ?? { definitionId: c.definitionId, name: c.name, running: 0, ended: 0 };
    if (c.status === 'Running') row.running += c.count;
    else row.ended += c.count;
    rows.set(c.definitionId, row);
  }
  return [...rows.values()].sort((a, b) => b.running - a.running || a.name.localeCompare(b.name));
}

export default function MatterCountsTable({ counts, onPick }: { counts: MatterCount[]; onPick: (definitionId: string | undefined) => void }) {
  const { t } = useI18n();
  return (
    <Table<Row>
      rowKey="definitionId"
      size="small"
      pagination={false}
      dataSource={countsByMatter(counts)}
      onRow={(row) => ({ onClick: () => onPick(row.definitionId), style: { cursor: 'pointer' } })}
      columns={[
        { title: t('inbox.matter'), dataIndex: 'name' },
        { title: t('command.running'), dataIndex: 'running', align: 'right' },
        { title: t('command.ended'), dataIndex: 'ended', align: 'right' },
      ]}
    />
  );
}
