import { Space, Tag } from 'antd';
import { useI18n } from '../i18n/useI18n';
import { dateTime } from './dates';

interface Props { due?: string | null; warned?: boolean; overdue?: boolean; supervised?: boolean; urged?: number }

/** A deadline with its warning, overdue, supervision and urge marks. */
export default function DeadlineTags({ due, warned, overdue, supervised, urged }: Props) {
  const { t } = useI18n();
  return (
    <Space size={4} wrap>
      <span>{dateTime(due)}</span>
      {overdue ? <Tag color="red">{t('matter.overdue')}</Tag> : warned ? <Tag color="orange">{t('matter.warned')}</Tag> : null}
      {supervised && <Tag color="magenta">{t('matter.supervised')}</Tag>}
      {!!urged && <Tag color="gold">{t('matter.urged', { count: urged })}</Tag>}
    </Space>
  );
}
