import { useState } from 'react';
import { App, Button, Popconfirm, Skeleton, Space } from 'antd';
import { useParams } from 'react-router-dom';
import { matters } from '../api/endpoints';
import { ApiError, problemText } from '../api/problem';
import { useLoad } from '../common/useLoad';
import ProblemAlert from '../common/ProblemAlert';
import { useI18n } from '../i18n/useI18n';
import { useRealtime } from '../realtime/useRealtime';
import MatterStatusView from '../matter/MatterStatusView';
import CorrectionModal from './CorrectionModal';

/** The applicant's own matter: status kept live by the hub, withdrawing, and 补正 when a unit asked for it. */
export default function MatterStatusPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { message } = App.useApp();
  const status = useLoad(() => matters.status(id), [id]);
  const [correcting, setCorrecting] = useState(false);
  useRealtime({
    matterChanged: (m) => {
      if (m.instanceId !== id || (status.data && m.version <= status.data.version)) return;
      message.info(t('matter.updated'));
      status.reload();
    },
    notification: (n) => { if (n.instanceId === id) status.reload(); },
  });

  if (status.error && !status.data) return <ProblemAlert error={status.error} />;
  if (!status.data) return <Skeleton active />;
  const s = status.data;
  const correction = s.status === 'Running' ? s.holding.find((h) => h.forApplicant && h.status !== 'Done') : undefined;

  const withdraw = async () => {
    try {
      await matters.withdraw(id);
      message.success(t('matter.withdrawn'));
      status.reload();
    } catch (e) {
      message.error(e instanceof ApiError ? problemText(e.problem) : String(e));
    }
  };

  const actions = s.status === 'Running' ? (
    <Space>
      {correction && <Button type="primary" onClick={() => setCorrecting(true)}>{t('matter.correct')}</Button>}
      <Popconfirm title={t('matter.withdrawConfirm')} onConfirm={withdraw} okText={t('app.confirm')} cancelText={t('app.cancel')}>
        <Button danger>{t('matter.withdraw')}</Button>
      </Popconfirm>
    </Space>
  ) : undefined;

  return (
    <>
      <ProblemAlert error={status.error} />
      <MatterStatusView status={s} downloadable extra={actions} />
      {correction && (
        <CorrectionModal
          open={correcting}
          instanceId={id}
          definitionId={s.definitionId}
          taskId={correction.taskId}
          onClose={() => setCorrecting(false)}
          onDone={() => { setCorrecting(false); message.success(t('matter.corrected')); status.reload(); }}
        />
      )}
    </>
  );
}
