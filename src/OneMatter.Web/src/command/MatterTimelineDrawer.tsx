import { useState } from 'react';
import { App, Button, Drawer, Skeleton, Space } from 'antd';
import { matters, supervision } from '../api/endpoints';
import type { Holder } from '../api/types';
import { useLoad } from '../common/useLoad';
import ProblemAlert from '../common/ProblemAlert';
import MatterStatusView from '../matter/MatterStatusView';
import { useI18n } from '../i18n/useI18n';
import MessageModal from './MessageModal';

interface Props { instanceId: string | null; version: number; onClose: () => void; onChanged: () => void }

/** A matter's timeline for the command centre: steps, holders and deadlines, with 催办 / 督办 on
 * each open work item whether or not it is late yet; reloaded on `version`. */
export default function MatterTimelineDrawer({ instanceId, version, onClose, onChanged }: Props) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [acting, setActing] = useState<{ holder: Holder; kind: 'urge' | 'supervise' } | null>(null);
  const status = useLoad(() => (instanceId ? matters.status(instanceId) : Promise.resolve(undefined)), [instanceId, version]);
  const actions = (h: Holder) => h.forApplicant ? null : (
    <Space>
      <Button size="small" onClick={() => setActing({ holder: h, kind: 'urge' })}>{t('command.urge')}</Button>
      <Button size="small" danger disabled={h.supervised} onClick={() => setActing({ holder: h, kind: 'supervise' })}>{t('command.supervise')}</Button>
    </Space>
  );
  return (
    <Drawer title={`${t('command.timeline')} · ${instanceId ?? ''}`} open={!!instanceId} onClose={onClose} size="large" destroyOnHidden>
      {status.error ? <ProblemAlert error={status.error} /> : !status.data ? <Skeleton active />
        : <MatterStatusView status={status.data} downloadable holderActions={actions} />}
      <MessageModal
        open={!!acting}
        title={acting ? `${t(acting.kind === 'urge' ? 'command.urge' : 'command.supervise')} · ${pick(acting.holder.nodeName, acting.holder.nodeNameEn)}` : ''}
        onClose={() => setActing(null)}
        onSubmit={async (text) => {
          if (!acting || !instanceId) return;
          const { holder, kind } = acting;
          await (kind === 'urge' ? supervision.urge(instanceId, holder.taskId, text) : supervision.supervise(instanceId, holder.taskId, text));
          message.success(t(kind === 'urge' ? 'command.urged' : 'command.supervisedDone'));
          setActing(null);
          status.reload();
          onChanged();
        }}
      />
    </Drawer>
  );
}
