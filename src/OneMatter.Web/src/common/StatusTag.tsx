import { Tag } from 'antd';
import { useI18n } from '../i18n/useI18n';

/** A matter's status and result as a coloured tag: running blue, approved green, others grey/red. */
export default function StatusTag({ status, result }: { status: string; result?: string | null }) {
  const { tr } = useI18n();
  if (status === 'Running') return <Tag color="processing">{tr(`status.${status}`, status)}</Tag>;
  const color = result === 'Approved' ? 'success' : result === 'Rejected' ? 'error' : 'default';
  return <Tag color={color}>{result ? tr(`result.${result}`, result) : tr(`status.${status}`, status)}</Tag>;
}
