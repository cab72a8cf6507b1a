import { Col, Row } from 'antd';
import { useDesignerText } from '../i18n/designerText';
import type { Timeout } from '../model/definitionTypes';
import { CommitInput } from './CommitInput';
import { NodeSelect } from './NodeSelect';
import { usePanel } from './panelContext';

/** A boundary timer: leave for `next` when still open after `after`. */
export function TimeoutEditor({ nodeId, timeout }: { nodeId: string; timeout: Timeout | undefined }) {
  const t = useDesignerText();
  const { set } = usePanel();
  const path = ['nodes', nodeId, 'timeout'];
  const write = (patch: Timeout) => {
    const next = { ...timeout, ...patch };
    set(path, next.after || next.next ? { after: next.after, next: next.next } : undefined);
  };
  return (
    <Row gutter={6}>
      <Col span={12}><label>{t('prop.timeout.after')}</label><CommitInput value={timeout?.after} placeholder="30 days" onCommit={(v) => write({ after: v || undefined })} /></Col>
      <Col span={12}><label>{t('prop.timeout.next')}</label><NodeSelect value={timeout?.next} exclude={nodeId} onChange={(v) => write({ next: v })} /></Col>
    </Row>
  );
}
