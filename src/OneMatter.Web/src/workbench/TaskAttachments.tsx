import { List, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { attachments } from '../api/endpoints';
import type { HistoryEntry, MatterFile } from '../api/types';
import { dateTime } from '../common/dates';
import { useI18n } from '../i18n/useI18n';
import UnitName from '../org/UnitName';
import { historyStepName } from './nodeName';

/** The files officers attached to the matter's tasks, newest first, each with its step, unit and
 * time and a download link (the application's own files are shown with its form). */
export default function TaskAttachments({ files, history }: { files: MatterFile[]; history: HistoryEntry[] }) {
  const { t, language } = useI18n();
  const attached = files.filter((f) => f.taskId).sort((a, b) => (b.uploadedAt ?? '').localeCompare(a.uploadedAt ?? ''));
  const step = (taskId: string) => historyStepName(history, taskId, language);
  return (
    <List
      size="small"
      locale={{ emptyText: t('task.noAttachments') }}
      dataSource={attached}
      renderItem={(f) => (
        <List.Item>
          <List.Item.Meta
            avatar={<PaperClipOutlined />}
            title={<Typography.Link href={attachments.downloadUrl(f.id)} target="_blank">{f.name}</Typography.Link>}
            description={(
              <>
                {[step(f.taskId!), dateTime(f.uploadedAt)].filter(Boolean).join(' · ')}
                {f.uploadedUnit && <> · <UnitName id={f.uploadedUnit} fallback={f.uploadedUnitName} /></>}
              </>
            )}
          />
        </List.Item>
      )}
    />
  );
}
