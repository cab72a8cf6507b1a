import { Modal, Skeleton, Typography } from 'antd';
import { matters } from '../api/endpoints';
import { useLoad } from '../common/useLoad';
import GeneratedForm from '../forms/GeneratedForm';
import { useI18n } from '../i18n/useI18n';

interface Props { instanceId: string; definitionId: string; taskId?: string; open: boolean; onClose: () => void; onDone: () => void }

/** 补正: the applicant sends corrected values of the matter's form; only what is filled in is sent,
 * and the server validates it like the form. */
export default function CorrectionModal({ instanceId, definitionId, taskId, open, onClose, onDone }: Props) {
  const { t } = useI18n();
  const offers = useLoad(() => matters.offers(), []);
  const fields = offers.data?.find((o) => o.id === definitionId)?.form;
  return (
    <Modal title={t('matter.correct')} open={open} onCancel={onClose} footer={null} destroyOnHidden width={640}>
      <Typography.Paragraph type="secondary">{t('matter.correctHint')}</Typography.Paragraph>
      {!fields ? <Skeleton active /> : (
        <GeneratedForm
          partial
          fields={fields}
          submitText={t('app.submit')}
          onSubmit={async (values) => {
            await matters.correct(instanceId, values, taskId);
            onDone();
          }}
        />
      )}
    </Modal>
  );
}
