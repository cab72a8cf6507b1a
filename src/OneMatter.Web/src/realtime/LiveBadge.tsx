import { Badge } from 'antd';
import { useI18n } from '../i18n/useI18n';

/** Whether live updates are flowing, for the corner of a live screen. */
export default function LiveBadge({ connected }: { connected: boolean }) {
  const { t } = useI18n();
  return <Badge status={connected ? 'processing' : 'default'} text={connected ? t('app.live') : t('app.offline')} />;
}
