import { useState } from 'react';
import { Form, Modal } from 'antd';
import { tasks } from '../api/endpoints';
import { ApiError } from '../api/problem';
import ProblemAlert from '../common/ProblemAlert';
import FileField from '../forms/FileField';
import { useI18n } from '../i18n/useI18n';

interface Props { instanceId: string; taskId: string; onClose: () => void; onDone: () => void }

/** 添加附件: the officer uploads one or more files (each to POST /api/attachments as it is
 * chosen), then attaches them all to the open task; a refused upload or attach is shown with the
 * server's own words. */
export default function AttachModal({ instanceId, taskId, onClose, onDone }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ files?: string }>();
  const [error, setError] = useState<unknown>(null);
  const [uploading, setUploading] = useState(false);
  const [busy, setBusy] = useState(false);
  const label = t('task.attachFiles');
  const submit = async () => {
    let files: string | undefined;
    try {
      ({ files } = await form.validateFields());
    } catch {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await tasks.attach(instanceId, taskId, (files ?? '').split(';').filter(Boolean));
      onDone();
    } catch (e) {
      setError(e);
      if (e instanceof ApiError && e.problem.errors.attachmentIds) form.setFields([{ name: 'files', errors: e.problem.errors.attachmentIds }]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title={t('task.attach')} onCancel={onClose} onOk={submit} okText={t('task.attach')} cancelText={t('app.cancel')}
      confirmLoading={busy} okButtonProps={{ disabled: uploading }} destroyOnHidden>
      <Form form={form} layout="vertical">
        <Form.Item name="files" label={label} rules={[{ required: true, message: t('form.required', { label }) }]}>
          <FileField multiple onBusy={setUploading} onError={(e) => setError(e)} />
        </Form.Item>
      </Form>
      <ProblemAlert error={error} fieldsShown={['attachmentIds']} />
    </Modal>
  );
}
