import { List, Typography } from 'antd';
import { FileTextOutlined } from '@ant-design/icons';
import { matters } from '../api/endpoints';
import type { MatterStatus } from '../api/types';
import { useI18n } from '../i18n/useI18n';
import { documentsOf } from './documentsOf';

/** The documents the matter has issued, with download links for a signed-in reader. */
export default function DocumentsList({ status, downloadable }: { status: MatterStatus; downloadable: boolean }) {
  const { t, pick } = useI18n();
  const documents = documentsOf(status);
  return (
    <List
      size="small"
      locale={{ emptyText: t('matter.noDocuments') }}
      dataSource={documents}
      renderItem={(d) => (
        <List.Item
          actions={downloadable ? [<Typography.Link key="get" href={matters.documentUrl(status.id, d.number)} target="_blank">{t('matter.download')}</Typography.Link>] : []}
        >
          <List.Item.Meta avatar={<FileTextOutlined />} title={pick(d.name, d.nameEn)} description={d.number !== d.name ? d.number : undefined} />
        </List.Item>
      )}
    />
  );
}
